package dev.blueline.model.export;

import dev.blueline.model.catalog.content.Content;
import dev.blueline.model.geometry.Rect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds each field's label the way a reader of the wireframe does: a label just above the field
 * (overlapping it horizontally) or just left of it (overlapping it vertically). Its text becomes
 * the field's accessible name in code.
 */
final class Captions {
    private static final Set<String> FIELDS = Set.of("text-input", "password", "text-area", "search", "dropdown",
            "slider", "date-picker", "number-stepper", "file-upload");
    /** How far a label may sit from its field. */
    private static final double GAP = 24;

    private Captions() {
    }

    static List<ExportElement> attach(List<ExportElement> siblings) {
        List<ExportElement> out = new ArrayList<>(siblings.size());
        for (ExportElement e : siblings) {
            String caption = FIELDS.contains(e.typeId()) ? find(e.bounds(), siblings) : "";
            out.add(caption.isEmpty() ? e : new ExportElement(e.id(), e.type(), e.content(), e.style(), e.bounds(), e.name(),
                    e.link(), e.master(), e.children(), caption));
        }
        return out;
    }

    private static String find(Rect field, List<ExportElement> siblings) {
        ExportElement best = null;
        double bestGap = GAP;
        for (ExportElement s : siblings) {
            if (!s.typeId().equals("label") || !(s.content() instanceof Content.Plain p) || p.text().isBlank()) continue;
            Rect l = s.bounds();
            double above = field.y() - l.bottom(), left = field.x() - l.right();
            boolean overAbove = above >= 0 && above <= bestGap && l.x() < field.right() && l.right() > field.x();
            boolean beside = left >= 0 && left <= bestGap && l.y() < field.bottom() && l.bottom() > field.y();
            if (overAbove || beside) {
                best = s;
                bestGap = overAbove ? above : left;
            }
        }
        return best == null ? "" : ((Content.Plain) best.content()).text();
    }
}
