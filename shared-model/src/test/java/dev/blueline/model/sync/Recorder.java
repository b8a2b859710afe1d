package dev.blueline.model.sync;

import java.util.ArrayList;
import java.util.List;

/** Remembers what a sync client told the editor. */
final class Recorder implements SyncListener {
    record Refusal(long clientSeq, String code, String message) {
    }

    final List<Refusal> refusals = new ArrayList<>();
    final List<String> resyncs = new ArrayList<>();

    @Override
    public void rejected(PendingChange change, String code, String message) {
        refusals.add(new Refusal(change.clientSeq(), code, message));
    }

    @Override
    public void resyncNeeded(String why) {
        resyncs.add(why);
    }
}
