package dev.blueline.desktop.canvas;

import dev.blueline.desktop.editor.Editor;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.protocol.HostMessage.PeerPresence;
import dev.blueline.model.protocol.Point;
import javafx.beans.value.ObservableValue;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.util.List;

/**
 * Other people on the canvas: on the screen shown here, each one's selection outlined in their
 * colour with their name on it, and their cursor (an arrow and a name tag); when this view follows
 * someone, a frame in their colour around the view says so.
 */
final class PeopleLayer implements Overlay.Layer {
    private static final Font NAME = Font.font(null, FontWeight.BOLD, 11);
    private static final double TAG_H = 18, TAG_PAD = 6, ARROW_W = 14, ARROW_H = 20, FRAME = 3;
    /** The cursor arrow, pointing up-left, its tip at (0, 0). */
    private static final double[] ARROW_X = {0, 0, 4.5, 8, 10.5, 7, 12.5};
    private static final double[] ARROW_Y = {0, 16, 12, 19, 18, 11, 11};
    private static final Text MEASURE = new Text();

    private final Editor editor;
    private final CanvasView view;
    private final List<PeerPresence> people;
    private final ObservableValue<String> following;

    PeopleLayer(Editor editor, CanvasView view, List<PeerPresence> people, ObservableValue<String> following) {
        this.editor = editor;
        this.view = view;
        this.people = people;
        this.following = following;
    }

    @Override
    public Rect extent(PixelGrid v, double w, double h) {
        if (hidden()) return null;
        if (followed() != null) return new Rect(0, 0, w, h);
        Rect box = null;
        for (PeerPresence p : here()) {
            Rect sel = selectionBounds(p);
            if (sel != null) {
                Rect r = Overlay.viewRect(v, sel).inflate(3);
                box = ScreenScene.union(box, r.union(new Rect(r.x(), r.y() - TAG_H - 2, tagWidth(p.name()) + 4, TAG_H + 2)));
            }
            if (p.cursor() != null) {
                double x = v.viewX(p.cursor().x()), y = v.viewY(p.cursor().y());
                box = ScreenScene.union(box, new Rect(x - 2, y - 2, ARROW_W + 14 + tagWidth(p.name()), ARROW_H + TAG_H + 4));
            }
        }
        return box;
    }

    @Override
    public void draw(GraphicsContext g, PixelGrid v, double w, double h) {
        if (hidden()) return;
        g.setFont(NAME);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setLineDashes();
        for (PeerPresence p : here()) {
            Color c = PersonColour.of(p);
            Rect sel = selectionBounds(p);
            if (sel == null) continue;
            g.setStroke(c);
            g.setLineWidth(2);
            for (String id : p.selection()) {
                ScreenScene.Item it = view.scene().item(id);
                if (it != null) {
                    Rect r = Overlay.viewRect(v, it.bounds());
                    g.strokeRect(r.x() - 1, r.y() - 1, r.w() + 2, r.h() + 2);
                }
            }
            Rect r = Overlay.viewRect(v, sel);
            tag(g, p.name(), c, r.x() - 1, r.y() - TAG_H - 1);
        }
        for (PeerPresence p : here()) {
            if (p.cursor() != null) cursor(g, v, p.cursor(), p.name(), PersonColour.of(p));
        }
        PeerPresence followed = followed();
        if (followed != null) {
            Color c = PersonColour.of(followed);
            g.setStroke(c);
            g.setLineWidth(FRAME);
            g.strokeRect(FRAME / 2, FRAME / 2, w - FRAME, h - FRAME);
            String label = "Following " + followed.name();
            tag(g, label, c, (w - tagWidth(label)) / 2, FRAME);
        }
    }

    private boolean hidden() {
        return view.scene() == null || editor.previewProperty().get() || people.isEmpty();
    }

    /** The people looking at the screen shown here. */
    private List<PeerPresence> here() {
        String screen = editor.screen();
        return people.stream().filter(p -> screen != null && screen.equals(p.screen())).toList();
    }

    private PeerPresence followed() {
        String id = following.getValue();
        if (id == null) return null;
        for (PeerPresence p : people) if (p.clientId().equals(id)) return p;
        return null;
    }

    private Rect selectionBounds(PeerPresence p) {
        Rect box = null;
        for (String id : p.selection()) {
            ScreenScene.Item it = view.scene().item(id);
            if (it != null) box = ScreenScene.union(box, it.bounds());
        }
        return box;
    }

    private static void cursor(GraphicsContext g, PixelGrid v, Point at, String name, Color c) {
        double x = v.viewX(at.x()), y = v.viewY(at.y());
        double[] xs = new double[ARROW_X.length], ys = new double[ARROW_Y.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = x + ARROW_X[i];
            ys[i] = y + ARROW_Y[i];
        }
        g.setFill(c);
        g.fillPolygon(xs, ys, xs.length);
        g.setStroke(Color.WHITE);
        g.setLineWidth(1.2);
        g.strokePolygon(xs, ys, xs.length);
        tag(g, name, c, x + ARROW_W, y + ARROW_H - 4);
    }

    /** A name on a rounded label in the person's colour. */
    private static void tag(GraphicsContext g, String text, Color c, double x, double y) {
        double w = tagWidth(text);
        g.setFill(c);
        g.fillRoundRect(x, y, w, TAG_H, 6, 6);
        g.setFill(c.getBrightness() > 0.8 && c.getSaturation() < 0.4 ? Color.BLACK : Color.WHITE);
        g.fillText(text, x + TAG_PAD, y + TAG_H / 2);
    }

    private static double tagWidth(String text) {
        MEASURE.setFont(NAME);
        MEASURE.setText(text);
        return Math.ceil(MEASURE.getLayoutBounds().getWidth()) + 2 * TAG_PAD;
    }
}
