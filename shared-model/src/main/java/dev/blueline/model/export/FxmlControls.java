package dev.blueline.model.export;

import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.catalog.content.Content.CheckState;
import dev.blueline.model.catalog.content.Content.Items.Item;
import dev.blueline.model.render.TextAlign;

import java.util.List;

/**
 * The JavaFX node for each catalog control, without its id, size, position or style (the writer
 * adds those to whatever node comes back). Real controls wherever JavaFX has one; the rest are
 * labelled boxes and shapes the stylesheet draws. Containers come back as a decorated
 * {@code Pane} the writer puts the children's layout into.
 */
final class FxmlControls {
    private FxmlControls() {
    }

    static FxmlNode of(ExportElement e, FxmlVariables vars) {
        Content c = e.content();
        return switch (e.typeId()) {
            // containers (component instances are the writer's: they need the master's file name)
            case "browser-window", "phone", "tablet", "panel", "modal", "tabs", "accordion", "group" -> FxmlContainers.of(e);
            // navigation
            case "nav-bar", "link-bar", "breadcrumbs", "vertical-menu", "pagination", "stepper", "tree" -> FxmlNavigation.of(e);
            // inputs
            case "button" -> labeled("Button", c, e, "CENTER", TextAlign.CENTER);
            case "link" -> labeled("Hyperlink", c, e, "CENTER", TextAlign.LEFT);
            case "text-input", "search" -> field("TextField", c, e);
            case "password" -> field("PasswordField", c, e);
            case "text-area" -> FxmlNode.of("TextArea").attr("promptText", FxmlContent.text(c)).flag("wrapText", true);
            case "checkbox" -> check("CheckBox", c);
            case "radio" -> check("RadioButton", c);
            case "toggle" -> check("ToggleButton", c);
            case "dropdown" -> dropdown(FxmlContent.items(c));
            case "slider" -> slider(c);
            case "date-picker" -> datePicker(c);
            case "number-stepper" -> numberStepper(c);
            case "file-upload" -> wrapped(FxmlNode.of("Label").attr("text", FxmlContent.text(c)));
            // text and display
            case "heading", "label" -> text(e, "CENTER", false);
            case "paragraph" -> text(e, "TOP", true);
            case "alert" -> text(e, "CENTER", true);
            case "sticky-note" -> text(e, "TOP", true);
            case "rectangle", "ellipse" -> text(e, "CENTER", true);
            case "tooltip", "badge" -> labeled("Label", c, e, "CENTER", TextAlign.CENTER);
            case "avatar" -> FxmlNode.of("Label").attr("text", initials(FxmlContent.text(c)));
            case "callout" -> FxmlNode.of("Label").attr("text", FxmlContent.text(c));
            case "progress-bar" -> FxmlNode.of("ProgressBar").attr("progress", FxmlContent.amount(c).map(Content.Amount::fraction).orElse(0.0));
            case "spinner" -> FxmlNode.of("ProgressIndicator");
            case "divider" -> e.bounds().w() >= e.bounds().h() ? FxmlNode.of("Separator") : FxmlNode.of("Separator").attr("orientation", "VERTICAL");
            case "data-grid", "list", "bar-chart", "line-chart", "pie-chart", "calendar", "rating" -> FxmlData.of(e, vars);
            case "image", "map", "video", "icon", "arrow", "line" -> FxmlShapes.of(e);
            // a control this version does not know (a newer client made it): its type name in a dashed box
            default -> FxmlNode.of("Label").attr("text", FxmlContent.text(c).isEmpty() ? e.typeId() : FxmlContent.text(c));
        };
    }

    /** A Label, Button or Hyperlink showing the plain text, aligned as the designer chose. */
    static FxmlNode labeled(String tag, Content c, ExportElement e, String vertical, TextAlign dflt) {
        return FxmlNode.of(tag).attr("text", FxmlContent.text(c))
                .attr("alignment", FxmlStyle.pos(vertical, FxmlStyle.align(e.type(), e.style(), dflt)));
    }

    /**
     * Text with emphasis as a {@code TextFlow} of runs (bold and italic kept); plain text as a
     * {@code Label}, which wraps when {@code wrap} and puts its text where the canvas does.
     */
    static FxmlNode text(ExportElement e, String vertical, boolean wrap) {
        Content c = e.content();
        TextAlign align = FxmlStyle.align(e.type(), e.style(), switch (e.typeId()) {
            case "rectangle", "ellipse" -> TextAlign.CENTER;
            default -> TextAlign.LEFT;
        });
        if (!FxmlContent.emphasised(c)) {
            FxmlNode label = labeled("Label", c, e, vertical, align).attr("textAlignment", align.name());
            return wrap ? wrapped(label) : label;
        }
        FxmlNode flow = FxmlNode.of("TextFlow").attr("textAlignment", align.name()).styleClass("bl-rich");
        for (Content.Plain.Span s : FxmlContent.spans(c)) {
            FxmlNode run = FxmlNode.of("Text").attr("text", s.text());
            if (s.bold()) run.style("-fx-font-weight: bold;");
            if (s.italic()) run.style("-fx-font-style: italic;");
            flow.child(run);
        }
        return flow;
    }

    private static FxmlNode wrapped(FxmlNode label) {
        return label.flag("wrapText", true);
    }

    private static FxmlNode field(String tag, Content c, ExportElement e) {
        return FxmlNode.of(tag).attr("promptText", FxmlContent.text(c))
                .attr("alignment", FxmlStyle.pos("CENTER", FxmlStyle.align(e.type(), e.style(), TextAlign.LEFT)));
    }

    private static FxmlNode check(String tag, Content c) {
        Content.Check k = FxmlContent.check(c);
        FxmlNode n = FxmlNode.of(tag).attr("text", k.label()).flag("selected", k.state() == CheckState.CHECKED);
        if (k.state() == CheckState.MIXED && tag.equals("CheckBox")) n.flag("allowIndeterminate", true).flag("indeterminate", true);
        return n;
    }

    private static FxmlNode dropdown(List<Item> items) {
        FxmlNode box = FxmlNode.of("ComboBox");
        items.stream().filter(Item::selected).findFirst().ifPresent(i -> box.attr("value", i.label()));
        if (!items.isEmpty()) box.property("items", FxmlNode.list(items.stream().map(i -> FxmlNode.string(i.label())).toList()));
        return box;
    }

    private static FxmlNode slider(Content c) {
        Content.Amount a = FxmlContent.amount(c).orElse(new Content.Amount(0, 0, 100, ""));
        double min = a.bounded() ? a.min() : 0, max = a.bounded() ? a.max() : 100;
        return FxmlNode.of("Slider").attr("min", min).attr("max", max).attr("value", Math.max(min, Math.min(max, a.value())));
    }

    /** JavaFX cannot read a LocalDate from FXML, so the date is the prompt, styled to look like a value. */
    private static FxmlNode datePicker(Content c) {
        FxmlNode n = FxmlNode.of("DatePicker");
        FxmlContent.date(c).filter(Content.DateValue::dayMarked).ifPresent(d -> n.attr("promptText", d.date().toString()).styleClass("bl-has-value"));
        return n;
    }

    /** A Spinner over doubles; an unbounded stepper gets infinite bounds, which FXML reads as such. */
    private static FxmlNode numberStepper(Content c) {
        Content.Amount a = FxmlContent.amount(c).orElse(new Content.Amount(0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, ""));
        return FxmlNode.of("Spinner").attr("min", a.min()).attr("max", a.max()).attr("initialValue", a.value())
                .attr("amountToStepBy", 1).flag("editable", true);
    }

    /** "Ada Lovelace" → "AL", as an avatar shows a name. */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (!word.isEmpty() && b.length() < 2) b.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
        }
        return b.toString();
    }
}
