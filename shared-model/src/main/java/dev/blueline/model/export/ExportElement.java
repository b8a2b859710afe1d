package dev.blueline.model.export;

import dev.blueline.model.catalog.ControlType;
import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.render.Style;

import java.util.Optional;

/**
 * One element of a screen, read once from the document and ready to be written as code.
 *
 * @param bounds   relative to the box its layout places it in (see {@link Layout})
 * @param name     the layer name a designer gave it, or empty
 * @param link     the screen a click leads to, when it links to a live screen
 * @param master   for a component instance: the master screen it shows, when that is live
 * @param children its own children laid out inside it (an empty layout for leaf controls)
 * @param caption  for a field: the text of the label the designer put just above or left of it
 *                 (its accessible name in code), or empty
 */
public record ExportElement(String id, ControlType type, Content content, Style style, Rect bounds,
                            String name, Optional<String> link, Optional<String> master, Layout children,
                            String caption) {

    public String typeId() {
        return type.id();
    }
}
