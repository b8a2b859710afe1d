package dev.blueline.model.room;

import dev.blueline.model.document.Document;
import dev.blueline.model.ops.Put;
import dev.blueline.model.ops.SequencedChange;

import java.util.List;
import java.util.OptionalLong;

/**
 * Where a room keeps its project durable. The host implements it with H2; tests use
 * {@link InMemoryRoomStore}. Called only from the room's own thread.
 */
public interface RoomStore {

    /** The document as last committed and its seq. */
    record Loaded(Document document, long seq) {
    }

    Loaded load();

    /**
     * The stored changes with seqs {@code from} to {@code to} (both included), oldest first, for a
     * catch-up that reaches back before what the room keeps in memory. Fewer when some are not stored.
     */
    List<SequencedChange> changes(long from, long to);

    /**
     * Makes a batch durable in one transaction: the changes are appended to the change log, the
     * objects they touched are stored as they now are, and the chat messages saved. When this
     * returns the batch survives a crash; when it throws, none of it was stored.
     *
     * @param epoch   the epoch of the room that sequenced the changes, kept with each of them
     * @param touched every object the changes wrote, with all its properties after the batch
     */
    void commit(String epoch, List<SequencedChange> changes, List<Put> touched, List<ChatEntry> chat) throws Exception;

    /**
     * The epoch of the room that sequenced the stored change at {@code seq}, or null when there is none
     * (or it was stored before epochs were kept). A client of that epoch that saw up to this seq saw
     * only saved history, so it may catch up.
     */
    String epochOf(long seq);

    /** The seq a change from this client was accepted at, if it was. */
    OptionalLong seqOf(String clientId, long clientSeq);

    /** The highest client seq accepted from this client (0: none). */
    long lastClientSeq(String clientId);
}
