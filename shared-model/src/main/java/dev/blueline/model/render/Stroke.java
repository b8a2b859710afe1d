package dev.blueline.model.render;

/** How a line is drawn. {@code dash} is empty for solid lines. */
public record Stroke(Rgba color, double width, double[] dash) {
    public static Stroke solid(Rgba color, double width) {
        return new Stroke(color, width, new double[0]);
    }

    public static Stroke dashed(Rgba color, double width, double on, double off) {
        return new Stroke(color, width, new double[]{on, off});
    }
}
