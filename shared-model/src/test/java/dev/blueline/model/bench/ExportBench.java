package dev.blueline.model.bench;

import dev.blueline.model.catalog.Catalog;
import dev.blueline.model.catalog.ControlType;
import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.export.CodeExporter;
import dev.blueline.model.export.CodeFormat;
import dev.blueline.model.export.ExportFile;
import dev.blueline.model.ops.Ops;
import dev.blueline.model.testing.Fixtures;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Export to code of a 1,000-element screen: median milliseconds per export for each format
 * (target: under 20 ms). Elements sit in rows of a grid, some in panels, some overlapping, so
 * the layout inference does real work. Prints one JSON line.
 */
public final class ExportBench {
    private static final int ELEMENTS = 1_000;

    public static void main(String[] args) {
        Document doc = screen();
        StringBuilder json = new StringBuilder("{\"elements\":" + ELEMENTS);
        for (CodeFormat f : CodeFormat.values()) {
            json.append(String.format(Locale.ROOT, ",\"%s_ms\":%.2f,\"%s_kb\":%d", f.wire(), medianMs(doc, f), f.wire(),
                    size(CodeExporter.screen(doc, "s", f)) / 1024));
        }
        System.out.println(json.append('}'));
    }

    private static double medianMs(Document doc, CodeFormat format) {
        for (int i = 0; i < 30; i++) CodeExporter.screen(doc, "s", format);
        double[] ms = new double[31];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            CodeExporter.screen(doc, "s", format);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }

    private static long size(List<ExportFile> files) {
        return files.stream().mapToLong(f -> f.bytes().length).sum();
    }

    /** 900 controls in a 30-column grid plus 20 panels holding 5 controls each, some overlapping. */
    static Document screen() {
        Document doc = new Document();
        Ops.apply(doc, Fixtures.screen("s", "Big screen"));
        doc.set("s", Props.W, Value.of(4000.0));
        doc.set("s", Props.H, Value.of(4000.0));
        List<ControlType> types = Catalog.all().stream().filter(c -> !c.container() && !c.id().equals(Catalog.COMPONENT)).toList();
        int n = 0;
        for (int p = 0; p < 20; p++) {
            String panel = "p" + p;
            add(doc, panel, "panel", null, 20 + (p % 10) * 390, 3000 + (p / 10) * 420, 360, 400, n++, "Panel " + p);
            for (int k = 0; k < 4; k++) add(doc, panel + "-" + k, "button", panel, 20, 60 + k * 60, 140, 40, n++, "Button " + k);
        }
        for (int i = 0; n < ELEMENTS; i++, n++) {
            ControlType t = types.get(i % types.size());
            double x = 20 + (i % 30) * 130 + (i % 7 == 0 ? 60 : 0);
            double y = 20 + (i / 30) * 90;
            add(doc, "e" + i, t.id(), null, x, y, 120, 80, n, t.defaultText());
        }
        return doc;
    }

    private static void add(Document doc, String id, String type, String parent, double x, double y, double w, double h, int order, String text) {
        Ops.apply(doc, Fixtures.element(id, type, "s", parent, x, y));
        doc.set(id, Props.ORDER, Value.of(String.format("a%05d", order)));
        doc.set(id, Props.W, Value.of(w));
        doc.set(id, Props.H, Value.of(h));
        doc.set(id, Props.TEXT, Value.of(text));
    }
}
