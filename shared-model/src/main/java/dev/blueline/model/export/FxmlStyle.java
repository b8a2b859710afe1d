package dev.blueline.model.export;

import dev.blueline.model.catalog.ControlType;
import dev.blueline.model.document.Props;
import dev.blueline.model.render.Rgba;
import dev.blueline.model.render.Style;
import dev.blueline.model.render.TextAlign;

import java.util.Set;

/**
 * The look of the export: the shared stylesheet {@code blueline-fx.css} (one class per control,
 * {@code bl-<control id>}, drawn after the wireframe palette) and each element's own style
 * properties as an inline {@code style}.
 */
final class FxmlStyle {
    static final String STYLESHEET = "blueline-fx.css";

    /** Controls whose stroke is a line they draw, not a border: it goes to the looked-up colour {@code -bl-stroke}. */
    private static final Set<String> LINES = Set.of("divider", "spinner", "arrow", "line");

    private FxmlStyle() {
    }

    /**
     * The element's style properties as CSS declarations; only those its control uses (as on the
     * canvas). Text colour is set through the looked-up colours Modena's controls read their text
     * colour from, so it reaches every label inside a composite (a nav bar's links, a list's rows).
     */
    static String inline(ControlType type, Style s) {
        Set<String> uses = type.styleProps();
        StringBuilder css = new StringBuilder();
        if (uses.contains(Props.FILL) && s.fill() != null) decl(css, "-fx-background-color", color(s.fill()));
        if (uses.contains(Props.STROKE) && s.stroke() != null) {
            decl(css, LINES.contains(type.id()) ? "-bl-stroke" : "-fx-border-color", color(s.stroke()));
        }
        if (uses.contains(Props.TEXT_COLOR) && s.textColor() != null) {
            String c = color(s.textColor());
            for (String p : new String[]{"-fx-text-background-color", "-fx-text-base-color", "-fx-text-inner-color", "-fx-text-fill"}) {
                decl(css, p, c);
            }
        }
        if (uses.contains(Props.FONT_SIZE) && s.fontSize() > 0) decl(css, "-fx-font-size", FxmlNode.num(s.fontSize()) + "px");
        if (uses.contains(Props.BOLD) && s.bold()) decl(css, "-fx-font-weight", "bold");
        if (uses.contains(Props.ITALIC) && s.italic()) decl(css, "-fx-font-style", "italic");
        if (uses.contains(Props.UNDERLINE) && s.underline()) decl(css, "-fx-underline", "true");
        return css.toString();
    }

    /** The horizontal alignment the designer chose, or {@code dflt}. */
    static TextAlign align(ControlType type, Style s, TextAlign dflt) {
        return type.styleProps().contains(Props.ALIGN) && s.align() != null ? s.align() : dflt;
    }

    /** A JavaFX {@code Pos} name: {@code TOP_LEFT}, {@code CENTER}, {@code CENTER_RIGHT}… */
    static String pos(String vertical, TextAlign align) {
        String h = switch (align) {
            case LEFT -> "LEFT";
            case CENTER -> "CENTER";
            case RIGHT -> "RIGHT";
        };
        if (vertical.equals("CENTER")) return h.equals("CENTER") ? "CENTER" : "CENTER_" + h;
        return vertical + "_" + h;
    }

    static String color(Rgba c) {
        if (c.a() == 255) return c.hex();
        return "rgba(" + c.r() + ", " + c.g() + ", " + c.b() + ", " + FxmlNode.num(Math.round(c.opacity() * 1000) / 1000.0) + ")";
    }

    /**
     * The element's state as a class CSS draws: {@code bl-selected}, {@code bl-focused},
     * {@code bl-error}. (The current item inside a control, such as a tab or a menu entry, is
     * {@code bl-current} instead.)
     */
    static String stateClass(Style.State state) {
        return switch (state) {
            case SELECTED -> "bl-selected";
            case FOCUSED -> "bl-focused";
            case ERROR -> "bl-error";
            case NORMAL, DISABLED -> null;
        };
    }

    private static void decl(StringBuilder css, String property, String value) {
        if (!css.isEmpty()) css.append(' ');
        css.append(property).append(": ").append(value).append(';');
    }

    /** The shared stylesheet. Colours follow the wireframe palette (slate greys, one blue accent). */
    static String stylesheet() {
        return """
                /* Blueline export: the wireframe look on top of JavaFX's Modena theme. */
                .bl-screen { -fx-background-color: white; -fx-font-size: 14px; -bl-accent: #3b82f6; }
                .bl-screen .bl-selected { -fx-border-color: -bl-accent; }
                .bl-screen .bl-focused { -fx-border-color: -fx-focus-color; -fx-border-width: 2; }
                .bl-screen .bl-error { -fx-border-color: #ef4444; }
                .bl-link { -fx-cursor: hand; }
                .bl-missing { -fx-border-color: #94a3b8; -fx-border-style: dashed; -fx-text-fill: #94a3b8; -fx-alignment: center; }

                /* containers: a box at the element's size; the children sit over it at its top left */
                .bl-browser-window { -fx-background-color: white; -fx-border-color: #475569; -fx-border-radius: 6; -fx-background-radius: 6; }
                .bl-browser-bar { -fx-background-color: #f1f5f9; -fx-border-color: transparent transparent #cbd5e1 transparent; -fx-alignment: center-left; -fx-padding: 0 12 0 64; }
                .bl-browser-url { -fx-background-color: white; -fx-border-color: #cbd5e1; -fx-border-radius: 99; -fx-padding: 2 10; -fx-text-fill: #94a3b8; -fx-font-size: 12px; }
                .bl-phone, .bl-tablet { -fx-background-color: white; -fx-border-color: #475569; -fx-border-width: 10; -fx-border-radius: 40; -fx-background-radius: 40; }
                .bl-tablet { -fx-border-width: 18; -fx-border-radius: 30; -fx-background-radius: 30; }
                .bl-panel { -fx-background-color: white; -fx-border-color: #475569; -fx-border-radius: 6; -fx-background-radius: 6; }
                .bl-panel-title { -fx-background-color: #f1f5f9; -fx-border-color: transparent transparent #cbd5e1 transparent; -fx-font-weight: bold; -fx-padding: 0 12; }
                .bl-modal { -fx-background-color: white; -fx-border-color: #475569; -fx-border-radius: 8; -fx-background-radius: 8; -fx-effect: dropshadow(gaussian, rgba(15, 23, 42, 0.2), 12, 0, 4, 4); }
                .bl-modal-title { -fx-font-size: 16px; -fx-font-weight: bold; -fx-padding: 0 16; -fx-border-color: transparent transparent #cbd5e1 transparent; }
                .bl-tab-body { -fx-background-color: white; -fx-border-color: #475569; }
                .bl-tab { -fx-background-radius: 5 5 0 0; }
                .bl-tab:selected { -fx-font-weight: bold; }

                /* navigation */
                .bl-nav-bar { -fx-background-color: #f1f5f9; -fx-border-color: transparent transparent #475569 transparent; -fx-alignment: center-left; -fx-padding: 0 16; -fx-spacing: 28; }
                .bl-brand { -fx-font-weight: bold; -fx-font-size: 1.15em; -fx-padding: 0 12 0 0; }
                .bl-nav-bar .hyperlink, .bl-link-bar .hyperlink, .bl-breadcrumbs .hyperlink { -fx-text-fill: -fx-text-background-color; -fx-border-color: transparent; -fx-padding: 0; }
                .bl-nav-bar .bl-current, .bl-link-bar .bl-current { -fx-text-fill: -bl-accent; -fx-font-weight: bold; -fx-border-color: transparent transparent -bl-accent transparent; }
                .bl-link-bar { -fx-alignment: center-left; -fx-spacing: 20; }
                .bl-breadcrumbs { -fx-alignment: center-left; -fx-spacing: 6; }
                .bl-crumb-separator { -fx-text-fill: #94a3b8; }
                .bl-breadcrumbs .bl-current { -fx-font-weight: bold; }
                .bl-vertical-menu { -fx-border-color: #cbd5e1; -fx-padding: 4 0; }
                .bl-menu-item { -fx-padding: 8 16; }
                .bl-menu-item.bl-current { -fx-background-color: #dbeafe; -fx-text-fill: -bl-accent; -fx-font-weight: bold; }
                .bl-pagination, .bl-stepper { -fx-alignment: center-left; -fx-spacing: 6; }
                .bl-step { -fx-text-fill: #94a3b8; -fx-padding: 0 8 0 0; }
                .bl-step.bl-done, .bl-step.bl-current { -fx-text-fill: -fx-text-background-color; }
                .bl-step.bl-current { -fx-font-weight: bold; }

                /* inputs */
                .bl-date-picker.bl-has-value .text-field { -fx-prompt-text-fill: -fx-text-inner-color; }
                .bl-file-upload { -fx-border-color: #94a3b8; -fx-border-style: dashed; -fx-border-width: 2; -fx-border-radius: 8; -fx-alignment: center; -fx-text-alignment: center; -fx-text-fill: #475569; }

                /* display */
                .bl-heading { -fx-font-size: 24px; -fx-font-weight: bold; }
                .bl-rich .text { -fx-fill: -fx-text-background-color; }
                .bl-image, .bl-map, .bl-video { -fx-background-color: #f1f5f9; -fx-border-color: #475569; }
                .bl-image .bl-cross { -fx-stroke: #cbd5e1; }
                .bl-caption { -fx-text-fill: #475569; -fx-font-size: 13px; -fx-alignment: center; }
                .bl-video { -fx-background-color: #1e293b; }
                .bl-video .bl-caption { -fx-text-fill: white; -fx-font-size: 28px; }
                .bl-icon { -fx-alignment: center; -fx-text-fill: #475569; }
                .bl-avatar { -fx-background-color: #dbeafe; -fx-background-radius: 9999; -fx-border-radius: 9999; -fx-alignment: center; -fx-text-fill: -bl-accent; -fx-font-weight: bold; }
                .bl-badge { -fx-background-color: #dbeafe; -fx-background-radius: 9999; -fx-border-radius: 9999; -fx-alignment: center; -fx-font-size: 12px; -fx-font-weight: bold; }
                .bl-alert { -fx-background-color: #dbeafe; -fx-border-color: -bl-accent; -fx-border-radius: 6; -fx-background-radius: 6; -fx-padding: 0 16; }
                .bl-alert.bl-error { -fx-background-color: #fee2e2; -fx-text-fill: #ef4444; }
                .bl-tooltip { -fx-background-color: #1e293b; -fx-background-radius: 6; -fx-text-fill: white; -fx-alignment: center; -fx-padding: 0 8; }
                .bl-divider, .bl-spinner, .bl-arrow, .bl-line { -bl-stroke: #475569; }
                .bl-divider .line { -fx-border-color: -bl-stroke; }
                .bl-spinner { -fx-progress-color: -bl-stroke; }
                .bl-arrow .bl-stroke, .bl-line .bl-stroke { -fx-stroke: -bl-stroke; -fx-stroke-width: 2; }
                .bl-arrow .bl-head { -fx-fill: -bl-stroke; }
                .bl-list { -fx-spacing: 4; }
                .bl-rating { -fx-text-fill: #f59e0b; -fx-font-size: 18px; }
                .bl-calendar { -fx-border-color: #cbd5e1; -fx-background-color: white; }
                .bl-calendar-title { -fx-font-weight: bold; -fx-alignment: center; }
                .bl-calendar-day { -fx-alignment: center; }
                .bl-calendar-weekday { -fx-alignment: center; -fx-text-fill: #94a3b8; -fx-font-size: 12px; }
                .bl-calendar-day.bl-current { -fx-background-color: -bl-accent; -fx-background-radius: 9999; -fx-text-fill: white; }
                .bl-slice-0 { -fx-fill: #3b82f6; } .bl-slice-1 { -fx-fill: #94a3b8; } .bl-slice-2 { -fx-fill: #1e293b; }
                .bl-slice-3 { -fx-fill: #93c5fd; } .bl-slice-4 { -fx-fill: #64748b; } .bl-slice-5 { -fx-fill: #1d4ed8; }
                .bl-slice { -fx-stroke: white; }

                /* annotations */
                .bl-sticky-note { -fx-background-color: #fde68a; -fx-padding: 12; -fx-alignment: top-left; -fx-effect: dropshadow(gaussian, rgba(15, 23, 42, 0.15), 6, 0, 2, 2); }
                .bl-callout { -fx-background-color: -bl-accent; -fx-background-radius: 9999; -fx-border-radius: 9999; -fx-text-fill: white; -fx-font-weight: bold; -fx-alignment: center; }
                .bl-rectangle { -fx-background-color: white; -fx-border-color: #475569; -fx-alignment: center; -fx-text-alignment: center; -fx-padding: 8; }
                .bl-ellipse { -fx-background-color: white; -fx-border-color: #475569; -fx-alignment: center; -fx-text-alignment: center;
                              -fx-shape: "M 0 50 A 50 50 0 1 1 100 50 A 50 50 0 1 1 0 50 Z"; }
                .bl-unknown { -fx-border-color: #94a3b8; -fx-border-style: dashed; -fx-alignment: center; -fx-text-fill: #94a3b8; }
                """;
    }
}
