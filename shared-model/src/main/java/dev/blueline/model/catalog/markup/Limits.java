package dev.blueline.model.catalog.markup;

import dev.blueline.model.document.Props;

/**
 * Caps on what a parsed text may expand to, so a hostile or pasted-in text cannot make a
 * renderer or exporter allocate or draw without bound. Anything past a cap is dropped silently:
 * the designer sees the first part of what they typed, never an error.
 */
public final class Limits {
    /** Characters of markup read; the document refuses longer texts anyway. */
    public static final int MAX_INPUT_CHARS = Props.MAX_TEXT_LENGTH;
    /** Tabs, menu entries, breadcrumbs, pages, steps, options, sections. */
    public static final int MAX_ITEMS = 200;
    /** Data grid rows below the header. */
    public static final int MAX_ROWS = 1_000;
    /** Data grid columns; cells past this are ignored. */
    public static final int MAX_COLUMNS = 50;
    /** Tree / list lines kept. */
    public static final int MAX_NODES = 1_000;
    /** Tree / list nesting levels; deeper lines become siblings at the deepest level. */
    public static final int MAX_DEPTH = 32;
    /** Chart points. */
    public static final int MAX_POINTS = 200;
    /** Stars in a rating; larger scales are shrunk keeping the ratio (50/100 becomes 5/10). */
    public static final int MAX_STARS = 10;
    /** Largest callout number. */
    public static final int MAX_CALLOUT = 999;

    private Limits() {
    }
}
