package dev.blueline.server.export;

/**
 * One exported screen, ready to send.
 *
 * @param name a safe file name to save it under ({@code sign-in.png}, {@code sign-in-html.zip})
 */
public record ExportedFile(String name, String contentType, byte[] bytes) {
}
