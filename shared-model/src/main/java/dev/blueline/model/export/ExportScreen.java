package dev.blueline.model.export;

import dev.blueline.model.render.Rgba;

/**
 * A screen ready to be written: a page, or a component's master.
 *
 * @param slug       the file name base of its page, unique in the project ({@code login})
 * @param typeName   its component name, unique in the project ({@code LoginScreen}, {@code Header})
 * @param background null for the default paper colour
 * @param layout     its top-level elements, in a box of the screen's size at the origin
 */
public record ExportScreen(String id, String name, String slug, String typeName, double width, double height,
                           Rgba background, boolean component, Layout layout) {
}
