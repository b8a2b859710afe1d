package dev.blueline.server.store;

import dev.blueline.model.document.Document;
import dev.blueline.model.ops.Ops;
import dev.blueline.model.ops.Put;
import dev.blueline.model.ops.SequencedChange;
import dev.blueline.model.room.ChatEntry;
import dev.blueline.model.room.RoomStore;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Feeds room stores the way a room does: changes get the next seqs, and each commit passes the
 * objects they touched as they now are. The feed's own document is what every store should load.
 */
final class RoomFeed {
    final Document doc = new Document();
    final List<SequencedChange> committed = new ArrayList<>();
    private final List<SequencedChange> staged = new ArrayList<>();
    private final List<ChatEntry> chat = new ArrayList<>();
    private final String userId;
    private long seq;

    RoomFeed(String userId) {
        this.userId = userId;
    }

    /** Stages a change (already known valid) and applies it to the feed's document. */
    SequencedChange change(String clientId, long clientSeq, Put... ops) {
        SequencedChange c = new SequencedChange(++seq, clientId, clientSeq, userId, List.of(ops));
        Ops.applyAll(doc, c.ops());
        staged.add(c);
        return c;
    }

    void chat(ChatEntry message) {
        chat.add(message);
    }

    /** Commits what was staged to every store, as one batch each. */
    void commit(RoomStore... stores) throws Exception {
        Set<String> ids = new LinkedHashSet<>();
        for (SequencedChange c : staged) for (Put op : c.ops()) ids.add(op.id());
        List<Put> touched = new ArrayList<>();
        for (String id : ids) touched.add(new Put(id, doc.props(id)));
        for (RoomStore s : stores) s.commit("feed", List.copyOf(staged), touched, List.copyOf(chat));
        committed.addAll(staged);
        staged.clear();
        chat.clear();
    }

    long seq() {
        return seq;
    }
}
