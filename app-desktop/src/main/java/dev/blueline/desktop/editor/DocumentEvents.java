package dev.blueline.desktop.editor;

import java.util.Set;

/** Told when the document the editor shows changed. Called on the FX thread. */
public interface DocumentEvents {
    /** These objects may have changed; {@code null} means anything may have. */
    void documentChanged(Set<String> ids);
}
