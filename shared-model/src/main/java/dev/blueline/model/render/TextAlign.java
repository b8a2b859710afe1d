package dev.blueline.model.render;

public enum TextAlign {
    LEFT, CENTER, RIGHT
}
