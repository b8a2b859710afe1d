package dev.blueline.server.ai;

/**
 * One control of a draft, already checked and repaired: a catalog type, bounds inside the screen
 * (relative to {@code parent} when it has one), the control's markup text.
 *
 * @param key    unique within the draft, so children can name their container
 * @param parent the key of a container element listed earlier in the draft, or null
 */
public record DraftElement(String key, String type, double x, double y, double w, double h, String text, String parent) {
}
