package dev.blueline.model.sync;

import dev.blueline.model.document.Document;
import dev.blueline.model.document.Props;
import dev.blueline.model.document.Value;
import dev.blueline.model.ops.Put;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-user undo and redo. A step remembers, for exactly the properties one local change touched,
 * the value before and the value after. Undoing writes the "before" values back as a new change,
 * but only for properties that still hold the "after" value: if someone else changed a property
 * since, their work stays. Remote changes never become steps.
 */
final class UndoHistory {

    /** One undoable step: what the change at {@code clientSeq} turned {@code before} into {@code after}. */
    record Step(long clientSeq, Map<PropKey, Value> before, Map<PropKey, Value> after) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final int capacity;

    UndoHistory(int capacity) {
        this.capacity = capacity;
    }

    /** The values {@code ops} will overwrite in {@code doc}, read before applying them. A new object's "before" is deleted. */
    static Map<PropKey, Value> before(Document doc, List<Put> ops) {
        Map<PropKey, Value> before = new LinkedHashMap<>();
        Map<String, Boolean> created = new LinkedHashMap<>();
        for (Put op : ops) {
            if (created.computeIfAbsent(op.id(), id -> !doc.exists(id))) {
                before.putIfAbsent(new PropKey(op.id(), Props.DELETED), Value.of(true));
                continue;
            }
            for (String prop : op.set().keySet()) {
                if (!prop.equals(Props.KIND)) before.putIfAbsent(new PropKey(op.id(), prop), doc.get(op.id(), prop));
            }
        }
        return before;
    }

    /** The values the same properties hold in {@code doc} now, read after applying. */
    static Map<PropKey, Value> after(Document doc, Map<PropKey, Value> before) {
        Map<PropKey, Value> after = new LinkedHashMap<>();
        for (PropKey k : before.keySet()) after.put(k, doc.get(k.id(), k.prop()));
        return after;
    }

    void record(Step step, boolean mergeWithPrevious) {
        redo.clear();
        Step top = undo.peek();
        if (mergeWithPrevious && top != null) {
            undo.pop();
            Map<PropKey, Value> before = new LinkedHashMap<>(top.before());
            step.before().forEach(before::putIfAbsent);
            Map<PropKey, Value> after = new LinkedHashMap<>(top.after());
            after.putAll(step.after());
            step = new Step(step.clientSeq(), before, after);
        }
        undo.push(step);
        while (undo.size() > capacity) undo.removeLast();
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The ops that undo the newest step still worth undoing (older steps are tried when one has nothing left), or an empty list. */
    List<Put> nextUndo(Document visible) {
        return next(undo, visible);
    }

    List<Put> nextRedo(Document visible) {
        return next(redo, visible);
    }

    /** The last step taken from the undo stack became change {@code clientSeq}; it can now be redone. */
    void undone(long clientSeq, Map<PropKey, Value> before, Map<PropKey, Value> after) {
        redo.push(new Step(clientSeq, before, after));
    }

    void redone(long clientSeq, Map<PropKey, Value> before, Map<PropKey, Value> after) {
        undo.push(new Step(clientSeq, before, after));
    }

    /** A change of ours was refused: nothing of it happened, so there is nothing to undo or redo. */
    void forget(long clientSeq) {
        undo.removeIf(s -> s.clientSeq() == clientSeq);
        redo.removeIf(s -> s.clientSeq() == clientSeq);
    }

    private static List<Put> next(Deque<Step> stack, Document visible) {
        while (!stack.isEmpty()) {
            Step step = stack.pop();
            Map<String, Map<String, Value>> byObject = new LinkedHashMap<>();
            step.before().forEach((k, v) -> {
                if (visible.get(k.id(), k.prop()).equals(step.after().get(k))) {
                    byObject.computeIfAbsent(k.id(), id -> new LinkedHashMap<>()).put(k.prop(), v);
                }
            });
            if (byObject.isEmpty()) continue; // everything it did was changed since by someone else
            List<Put> ops = new ArrayList<>(byObject.size());
            byObject.forEach((id, set) -> ops.add(new Put(id, set)));
            return ops;
        }
        return List.of();
    }
}
