package dev.blueline.server.export;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.ControlType;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.render.ControlRenderer;
import dev.blueline.model.render.Font;
import dev.blueline.model.render.RenderItem;
import dev.blueline.model.render.Rgba;
import dev.blueline.model.render.Skin;
import dev.blueline.model.render.Stroke;
import dev.blueline.model.render.Style;
import dev.blueline.model.render.TextAlign;
import dev.blueline.server.testing.Ink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Java2D painter draws every control where it belongs, and keeps the painter contract. */
class Java2dPainterTest {
    /** Off the origin and off the pixel grid at 1×, so drawings that forget the offset or round badly show. */
    static final double X = 30.5, Y = 20.5;
    static final int SCALE = 2;
    /** Controls that draw nothing themselves by design (a component's look is its master's). */
    static final Set<String> INVISIBLE = Set.of("group", "component");
    static final ControlRenderer RENDERER = new ControlRenderer();

    static Stream<Arguments> controlsAndSkins() {
        return Catalog.all().stream().flatMap(c -> Stream.of(Skin.values()).map(s -> Arguments.of(c.id(), s)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("controlsAndSkins")
    void everyCatalogControlDrawsInsideItsBoundsOnly(String id, Skin skin) {
        ControlType type = Catalog.get(id);
        Rect bounds = new Rect(X, Y, type.defaultWidth(), type.defaultHeight());
        RenderItem item = RenderItem.of("e-" + id, type, type.defaultText(), bounds, Style.DEFAULT);
        int[] depth = new int[1];
        BufferedImage img = draw(bounds.w() + 2 * X, bounds.h() + 2 * Y, SCALE, p -> {
            RENDERER.draw(p, item, skin);
            depth[0] = p.depth();
        });

        assertThat(depth[0]).as("saves left unrestored").isZero();
        if (INVISIBLE.contains(id)) {
            assertThat(Ink.outside(img, new Rect(0, 0, 0, 0), SCALE)).as("an invisible control draws nothing").isZero();
            return;
        }
        assertThat(Ink.anyIn(img, bounds, SCALE)).as("something is drawn").isTrue();
        // the painter is clipped to the bounds plus 1 (ControlRenderer's guard); half a unit more for the pixel grid
        assertThat(Ink.outside(img, bounds.inflate(1.5), SCALE)).as("pixels drawn outside the element").isZero();
    }

    @Test
    void clipAndOpacityLastUntilRestore() {
        BufferedImage img = draw(100, 50, 1, p -> {
            p.save();
            p.clip(new Rect(0, 0, 50, 50));
            p.opacity(0.5);
            p.rect(new Rect(0, 0, 100, 25), 0, Rgba.BLACK, null);
            p.restore();
            p.rect(new Rect(0, 25, 100, 25), 0, Rgba.BLACK, null);
        });
        assertThat(gray(img, 25, 10)).as("half black inside the clip").isBetween(120, 135);
        assertThat(gray(img, 75, 10)).as("outside the clip").isEqualTo(255);
        assertThat(gray(img, 75, 40)).as("after restore: no clip, full opacity").isZero();
    }

    @Test
    void opacityMultiplies() {
        BufferedImage img = draw(10, 10, 1, p -> {
            p.opacity(0.5);
            p.opacity(0.5);
            p.rect(new Rect(0, 0, 10, 10), 0, Rgba.BLACK, null);
        });
        assertThat(gray(img, 5, 5)).as("a quarter black").isBetween(185, 195);
    }

    @Test
    void textIsPlacedByItsAnchorAndBaseline() {
        Font font = Font.of(20);
        for (TextAlign align : TextAlign.values()) {
            int[] ink = new int[4];
            BufferedImage img = draw(300, 60, 1, p -> p.text("Hello", 150, 40, font, Rgba.BLACK, align));
            inkBox(img, ink);
            double width = new Java2dPainter(img.createGraphics()).textWidth("Hello", font);
            double left = switch (align) {
                case LEFT -> 150;
                case CENTER -> 150 - width / 2;
                case RIGHT -> 150 - width;
            };
            assertThat((double) ink[0]).as(align + " left edge").isCloseTo(left, org.assertj.core.data.Offset.offset(3.0));
            assertThat((double) ink[2]).as(align + " right edge").isCloseTo(left + width, org.assertj.core.data.Offset.offset(3.0));
            assertThat(ink[3]).as(align + ": nothing hangs below the baseline in 'Hello'").isLessThanOrEqualTo(41);
            assertThat(ink[1]).as(align + ": capitals rise about 0.7 em").isBetween(40 - 18, 40 - 10);
        }
    }

    @Test
    void textWidthGrowsWithTextAndSizeAndDoesNotDependOnTheScale() {
        BufferedImage one = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        BufferedImage four = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g4 = four.createGraphics();
        g4.scale(4, 4);
        Java2dPainter p1 = new Java2dPainter(one.createGraphics()), p4 = new Java2dPainter(g4);
        Font f = Font.of(14);
        assertThat(p1.textWidth("Sign in", f)).isGreaterThan(p1.textWidth("Sign", f)).isEqualTo(p4.textWidth("Sign in", f));
        assertThat(p1.textWidth("Sign in", f.sized(28))).isGreaterThan(1.9 * p1.textWidth("Sign in", f));
        assertThat(p1.textWidth("Sign in", f.bold(true))).isGreaterThanOrEqualTo(p1.textWidth("Sign in", f));
        assertThat(p1.textWidth("", f)).isZero();
        assertThat(p1.textWidth("日本", f)).as("characters the Latin face lacks are measured with a fallback").isPositive();
        // about what the layout estimates (0.55 em a character), so fitted text fits
        assertThat(p1.textWidth("Sign in to continue", f) / (19 * 14)).isBetween(0.4, 0.65);
    }

    @Test
    void oddStrokesAndShapesDrawWhatTheyCanAndNeverThrow() {
        BufferedImage img = draw(100, 100, 1, p -> {
            p.line(10, 10, 90, 10, new Stroke(Rgba.BLACK, 2, new double[]{0, 0}));       // AWT refuses an all-zero dash: solid
            p.line(10, 20, 90, 20, new Stroke(Rgba.BLACK, 2, new double[]{-1, 3}));      // and a negative one
            p.line(10, 30, 90, 30, new Stroke(Rgba.BLACK, Double.NaN, new double[0]));   // no width: no line
            p.line(10, 40, 90, 40, Stroke.solid(null, 2));                                // no colour: no line
            p.path(new double[]{5}, new double[]{5}, true, Rgba.BLACK, Stroke.solid(Rgba.BLACK, 1));
            p.path(new double[]{10, 90}, new double[]{50, 50}, false, Rgba.BLACK, null); // open and unstroked: nothing
            p.text("tab\there\nline", 10, 80, Font.of(12), Rgba.BLACK, TextAlign.LEFT);
            p.text(null, 10, 80, Font.of(12), Rgba.BLACK, TextAlign.LEFT);
            p.rect(new Rect(60, 60, 0, 0), 4, Rgba.BLACK, null);
            p.restore(); // one too many: ignored
        });
        assertThat(gray(img, 50, 10)).isZero();
        assertThat(gray(img, 50, 20)).isZero();
        assertThat(gray(img, 50, 30)).isEqualTo(255);
        assertThat(gray(img, 50, 40)).isEqualTo(255);
        assertThat(gray(img, 50, 50)).isEqualTo(255);
        assertThat(Ink.in(img, new Rect(10, 68, 80, 14), 1)).as("the text, on one line").isTrue();
    }

    /** A white picture of {@code w×h} units at {@code scale}, drawn on by {@code paint}. */
    static BufferedImage draw(double w, double h, int scale, Consumer<Java2dPainter> paint) {
        BufferedImage img = new BufferedImage((int) Math.ceil(w * scale), (int) Math.ceil(h * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.scale(scale, scale);
            paint.accept(new Java2dPainter(g));
        } finally {
            g.dispose();
        }
        return img;
    }

    private static int gray(BufferedImage img, int x, int y) {
        int rgb = img.getRGB(x, y);
        return (((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255)) / 3;
    }

    /** The box of clearly drawn pixels: left, top, right (exclusive), bottom (exclusive). */
    private static void inkBox(BufferedImage img, int[] box) {
        box[0] = Integer.MAX_VALUE;
        box[1] = Integer.MAX_VALUE;
        box[2] = -1;
        box[3] = -1;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (gray(img, x, y) >= 200) continue;
                box[0] = Math.min(box[0], x);
                box[1] = Math.min(box[1], y);
                box[2] = Math.max(box[2], x + 1);
                box[3] = Math.max(box[3], y + 1);
            }
        }
    }
}
