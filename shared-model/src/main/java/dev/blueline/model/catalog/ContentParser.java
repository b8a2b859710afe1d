package dev.blueline.model.catalog;

import dev.blueline.model.catalog.content.Content;

/**
 * Turns a control's {@code text} (content markup) into the structure renderers and exporters use.
 * Implementations must accept any string, including "", and never return null; the markup
 * conventions are in {@code dev.blueline.model.catalog.markup}.
 */
@FunctionalInterface
public interface ContentParser {
    Content parse(String text);
}
