package dev.blueline.model.files;

/** A {@code .blueline} file that cannot be imported, with a message a designer can act on. */
public final class ProjectFileException extends Exception {
    public ProjectFileException(String message) {
        super(message);
    }
}
