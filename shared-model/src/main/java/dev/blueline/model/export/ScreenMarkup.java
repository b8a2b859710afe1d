package dev.blueline.model.export;

import dev.blueline.model.export.Layout.Axis;
import dev.blueline.model.export.Layout.Free;
import dev.blueline.model.export.Layout.Placed;
import dev.blueline.model.export.Layout.Single;
import dev.blueline.model.export.Layout.Stack;
import dev.blueline.model.export.Markup.Builder;
import dev.blueline.model.render.Rgba;
import dev.blueline.model.render.Style;
import dev.blueline.model.render.TextAlign;

import java.util.Locale;
import java.util.function.Function;

import static dev.blueline.model.export.Markup.tag;

/**
 * A screen as one {@link Markup} tree: every element as semantic HTML carrying its wireframe id
 * ({@code data-id}), inside flex rows and columns (or absolute boxes where elements overlap)
 * whose sizes and margins put each element exactly where the wireframe has it.
 */
public final class ScreenMarkup {
    /** How deep component instances inside component masters are written out. */
    private static final int MAX_NESTING = 8;

    /**
     * @param href             the address of a screen, for links ({@code "login.html"}, {@code "#/login"})
     * @param inlineComponents true: an instance holds a copy of its master's elements (HTML);
     *                         false: it holds a tag named after the master's type (React)
     */
    public record Options(Function<ExportScreen, String> href, boolean inlineComponents) {
    }

    /**
     * Where elements are written: on the page itself, or inside (nested) component instances,
     * whose copies of a master need their own ids for what the page must hold once (tab panels,
     * radio groups).
     */
    private record Scope(int depth, String prefix) {
        static final Scope TOP = new Scope(0, "");

        Scope inside(String instanceId) {
            return new Scope(depth + 1, prefix + instanceId + "-");
        }
    }

    private final ExportDocument doc;
    private final Options options;

    private ScreenMarkup(ExportDocument doc, Options options) {
        this.doc = doc;
        this.options = options;
    }

    /** The page: a {@code <main>} of the screen's size carrying the screen's id. */
    public static Markup.Tag screen(ExportDocument doc, ExportScreen screen, Options options) {
        Builder root = tag("main").cls("bl-screen").attr("data-id", screen.id()).attr("aria-label", screen.name());
        return new ScreenMarkup(doc, options).fill(root, screen, Scope.TOP).build();
    }

    /** A component master's elements, in a box of the master's size. */
    public static Markup.Tag master(ExportDocument doc, ExportScreen master, Options options) {
        Builder root = tag("div").cls("bl-master").attr("data-component", master.typeName());
        return new ScreenMarkup(doc, options).fill(root, master, Scope.TOP).build();
    }

    private Builder fill(Builder box, ExportScreen screen, Scope scope) {
        box.style("width", px(screen.width())).style("height", px(screen.height()));
        if (screen.background() != null) box.style("background-color", css(screen.background()));
        return arrange(box, screen.layout(), scope);
    }

    /** Makes {@code box} the container of {@code layout}'s parts. */
    private Builder arrange(Builder box, Layout layout, Scope scope) {
        switch (layout) {
            case Stack s -> {
                box.cls(s.axis() == Axis.COLUMN ? "bl-column" : "bl-row");
                for (Placed p : s.parts()) {
                    double top = s.axis() == Axis.COLUMN ? p.before() : p.across();
                    double left = s.axis() == Axis.COLUMN ? p.across() : p.before();
                    Builder part = part(p.part(), scope);
                    if (top != 0) part.style("margin-top", px(top));
                    if (left != 0) part.style("margin-left", px(left));
                    box.add(part);
                }
            }
            case Free f -> {
                box.cls("bl-free");
                for (Layout p : f.parts()) {
                    box.add(part(p, scope).cls("bl-at").style("left", px(f.left(p))).style("top", px(f.top(p))));
                }
            }
            case Single s -> box.add(element(s.element(), scope));
        }
        return box;
    }

    private Builder part(Layout part, Scope scope) {
        if (part instanceof Single s) return element(s.element(), scope);
        Builder wrapper = tag("div").style("width", px(part.box().w())).style("height", px(part.box().h()));
        return arrange(wrapper, part, scope);
    }

    private Builder element(ExportElement e, Scope scope) {
        String href = e.link().flatMap(doc::linkTarget).map(options.href()).orElse(null);
        boolean wrapLink = href != null && HtmlControls.wrapsLink(e);
        Builder control = HtmlControls.markup(e, wrapLink ? null : href, scope.prefix()).cls("bl-" + e.typeId());
        Builder outer = wrapLink ? tag("a").attr("href", href).cls("bl-link-box") : control;
        outer.cls("bl-el").attr("data-id", e.id()).style("width", px(e.bounds().w())).style("height", px(e.bounds().h()));
        style(control, e.style());
        if (wrapLink) outer.add(control.cls("bl-fill").build());
        if (e.type().container() && !e.children().isEmpty()) outer.add(arrange(tag("div").cls("bl-body"), e.children(), scope));
        e.master().ifPresent(m -> outer.add(instance(e, doc.screen(m), scope)));
        return outer;
    }

    /** A component instance's content, scaled when the instance is not the master's size. */
    private Markup instance(ExportElement e, ExportScreen master, Scope scope) {
        double sx = e.bounds().w() / master.width(), sy = e.bounds().h() / master.height();
        Builder body = tag("div").cls("bl-body");
        if (Math.abs(sx - 1) > 1e-9 || Math.abs(sy - 1) > 1e-9) {
            body.cls("bl-scaled").style("transform", "scale(" + HtmlControls.number(round(sx)) + ", " + HtmlControls.number(round(sy)) + ")");
        }
        if (!options.inlineComponents()) return body.add(tag(master.typeName())).build();
        if (scope.depth() >= MAX_NESTING) return body.build();
        return fill(body.cls("bl-master"), master, scope.inside(e.id())).build();
    }

    private static void style(Builder b, Style s) {
        if (s.fill() != null) b.style("background-color", css(s.fill()));
        if (s.stroke() != null) b.style("border-color", css(s.stroke())).style("outline-color", css(s.stroke()));
        if (s.textColor() != null) b.style("color", css(s.textColor()));
        if (s.fontSize() > 0) b.style("font-size", px(s.fontSize()));
        if (s.bold()) b.style("font-weight", "700");
        if (s.italic()) b.style("font-style", "italic");
        if (s.underline()) b.style("text-decoration", "underline");
        if (s.align() != null) b.style("text-align", s.align() == TextAlign.CENTER ? "center" : s.align() == TextAlign.RIGHT ? "right" : "left");
        if (s.opacity() < 1) b.style("opacity", HtmlControls.number(round(s.opacity())));
        switch (s.state()) {
            case SELECTED -> b.cls("bl-selected");
            case FOCUSED -> b.cls("bl-focused");
            case ERROR -> b.cls("bl-error");
            case DISABLED -> b.cls("bl-disabled");
            case NORMAL -> {
            }
        }
    }

    static String px(double v) {
        return v == 0 ? "0" : HtmlControls.number(round(v)) + "px";
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    static String css(Rgba c) {
        if (c.a() >= 255) return String.format(Locale.ROOT, "#%02x%02x%02x", c.r(), c.g(), c.b());
        return String.format(Locale.ROOT, "rgba(%d, %d, %d, %s)", c.r(), c.g(), c.b(), HtmlControls.number(round(c.a() / 255.0)));
    }
}
