package dev.blueline.model.room;

import dev.blueline.model.document.Document;
import dev.blueline.model.ops.Ops;
import dev.blueline.model.ops.Put;
import dev.blueline.model.ops.SequencedChange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A store that lives as long as the object does: a room built on it again after a "restart" finds
 * everything committed before. For tests, simulations and benchmarks.
 */
public final class InMemoryRoomStore implements RoomStore {
    private final Document objects = new Document();
    private final List<SequencedChange> log = new ArrayList<>();
    private final List<String> epochs = new ArrayList<>();
    private final List<ChatEntry> chat = new ArrayList<>();
    private final Map<String, Map<Long, Long>> seqByClient = new HashMap<>();
    private long seq;
    private volatile boolean failing;

    @Override
    public synchronized Loaded load() {
        return new Loaded(objects.copy(), seq);
    }

    @Override
    public synchronized List<SequencedChange> changes(long from, long to) {
        int a = (int) Math.max(0, from - 1), b = (int) Math.min(log.size(), to);
        return a >= b ? List.of() : List.copyOf(log.subList(a, b));
    }

    @Override
    public synchronized void commit(String epoch, List<SequencedChange> changes, List<Put> touched, List<ChatEntry> messages) throws Exception {
        if (failing) throw new java.io.IOException("store is failing (test switch)");
        for (SequencedChange c : changes) {
            if (c.seq() != seq + 1) throw new IllegalStateException("seq gap: have " + seq + ", got " + c.seq());
            Ops.applyAll(objects, c.ops());
            log.add(c);
            epochs.add(epoch);
            seqByClient.computeIfAbsent(c.clientId(), k -> new HashMap<>()).put(c.clientSeq(), c.seq());
            seq = c.seq();
        }
        // the room's view of what it touched must be what replaying the log gives
        for (Put p : touched) {
            if (!objects.props(p.id()).equals(p.set())) throw new IllegalStateException("room and log disagree about " + p.id());
        }
        chat.addAll(messages);
    }

    @Override
    public synchronized String epochOf(long seq) {
        return seq >= 1 && seq <= epochs.size() ? epochs.get((int) seq - 1) : null;
    }

    @Override
    public synchronized OptionalLong seqOf(String clientId, long clientSeq) {
        Long s = seqByClient.getOrDefault(clientId, Map.of()).get(clientSeq);
        return s == null ? OptionalLong.empty() : OptionalLong.of(s);
    }

    @Override
    public synchronized long lastClientSeq(String clientId) {
        return seqByClient.getOrDefault(clientId, Map.of()).keySet().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** Every committed change, oldest first. */
    public synchronized List<SequencedChange> log() {
        return List.copyOf(log);
    }

    public synchronized List<ChatEntry> chat() {
        return List.copyOf(chat);
    }

    public synchronized Document objects() {
        return objects.copy();
    }

    public synchronized long seq() {
        return seq;
    }

    /** Makes every following commit fail, as a full disk would. */
    public void failCommits(boolean fail) {
        this.failing = fail;
    }
}
