package dev.blueline.model.render;

import dev.blueline.model.geometry.Rect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A painter that draws nothing and remembers every primitive with its bounding box (stroke
 * included; text by its estimated box), the clip in force, and which element it belongs to.
 */
final class RecordingPainter implements Painter {

    enum Kind { RECT, ELLIPSE, LINE, PATH, TEXT }

    /** One recorded primitive. {@code clip} is the intersection of the clips in force, or null. */
    record Prim(Kind kind, Rect box, Rgba fill, Stroke stroke, String text, Font font, TextAlign align,
                Rect clip, String owner, double radius) {
    }

    final List<Prim> prims = new ArrayList<>();
    final List<Rect> clips = new ArrayList<>();
    final List<Double> opacities = new ArrayList<>();
    private final Deque<Rect> clipStack = new ArrayDeque<>();
    private Rect clip;
    private int depth;
    private int maxDepth;
    String owner;

    @Override
    public void rect(Rect r, double cornerRadius, Rgba fill, Stroke stroke) {
        add(Kind.RECT, r.inflate(half(stroke)), fill, stroke, null, null, null, cornerRadius);
    }

    @Override
    public void ellipse(Rect r, Rgba fill, Stroke stroke) {
        add(Kind.ELLIPSE, r.inflate(half(stroke)), fill, stroke, null, null, null, 0);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        add(Kind.LINE, Rect.between(x1, y1, x2, y2).inflate(half(stroke)), null, stroke, null, null, null, 0);
    }

    @Override
    public void path(double[] x, double[] y, boolean closed, Rgba fill, Stroke stroke) {
        if (x.length != y.length) throw new AssertionError("path with " + x.length + " x and " + y.length + " y");
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < x.length; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        add(Kind.PATH, Rect.between(minX, minY, maxX, maxY).inflate(half(stroke)), fill, stroke, null, null, null, 0);
    }

    @Override
    public void text(String text, double x, double y, Font font, Rgba color, TextAlign align) {
        double w = textWidth(text, font);
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
        };
        Rect box = new Rect(left, y - font.size() * TextMetrics.ASCENT, w, font.size() * (TextMetrics.ASCENT + TextMetrics.DESCENT));
        add(Kind.TEXT, box, color, null, text, font, align, 0);
    }

    @Override
    public double textWidth(String text, Font font) {
        return TextMetrics.estimateWidth(text, font);
    }

    @Override
    public void clip(Rect r) {
        clips.add(r);
        clip = clip == null ? r : intersect(clip, r);
    }

    @Override
    public void save() {
        clipStack.push(clip == null ? NO_CLIP : clip);
        depth++;
        maxDepth = Math.max(maxDepth, depth);
    }

    @Override
    public void restore() {
        if (depth == 0) throw new AssertionError("restore without save");
        Rect c = clipStack.pop();
        clip = c == NO_CLIP ? null : c;
        depth--;
    }

    @Override
    public void opacity(double alpha) {
        opacities.add(alpha);
    }

    int depth() {
        return depth;
    }

    List<Prim> of(Kind kind) {
        return prims.stream().filter(p -> p.kind() == kind).toList();
    }

    List<Prim> ownedBy(String id) {
        return prims.stream().filter(p -> id.equals(p.owner())).toList();
    }

    List<String> texts() {
        return prims.stream().filter(p -> p.kind() == Kind.TEXT).map(Prim::text).toList();
    }

    private static final Rect NO_CLIP = new Rect(Double.NaN, 0, 0, 0);

    private void add(Kind k, Rect box, Rgba fill, Stroke stroke, String text, Font font, TextAlign align, double radius) {
        prims.add(new Prim(k, box, fill, stroke, text, font, align, clip, owner, radius));
    }

    private static double half(Stroke s) {
        return s == null ? 0 : s.width() / 2;
    }

    static Rect intersect(Rect a, Rect b) {
        double x1 = Math.max(a.x(), b.x()), y1 = Math.max(a.y(), b.y());
        double x2 = Math.min(a.right(), b.right()), y2 = Math.min(a.bottom(), b.bottom());
        return new Rect(x1, y1, Math.max(0, x2 - x1), Math.max(0, y2 - y1));
    }
}
