package dev.blueline.model.render;

/** How one control type is drawn. */
@FunctionalInterface
interface Drawing {
    void draw(DrawContext c);

    /** Where each category of drawings registers itself (by catalog id). */
    @FunctionalInterface
    interface Registry {
        void add(String controlId, Drawing drawing);
    }
}
