package dev.blueline.desktop.canvas;

import dev.blueline.desktop.editor.Editor;
import dev.blueline.desktop.editor.Viewport;
import dev.blueline.desktop.editor.commands.Edits;
import dev.blueline.desktop.editor.commands.Placement;
import dev.blueline.desktop.editor.commands.Tree;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.geometry.Geometry;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.ops.Put;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the mouse and keyboard do on the canvas: click, shift-click and marquee to select; drag to
 * move (snapping, dropping into containers); handles to resize (shift keeps the ratio);
 * double-click to edit text; space-drag, wheel and ctrl+wheel to pan and zoom; arrows to nudge.
 * A small state machine: one gesture at a time.
 */
final class SelectTool {
    private static final double SNAP_PX = 6;
    private static final double DRAG_START_PX = 3;

    private enum Gesture { NONE, PRESSED, MOVING, RESIZING, MARQUEE, PANNING }

    private final CanvasView view;
    private final Editor editor;
    private final Guides guides;
    private final TextEditing text;
    private Gesture gesture = Gesture.NONE;
    private boolean spaceDown;
    /** Modifier keys as the keyboard reported them; mouse events from some input paths do not carry them. */
    private boolean shiftDown, shortcutDown;
    private double pressViewX, pressViewY, lastViewX, lastViewY;
    private double pressX, pressY; // screen coordinates
    private Handle handle;
    private Rect startRect;
    private Map<String, double[]> startPositions = Map.of();
    private List<String> marqueeBase = List.of();
    private boolean movedOnce;

    SelectTool(CanvasView view, Guides guides, TextEditing text) {
        this.view = view;
        this.editor = view.editor();
        this.guides = guides;
        this.text = text;
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        view.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        view.addEventFilter(KeyEvent.ANY, e -> {
            boolean down = e.getEventType() == KeyEvent.KEY_PRESSED;
            if (e.getEventType() == KeyEvent.KEY_TYPED) return;
            if (e.getCode() == KeyCode.SHIFT) shiftDown = down;
            if (e.getCode() == KeyCode.CONTROL || e.getCode() == KeyCode.META || e.getCode() == KeyCode.COMMAND) shortcutDown = down;
        });
        view.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
                view.setCursor(Cursor.DEFAULT);
            }
        });
    }

    private boolean shift(MouseEvent e) {
        return e.isShiftDown() || shiftDown;
    }

    private Viewport v() {
        return editor.viewport();
    }

    private Document doc() {
        return editor.doc();
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        text.commit();
        pressViewX = lastViewX = e.getX();
        pressViewY = lastViewY = e.getY();
        pressX = v().toScreenX(e.getX());
        pressY = v().toScreenY(e.getY());
        movedOnce = false;
        if (spaceDown || e.getButton() == MouseButton.MIDDLE) {
            gesture = Gesture.PANNING;
            view.setCursor(Cursor.CLOSED_HAND);
            return;
        }
        ScreenScene scene = view.scene();
        if (scene == null || e.getButton() != MouseButton.PRIMARY || editor.previewProperty().get()) return;
        Handle h = handleAt(e.getX(), e.getY());
        if (h != null) {
            gesture = Gesture.RESIZING;
            handle = h;
            startRect = selectionBounds();
            rememberPositions();
            return;
        }
        String hit = selectable(scene.topAt(pressX, pressY));
        if (hit == null) {
            gesture = Gesture.MARQUEE;
            marqueeBase = shift(e) ? List.copyOf(editor.selection()) : List.of();
            if (!shift(e)) editor.selection().clear();
            return;
        }
        if (shift(e) || e.isShortcutDown() || shortcutDown) {
            if (editor.selection().contains(hit)) editor.selection().remove(hit);
            else editor.selection().add(hit);
            gesture = Gesture.NONE;
            return;
        }
        if (!editor.selection().contains(hit)) editor.selection().setAll(hit);
        gesture = Gesture.PRESSED;
        rememberPositions();
    }

    private void dragged(MouseEvent e) {
        double x = v().toScreenX(e.getX()), y = v().toScreenY(e.getY());
        switch (gesture) {
            case PANNING -> {
                v().panBy(e.getX() - lastViewX, e.getY() - lastViewY);
                lastViewX = e.getX();
                lastViewY = e.getY();
            }
            case PRESSED -> {
                if (Math.hypot(e.getX() - pressViewX, e.getY() - pressViewY) >= DRAG_START_PX) {
                    gesture = Gesture.MOVING;
                    move(x, y);
                }
            }
            case MOVING -> move(x, y);
            case RESIZING -> resize(x, y, shift(e));
            case MARQUEE -> marquee(x, y);
            default -> {
            }
        }
        view.repaintOverlay();
    }

    private void released(MouseEvent e) {
        if (gesture == Gesture.MOVING) dropIntoContainer();
        if (gesture == Gesture.PANNING) view.setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
        gesture = Gesture.NONE;
        guides.clear();
        view.repaintOverlay();
    }

    private void clicked(MouseEvent e) {
        ScreenScene scene = view.scene();
        if (scene == null || e.getButton() != MouseButton.PRIMARY) return;
        String hit = scene.topAt(v().toScreenX(e.getX()), v().toScreenY(e.getY()));
        if (editor.previewProperty().get()) {
            // preview: follow links, the way a prototype is clicked through
            for (String id = hit; id != null; id = doc().text(id, Props.PARENT)) {
                String link = doc().text(id, Props.LINK);
                if (link != null && doc().isLive(link)) {
                    editor.showScreen(link);
                    return;
                }
            }
            return;
        }
        if (e.getClickCount() == 2 && hit != null && !Tree.locked(doc(), hit)) text.begin(hit);
    }

    private void moved(MouseEvent e) {
        ScreenScene scene = view.scene();
        if (scene == null) return;
        String hover = scene.topAt(v().toScreenX(e.getX()), v().toScreenY(e.getY()));
        Handle h = handleAt(e.getX(), e.getY());
        view.setCursor(spaceDown ? Cursor.OPEN_HAND : h != null ? cursorFor(h) : Cursor.DEFAULT);
        if (!Objects.equals(hover, guides.hover)) {
            guides.hover = hover;
            view.repaintOverlay();
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown() || shortcutDown) {
            double factor = Math.pow(1.0015, e.getDeltaY());
            v().zoomAt(factor, e.getX(), e.getY());
        } else if (e.isShiftDown() || shiftDown) {
            v().panBy(e.getDeltaY(), 0);
        } else {
            v().panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (text.isEditing()) return;
        switch (e.getCode()) {
            case SPACE -> {
                spaceDown = true;
                if (gesture == Gesture.NONE) view.setCursor(Cursor.OPEN_HAND);
            }
            case LEFT, RIGHT, UP, DOWN -> {
                if (editor.selection().isEmpty()) return;
                double step = e.isShiftDown() ? 10 : 1;
                double dx = e.getCode() == KeyCode.LEFT ? -step : e.getCode() == KeyCode.RIGHT ? step : 0;
                double dy = e.getCode() == KeyCode.UP ? -step : e.getCode() == KeyCode.DOWN ? step : 0;
                editor.submit(Edits.moveBy(doc(), editor.selection(), dx, dy));
            }
            case ESCAPE -> editor.selection().clear();
            case ENTER -> {
                if (editor.selection().size() == 1) text.begin(editor.selection().getFirst());
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    // ---- gestures

    private void rememberPositions() {
        Map<String, double[]> m = new LinkedHashMap<>();
        for (String id : Tree.outermost(doc(), editor.selection())) {
            if (!Tree.locked(doc(), id)) m.put(id, new double[]{doc().number(id, Props.X), doc().number(id, Props.Y)});
        }
        startPositions = m;
    }

    private void move(double x, double y) {
        if (startPositions.isEmpty()) return;
        double dx = x - pressX, dy = y - pressY;
        Rect start = startBounds();
        if (editor.snapProperty().get() && start != null) {
            Snapper.Result s = Snapper.snap(start.translate(dx, dy), neighbours(), view.scene().screenBounds(),
                    SNAP_PX / v().zoom(), Editor.GRID, new boolean[]{true, true, true}, new boolean[]{true, true, true});
            dx += s.dx();
            dy += s.dy();
            guides.lines.clear();
            guides.lines.addAll(s.lines());
            guides.spacings.clear();
            guides.spacings.addAll(s.spacings());
        }
        List<Put> ops = new ArrayList<>();
        for (Map.Entry<String, double[]> p : startPositions.entrySet()) {
            ops.add(Put.on(p.getKey()).set(Props.X, Math.round((p.getValue()[0] + dx) * 100) / 100.0)
                    .set(Props.Y, Math.round((p.getValue()[1] + dy) * 100) / 100.0).build());
        }
        editor.submit(ops, movedOnce);
        movedOnce = true;
        guides.dropTarget = dropTarget() == null ? null : Geometry.bounds(doc(), dropTarget());
    }

    private void resize(double x, double y, boolean keepRatio) {
        if (startRect == null || editor.selection().size() != 1) return;
        String id = editor.selection().getFirst();
        if (Tree.locked(doc(), id)) return;
        Rect r = handle.drag(startRect, x - pressX, y - pressY, keepRatio);
        if (editor.snapProperty().get() && !keepRatio) {
            boolean[] sx = {handle.left, false, handle.right}, sy = {handle.top, false, handle.bottom};
            Snapper.Result s = Snapper.snap(r, neighbours(), view.scene().screenBounds(), SNAP_PX / v().zoom(), Editor.GRID, sx, sy);
            r = handle.drag(startRect, x - pressX + s.dx(), y - pressY + s.dy(), false);
            guides.lines.clear();
            guides.lines.addAll(s.lines());
        }
        editor.submit(Edits.setBounds(doc(), id, r), movedOnce);
        movedOnce = true;
    }

    private void marquee(double x, double y) {
        Rect m = Rect.between(pressX, pressY, x, y);
        guides.marquee = m;
        Set<String> picked = new HashSet<>(marqueeBase);
        for (ScreenScene.Item it : view.scene().within(m)) {
            if (m.contains(it.bounds()) && selectable(it.id()) != null) picked.add(it.id());
        }
        List<String> now = new ArrayList<>(picked);
        now.sort(null);
        if (!new HashSet<>(editor.selection()).equals(picked)) editor.selection().setAll(now);
    }

    /** After a move, one element fully inside another container moves into it; moved out of its container, it moves out. */
    private void dropIntoContainer() {
        if (startPositions.size() != 1) return;
        String id = startPositions.keySet().iterator().next();
        String target = dropTarget();
        if (!Objects.equals(target, doc().text(id, Props.PARENT))) editor.submit(Placement.reparent(doc(), id, target), true);
    }

    private String dropTarget() {
        if (startPositions.size() != 1) return null;
        String id = startPositions.keySet().iterator().next();
        return Placement.containerAt(doc(), editor.screen(), Geometry.bounds(doc(), id), id);
    }

    private Rect startBounds() {
        Rect box = null;
        Document d = doc();
        for (Map.Entry<String, double[]> p : startPositions.entrySet()) {
            Rect now = Geometry.bounds(d, p.getKey());
            Rect r = now.translate(p.getValue()[0] - d.number(p.getKey(), Props.X), p.getValue()[1] - d.number(p.getKey(), Props.Y));
            box = box == null ? r : box.union(r);
        }
        return box;
    }

    /** Rectangles to snap to: visible elements near the view that are not being dragged nor inside what is dragged. */
    private List<Rect> neighbours() {
        Rect area = v().visible(view.getWidth(), view.getHeight());
        List<Rect> out = new ArrayList<>();
        for (ScreenScene.Item it : view.scene().within(area)) {
            String id = it.id();
            boolean dragged = startPositions.containsKey(id) || editor.selection().contains(id);
            for (String s : startPositions.keySet()) dragged |= Tree.isInside(doc(), id, s);
            if (!dragged) out.add(it.bounds());
            if (out.size() > 400) break;
        }
        return out;
    }

    private Rect selectionBounds() {
        Rect box = null;
        for (String id : editor.selection()) {
            ScreenScene.Item it = view.scene().item(id);
            if (it != null) box = box == null ? it.bounds() : box.union(it.bounds());
        }
        return box;
    }

    private Handle handleAt(double vx, double vy) {
        if (editor.selection().size() != 1 || view.scene() == null) return null;
        Rect r = selectionBounds();
        if (r == null) return null;
        for (Handle h : Handle.values()) {
            if (Math.abs(v().toViewX(h.x(r)) - vx) <= Overlay.HANDLE && Math.abs(v().toViewY(h.y(r)) - vy) <= Overlay.HANDLE) return h;
        }
        return null;
    }

    /** Locked elements cannot be picked on the canvas (use the layers list). */
    private String selectable(String id) {
        return id == null || Tree.locked(doc(), id) ? null : id;
    }

    private static Cursor cursorFor(Handle h) {
        return switch (h) {
            case NW -> Cursor.NW_RESIZE;
            case N -> Cursor.N_RESIZE;
            case NE -> Cursor.NE_RESIZE;
            case W -> Cursor.W_RESIZE;
            case E -> Cursor.E_RESIZE;
            case SW -> Cursor.SW_RESIZE;
            case S -> Cursor.S_RESIZE;
            case SE -> Cursor.SE_RESIZE;
        };
    }
}
