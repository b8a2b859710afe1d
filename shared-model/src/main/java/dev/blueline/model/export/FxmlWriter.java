package dev.blueline.model.export;

import dev.blueline.model.document.Props;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.render.Style;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JavaFX FXML with one shared stylesheet. Load a file with {@code FXMLLoader.load(url)}: nothing
 * needs a controller.
 *
 * <ul>
 *   <li><b>Files:</b> {@code <TypeName>.fxml} per screen, one per component master the screens
 *   use, and {@code blueline-fx.css}, which every root names ({@code stylesheets="@blueline-fx.css"}).
 *   <li><b>Components</b> are included, not inlined: an instance is a clipped {@code Pane} at its
 *   size holding {@code <fx:include source="Header.fxml"/>}, scaled by a {@code Scale} transform
 *   when the instance is not the master's size (the canvas stretches masters the same way).
 *   <li><b>Ids:</b> the root's {@code id} is the screen id; every element's node has
 *   {@code id="<element id>"} ({@code id}, not {@code fx:id}: element ids are not Java
 *   identifiers), so {@code root.lookup("#id")} finds it (for ids without {@code . :}). Each
 *   also has the style class {@code bl-<control id>} ({@code bl-button}; the link control's is
 *   {@code bl-hyperlink}).
 *   <li><b>Layout</b> follows {@link LayoutPlanner}: a column of parts is a {@code VBox}, a row
 *   an {@code HBox}, each part offset by a {@code VBox.margin}/{@code HBox.margin}; overlapping
 *   parts sit in a {@code Pane} at {@code layoutX}/{@code layoutY}. Every node's size is pinned
 *   (min and max width and height {@code -Infinity}, which is {@code USE_PREF_SIZE}), so each
 *   control lands exactly where the wireframe has it.
 *   <li><b>Links:</b> a control that leads to another screen has {@code userData="<TypeName>.fxml"}
 *   (that screen's file) and the style class {@code bl-link}; the app loads that file on click.
 *   <li><b>State:</b> disabled is {@code disable="true"}; selected, focused and error are the
 *   style classes {@code bl-selected}, {@code bl-focused}, {@code bl-error}. Fill, stroke, text
 *   colour and font go into the node's inline {@code style}, opacity into {@code opacity}.
 * </ul>
 */
final class FxmlWriter implements CodeWriter {

    @Override
    public List<ExportFile> write(ExportDocument doc, List<ExportScreen> screens) {
        Map<String, ExportScreen> all = new LinkedHashMap<>();
        screens.forEach(s -> all.put(s.id(), s));
        doc.mastersUsedBy(screens).forEach(m -> all.putIfAbsent(m.id(), m));
        List<ExportFile> files = new ArrayList<>();
        for (ExportScreen s : all.values()) files.add(new ExportFile(fileName(s), new ScreenWriter(doc).document(s)));
        files.add(new ExportFile(FxmlStyle.STYLESHEET, FxmlStyle.stylesheet()));
        return files;
    }

    static String fileName(ExportScreen s) {
        return s.typeName() + ".fxml";
    }

    /** One FXML document: the state that is per file (the names of defined values). */
    private static final class ScreenWriter {
        private final ExportDocument doc;
        private final FxmlVariables vars = new FxmlVariables();

        ScreenWriter(ExportDocument doc) {
            this.doc = doc;
        }

        String document(ExportScreen s) {
            FxmlNode root = layout(s.layout()).id(s.id()).raw("stylesheets", "@" + FxmlStyle.STYLESHEET);
            root.styleClass(s.component() ? new String[]{"bl-screen", "bl-component"} : new String[]{"bl-screen"});
            if (s.background() != null) root.style("-fx-background-color: " + FxmlStyle.color(s.background()) + ";");
            String what = s.component() ? "component" : "screen";
            return root.document("Blueline " + what + " \"" + s.name() + "\" (" + FxmlNode.num(s.width()) + " x " + FxmlNode.num(s.height())
                    + "). Element ids are node ids; a link's userData names the FXML file it opens.");
        }

        private FxmlNode layout(Layout layout) {
            return switch (layout) {
                case Layout.Single s -> element(s.element());
                case Layout.Stack s -> stack(s);
                case Layout.Free f -> free(f);
            };
        }

        /** Parts one after another; each part's offsets become its margin. */
        private FxmlNode stack(Layout.Stack s) {
            boolean column = s.axis() == Layout.Axis.COLUMN;
            String box = column ? "VBox" : "HBox";
            FxmlNode node = FxmlNode.of(box).size(s.box().w(), s.box().h());
            for (Layout.Placed p : s.parts()) {
                FxmlNode part = layout(p.part());
                double top = column ? p.before() : p.across(), left = column ? p.across() : p.before();
                if (top != 0 || left != 0) {
                    FxmlNode insets = FxmlNode.of("Insets");
                    if (top != 0) insets.attr("top", top);
                    if (left != 0) insets.attr("left", left);
                    part.property(box + ".margin", insets);
                }
                node.child(part);
            }
            return node;
        }

        /** Overlapping parts at their offsets, in painting order. */
        private FxmlNode free(Layout.Free f) {
            FxmlNode node = FxmlNode.of("Pane").size(f.box().w(), f.box().h());
            for (Layout part : f.parts()) node.child(layout(part).at(f.left(part), f.top(part)));
            return node;
        }

        private FxmlNode element(ExportElement e) {
            Rect b = e.bounds();
            FxmlNode node = e.typeId().equals("component") ? instance(e) : FxmlControls.of(e, vars);
            node.id(e.id()).styleClass(controlClass(e.typeId()));
            if (uses(e, Props.STATE)) {
                String state = FxmlStyle.stateClass(e.style().state());
                if (state != null) node.styleClass(state);
            }
            node.size(b.w(), b.h()).style(FxmlStyle.inline(e.type(), e.style()));
            if (e.style().opacity() < 1) node.attr("opacity", e.style().opacity());
            if (uses(e, Props.STATE) && e.style().state() == Style.State.DISABLED) node.flag("disable", true);
            e.link().flatMap(doc::linkTarget).ifPresent(t -> node.attr("userData", fileName(t)).styleClass("bl-link"));
            if (e.type().container()) {
                if (!e.children().isEmpty()) node.child(layout(e.children()).raw("pickOnBounds", "false"));
                clip(node, b);
            }
            return node;
        }

        /** {@code bl-<control id>}; the link control is {@code bl-hyperlink}, since {@code bl-link} marks links to screens. */
        private static String controlClass(String typeId) {
            return typeId.equals("link") ? "bl-hyperlink" : "bl-" + typeId;
        }

        private static boolean uses(ExportElement e, String prop) {
            return e.type().styleProps().contains(prop);
        }

        /** The master's file, included and stretched to the instance's size; a dashed box when the master is gone. */
        private FxmlNode instance(ExportElement e) {
            Optional<ExportScreen> master = e.master().map(doc::screen);
            if (master.isEmpty()) return FxmlNode.of("Label").attr("text", "Missing component").styleClass("bl-missing");
            ExportScreen m = master.get();
            Rect b = e.bounds();
            FxmlNode include = FxmlNode.of("fx:include").raw("source", fileName(m));
            double sx = b.w() / m.width(), sy = b.h() / m.height();
            FxmlNode pane = FxmlNode.of("Pane");
            if (sx == 1 && sy == 1) {
                pane.child(include);
            } else {
                pane.child(FxmlNode.of("Group").property("transforms", FxmlNode.of("Scale").attr("x", sx).attr("y", sy)).child(include));
            }
            return clip(pane, b);
        }

        /** Children and masters show only inside their box, as on the canvas. */
        private static FxmlNode clip(FxmlNode node, Rect b) {
            return node.property("clip", FxmlNode.of("Rectangle").attr("width", b.w()).attr("height", b.h()));
        }
    }
}
