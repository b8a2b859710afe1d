package dev.blueline.model.render;

import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.render.Style.State;

import java.util.List;

/**
 * What a {@link Drawing} works with: the painter, the item, and the item's colours and fonts
 * already resolved from defaults, style overrides and state. Rules, in one place:
 * <ul>
 *   <li>An override (fill, stroke, text colour) replaces the control's default.</li>
 *   <li>{@code error} outlines in red, {@code focused} and {@code selected} in the accent, even
 *       over a stroke override: they are states the designer asked to show.</li>
 *   <li>{@code disabled} turns defaults grey and overrides half transparent.</li>
 * </ul>
 */
final class DrawContext {
    final Painter p;
    final RenderItem item;
    final Skin skin;
    /** The item's bounds. */
    final Rect b;
    final Style style;
    final Text text;

    DrawContext(Painter p, RenderItem item, Skin skin) {
        this.p = p;
        this.item = item;
        this.skin = skin;
        this.b = item.bounds();
        this.style = item.style();
        this.text = new Text(p);
    }

    // ---- state ----

    boolean is(State s) {
        return style.state() == s;
    }

    boolean disabled() {
        return is(State.DISABLED);
    }

    // ---- colours ----

    /** The outline colour. */
    Rgba ink() {
        if (is(State.ERROR)) return Palette.ERROR;
        if (is(State.FOCUSED) || is(State.SELECTED)) return Palette.ACCENT;
        return override(style.stroke(), Palette.INK);
    }

    /** Glyphs and small marks inside a control (chevrons, icons): the outline colour without state tints. */
    Rgba glyph() {
        return override(style.stroke(), Palette.INK);
    }

    /** The main fill; {@code dflt} may be null for "no fill by default". */
    Rgba fill(Rgba dflt) {
        if (style.fill() != null) return dim(style.fill());
        if (dflt == null) return null;
        return disabled() && dflt.a() > 0 ? Palette.DISABLED_FILL : dflt;
    }

    Rgba textColor() {
        return override(style.textColor(), Palette.TEXT);
    }

    /** Placeholder and secondary text (in the designer's text colour when one is set). */
    Rgba muted() {
        return style.textColor() != null ? dim(style.textColor()) : Palette.MUTED;
    }

    Rgba accent() {
        return disabled() ? Palette.DISABLED_INK : Palette.ACCENT;
    }

    /** What a control fills when it is "on" (checked box, filled track): the fill override, else the accent. */
    Rgba accentFill() {
        return style.fill() != null ? dim(style.fill()) : accent();
    }

    /** Separator and grid-line grey (never overridden: it is structure, not style). */
    Rgba line() {
        return Palette.LINE;
    }

    private Rgba override(Rgba override, Rgba dflt) {
        if (override != null) return dim(override);
        if (!disabled()) return dflt;
        return dflt == Palette.TEXT ? Palette.DISABLED_TEXT : Palette.DISABLED_INK;
    }

    private Rgba dim(Rgba c) {
        return disabled() ? c.withAlpha(c.a() / 2) : c;
    }

    // ---- strokes and fonts ----

    Stroke pen() {
        return Stroke.solid(ink(), is(State.NORMAL) || disabled() ? 1 : 1.5);
    }

    static Stroke pen(Rgba c, double w) {
        return Stroke.solid(c, w);
    }

    /** The element's font: its size or {@code dflt}, its emphasis, handwritten in the sketch skin. */
    Font font(double dflt) {
        double size = style.fontSize() > 0 ? style.fontSize() : dflt;
        return new Font(size, style.bold(), style.italic(), style.underline(), skin == Skin.SKETCH);
    }

    TextAlign align(TextAlign dflt) {
        return style.align() != null ? style.align() : dflt;
    }

    // ---- geometry ----

    /** The bounds inset by {@code d} on each side (never negative). */
    Rect inset(double d) {
        return inset(b, d);
    }

    static Rect inset(Rect r, double d) {
        double dx = Math.min(d, r.w() / 2), dy = Math.min(d, r.h() / 2);
        return new Rect(r.x() + dx, r.y() + dy, r.w() - 2 * dx, r.h() - 2 * dy);
    }

    /** The outline rectangle: half a stroke inside the bounds so the stroke stays inside. */
    Rect frame() {
        return inset(pen().width() / 2);
    }

    // ---- content, tolerant of a parser that fell back to Empty ----

    Content.Plain plain() {
        return item.content() instanceof Content.Plain pl ? pl : new Content.Plain("");
    }

    String plainText() {
        return plain().text();
    }

    List<Content.Items.Item> items() {
        return item.content() instanceof Content.Items it ? it.items() : List.of();
    }

    Content.Amount amount() {
        return item.content() instanceof Content.Amount a ? a : new Content.Amount(0, 0, 100, "");
    }

    Content.Check check() {
        return item.content() instanceof Content.Check ch ? ch : new Content.Check(Content.CheckState.UNCHECKED, plainText());
    }

    Content.Series series() {
        return item.content() instanceof Content.Series s ? s : new Content.Series(List.of());
    }

    Content.Outline outline() {
        return item.content() instanceof Content.Outline o ? o : new Content.Outline(List.of(), false);
    }

    // ---- shorthand ----

    void rect(Rect r, double radius, Rgba fill, Stroke s) {
        if (r.w() > 0 && r.h() > 0) p.rect(r, radius, fill, s);
    }

    /** One line of text centred vertically in {@code box}, ellipsised to its width. */
    void label(String s, Rect box, Font f, Rgba color, TextAlign a, double pad) {
        text.line(s, box, f, color, a, pad);
    }
}
