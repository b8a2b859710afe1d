package dev.blueline.model.render;

/**
 * How controls look. Both skins share one layout (the same {@link ControlRenderer} drawings), so
 * switching skins never moves anything.
 */
public enum Skin {
    /** Clean greyscale boxes with one accent colour: for reviews and handoff. */
    WIREFRAME,
    /**
     * Hand-drawn: wobbly doubled strokes and a handwritten font, so early ideas do not look
     * finished. Drawn through {@link SketchPainter}.
     */
    SKETCH
}
