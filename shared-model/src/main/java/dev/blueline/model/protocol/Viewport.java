package dev.blueline.model.protocol;

/** The part of a screen someone is looking at, in screen coordinates, so others can follow them. */
public record Viewport(double x, double y, double w, double h) {
}
