package dev.blueline.desktop.panels;

import dev.blueline.desktop.editor.Editor;
import dev.blueline.desktop.editor.commands.Inspect;
import dev.blueline.desktop.editor.commands.Screens;
import dev.blueline.desktop.editor.commands.Tree;
import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.ControlType;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.geometry.Geometry;
import dev.blueline.model.geometry.Rect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What the inspector shows for the selection (or, with nothing selected, for the shown screen) and
 * what its fields write. Every write is one {@link Editor#submit}, so one undo step.
 */
public final class InspectorViewModel {
    public enum Mode { ELEMENTS, SCREEN, NOTHING }

    private final Editor editor;

    public InspectorViewModel(Editor editor) {
        this.editor = editor;
    }

    public Editor editor() {
        return editor;
    }

    private Document doc() {
        return editor.doc();
    }

    public Mode mode() {
        if (!ids().isEmpty()) return Mode.ELEMENTS;
        return editor.screen() != null && doc().isLive(editor.screen()) ? Mode.SCREEN : Mode.NOTHING;
    }

    /** The selected live elements. */
    public List<String> ids() {
        List<String> out = new ArrayList<>();
        for (String id : editor.selection()) if (doc().isLive(id)) out.add(id);
        return out;
    }

    /** "Button", "Button · Sign up", "3 elements", "Screen". */
    public String title() {
        return switch (mode()) {
            case NOTHING -> "Nothing to inspect";
            case SCREEN -> "Screen";
            case ELEMENTS -> {
                List<String> ids = ids();
                if (ids.size() > 1) yield ids.size() + " elements";
                String type = type(ids.getFirst()).map(ControlType::displayName).orElse("Element");
                String name = doc().text(ids.getFirst(), Props.NAME);
                yield name == null || name.isBlank() ? type : type + " · " + name;
            }
        };
    }

    private java.util.Optional<ControlType> type(String id) {
        return Catalog.find(doc().text(id, Props.TYPE));
    }

    // ---- elements

    /** The screen-space x, y, width or height. */
    public Shared<Double> bound(Inspect.Edge edge) {
        return Shared.over(ids(), id -> {
            Rect r = Geometry.bounds(doc(), id);
            double v = switch (edge) {
                case X -> r.x();
                case Y -> r.y();
                case W -> r.w();
                case H -> r.h();
            };
            return Math.round(v * 100) / 100.0;
        });
    }

    /** Whether every selected control has a text that means something. */
    public boolean usesText() {
        List<String> ids = ids();
        return !ids.isEmpty() && ids.stream().allMatch(id -> type(id).map(ControlType::usesText).orElse(false));
    }

    public Shared<String> text() {
        return Shared.over(ids(), id -> Objects.requireNonNullElse(doc().text(id, Props.TEXT), ""));
    }

    public boolean multiline() {
        return ids().stream().anyMatch(id -> MarkupHints.multiline(doc().text(id, Props.TYPE), doc().text(id, Props.TEXT)));
    }

    /** How the text is written, when the selected controls are all of one type; else null. */
    public String hint() {
        Shared<String> t = Shared.over(ids(), id -> doc().text(id, Props.TYPE));
        return t.mixed() || t.value() == null ? null : MarkupHints.hint(t.value());
    }

    /** The style properties every selected control uses, in the catalog's panel order. */
    public Set<String> styleProps() {
        Set<String> common = null;
        for (String id : ids()) {
            Set<String> mine = type(id).map(ControlType::styleProps).orElse(Set.of());
            if (common == null) common = new LinkedHashSet<>(mine);
            else common.retainAll(mine);
        }
        return common == null ? Set.of() : common;
    }

    public Shared<Value> style(String prop) {
        return Shared.over(ids(), id -> doc().get(id, prop));
    }

    public Shared<String> link() {
        return Shared.over(ids(), id -> doc().text(id, Props.LINK));
    }

    /** Screens a control here can link to: every live screen but the one shown. */
    public List<String> linkTargets() {
        List<String> out = new ArrayList<>(doc().screens());
        out.remove(editor.screen());
        return out;
    }

    public String screenName(String id) {
        String n = doc().text(id, Props.NAME);
        return n == null || n.isBlank() ? "Untitled" : n;
    }

    public Shared<Boolean> locked() {
        return Shared.over(ids(), id -> doc().flag(id, Props.LOCKED));
    }

    public Shared<Boolean> hidden() {
        return Shared.over(ids(), id -> doc().flag(id, Props.HIDDEN));
    }

    public Shared<String> name() {
        return Shared.over(ids(), id -> Objects.requireNonNullElse(doc().text(id, Props.NAME), ""));
    }

    /** True when nothing selected can be moved or restyled (all locked, or inside locked containers). */
    public boolean allLocked() {
        List<String> ids = ids();
        return !ids.isEmpty() && ids.stream().allMatch(id -> Tree.locked(doc(), id));
    }

    public boolean setBound(Inspect.Edge edge, String typed) {
        OptionalDouble v = Numbers.parse(typed);
        if (v.isEmpty()) {
            if (typed != null && !typed.isBlank()) editor.tell("\"" + typed.strip() + "\" is not a number");
            return false;
        }
        double max = Props.MAX_COORDINATE;
        if (Math.abs(v.getAsDouble()) > max) {
            editor.tell("Keep positions and sizes within ±" + Numbers.format(max));
            return false;
        }
        return editor.submit(Inspect.bounds(doc(), ids(), edge, v.getAsDouble()));
    }

    public boolean setText(String text) {
        return editor.submit(Inspect.text(doc(), ids(), text));
    }

    public boolean setStyle(String prop, Value value) {
        return editor.submit(Inspect.style(doc(), ids(), prop, value));
    }

    /** Links to a screen, or unlinks with null. */
    public boolean setLink(String screen) {
        return editor.submit(Inspect.link(doc(), ids(), screen));
    }

    public boolean setLocked(boolean on) {
        return editor.submit(Inspect.flag(doc(), ids(), Props.LOCKED, on));
    }

    public boolean setHidden(boolean on) {
        return editor.submit(Inspect.flag(doc(), ids(), Props.HIDDEN, on));
    }

    public boolean setName(String name) {
        return editor.submit(Inspect.name(doc(), ids(), name));
    }

    // ---- the shown screen

    public String screen() {
        return editor.screen();
    }

    public String screenName() {
        return Objects.requireNonNullElse(doc().text(screen(), Props.NAME), "");
    }

    public double screenWidth() {
        return doc().number(screen(), Props.W);
    }

    public double screenHeight() {
        return doc().number(screen(), Props.H);
    }

    /** The device preset's wire name, "custom", or what the size matches when unset. */
    public String device() {
        String d = doc().text(screen(), Props.DEVICE);
        if (d != null) return d;
        return DevicePreset.ofSize(screenWidth(), screenHeight()).map(DevicePreset::wireName).orElse(DevicePreset.CUSTOM);
    }

    public String background() {
        return doc().text(screen(), Props.BACKGROUND);
    }

    public boolean renameScreen(String name) {
        return editor.submit(Screens.rename(doc(), screen(), name));
    }

    /** A typed width ({@code width == true}) or height; the device becomes the preset of that size, or custom. */
    public boolean setScreenSize(boolean width, String typed) {
        OptionalDouble v = Numbers.parse(typed);
        OptionalDouble w = width ? v : OptionalDouble.of(screenWidth()), h = width ? OptionalDouble.of(screenHeight()) : v;
        String problem = ScreensViewModel.sizeProblem(w, h);
        if (problem != null) {
            editor.tell(problem);
            return false;
        }
        String device = DevicePreset.ofSize(w.getAsDouble(), h.getAsDouble()).map(DevicePreset::wireName).orElse(DevicePreset.CUSTOM);
        return editor.submit(Screens.resize(doc(), screen(), w.getAsDouble(), h.getAsDouble(), device));
    }

    /** A preset sets the size too; "custom" keeps the size. */
    public boolean setDevice(String wireName) {
        var preset = DevicePreset.fromWire(wireName);
        if (preset.isPresent()) {
            return editor.submit(Screens.resize(doc(), screen(), preset.get().width(), preset.get().height(), wireName));
        }
        return editor.submit(Screens.resize(doc(), screen(), screenWidth(), screenHeight(), DevicePreset.CUSTOM));
    }

    public boolean setBackground(String color) {
        return editor.submit(Screens.background(doc(), screen(), color));
    }
}
