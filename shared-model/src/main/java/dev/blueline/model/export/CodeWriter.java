package dev.blueline.model.export;

import java.util.List;

/** Writes screens in one code format. */
interface CodeWriter {
    /**
     * The files for {@code screens} (plus whatever they share: stylesheet, components, an index
     * or app shell). Links to screens that are not among them still point at their file names.
     */
    List<ExportFile> write(ExportDocument doc, List<ExportScreen> screens);
}
