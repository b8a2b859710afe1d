package dev.blueline.model.export;

/**
 * Names for values an FXML document defines once and references ({@code <Double fx:id="v1"/>},
 * then {@code "$v1"}): unique within one document, numbered in writing order so the output is
 * the same every time.
 */
final class FxmlVariables {
    private int count;

    String next() {
        return "v" + ++count;
    }
}
