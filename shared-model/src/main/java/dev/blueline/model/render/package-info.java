/**
 * Drawing wireframes, once, for every backend.
 *
 * <p>{@link dev.blueline.model.render.Painter} is the handful of primitives a backend implements
 * (JavaFX canvas, {@link dev.blueline.model.render.SvgPainter}, PDF). Everything else is shared:
 * <ul>
 *   <li>{@link dev.blueline.model.render.RenderItem} reads one element (type, parsed content,
 *       screen bounds, {@link dev.blueline.model.render.Style}) from the document;</li>
 *   <li>{@link dev.blueline.model.render.ControlRenderer} draws one item: a drawing per catalog
 *       control, grouped by category in the {@code *Drawings} classes, laid out inside the
 *       item's bounds;</li>
 *   <li>{@link dev.blueline.model.render.ScreenRenderer} draws a screen in z-order with container
 *       clipping; {@link dev.blueline.model.render.SvgExporter} turns that into a standalone SVG;</li>
 *   <li>{@link dev.blueline.model.render.Skin#SKETCH} wraps the painter in a
 *       {@link dev.blueline.model.render.SketchPainter} seeded by the element id.</li>
 * </ul>
 *
 * <p>Adding a control: one catalog entry, then one {@code r.add("id", …)} in the matching
 * {@code *Drawings} class. {@code ControlRendererTest} fails until the drawing exists and stays
 * inside the control's bounds in both skins.
 */
package dev.blueline.model.render;
