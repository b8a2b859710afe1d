package dev.blueline.model.export.checks;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The hand-written exports under {@code src/test/resources/export-fixtures/}, as folders on disk. */
public final class SampleExports {
    private SampleExports() {
    }

    /** The fixture folder {@code name}, e.g. {@code "html-sample"} or {@code "react-sample"}. */
    public static Path dir(String name) {
        URL url = SampleExports.class.getResource("/export-fixtures/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture export-fixtures/" + name + " on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("fixture " + name + " is not a folder on disk: " + url, e);
        }
    }
}
