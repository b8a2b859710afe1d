package dev.blueline.model.protocol;

/** A point in screen coordinates (the wireframe's, not the display's). */
public record Point(double x, double y) {
}
