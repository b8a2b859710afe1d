package dev.blueline.model.render;

import java.util.Arrays;

/**
 * How a line is drawn. {@code dash} is empty for solid lines (null reads as empty). The dash
 * array is copied in and out so a stroke is a true value: equal strokes compare equal.
 */
public record Stroke(Rgba color, double width, double[] dash) {
    public Stroke {
        dash = dash == null ? new double[0] : dash.clone();
    }

    public static Stroke solid(Rgba color, double width) {
        return new Stroke(color, width, new double[0]);
    }

    public static Stroke dashed(Rgba color, double width, double on, double off) {
        return new Stroke(color, width, new double[]{on, off});
    }

    @Override
    public double[] dash() {
        return dash.clone();
    }

    public boolean dashed() {
        return dash.length > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Stroke s && Double.compare(width, s.width) == 0 && java.util.Objects.equals(color, s.color) && Arrays.equals(dash, s.dash);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(color, width) * 31 + Arrays.hashCode(dash);
    }

    @Override
    public String toString() {
        return "Stroke[color=" + color + ", width=" + width + ", dash=" + Arrays.toString(dash) + "]";
    }
}
