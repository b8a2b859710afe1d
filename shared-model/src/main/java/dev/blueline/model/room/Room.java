package dev.blueline.model.room;

import dev.blueline.model.document.Document;
import dev.blueline.model.document.Ids;
import dev.blueline.model.ops.ChangeValidator;
import dev.blueline.model.ops.Ops;
import dev.blueline.model.ops.Put;
import dev.blueline.model.ops.RejectCode;
import dev.blueline.model.ops.Rejection;
import dev.blueline.model.ops.SequencedChange;
import dev.blueline.model.protocol.ClientMessage;
import dev.blueline.model.protocol.ClientMessage.ChangeRequest;
import dev.blueline.model.protocol.ClientMessage.ChatSend;
import dev.blueline.model.protocol.ClientMessage.Hello;
import dev.blueline.model.protocol.ClientMessage.Ping;
import dev.blueline.model.protocol.ClientMessage.PresenceUpdate;
import dev.blueline.model.protocol.Codec;
import dev.blueline.model.protocol.ErrorCode;
import dev.blueline.model.protocol.HostMessage;
import dev.blueline.model.protocol.HostMessage.Ack;
import dev.blueline.model.protocol.HostMessage.ChatMessage;
import dev.blueline.model.protocol.HostMessage.PeerPresence;
import dev.blueline.model.protocol.HostMessage.Reject;
import dev.blueline.model.protocol.HostMessage.RemoteChange;
import dev.blueline.model.protocol.HostMessage.Welcome;
import dev.blueline.model.protocol.Protocol;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One open project on the host: the sequencer every change of the project passes through.
 *
 * <p>A room validates each change against the current document, gives it the next seq, applies
 * it, and sends it at once to everyone in the room, its sender included (so the sender learns its
 * seq). What must be durable first waits: the ack of a change and a chat message leave only after
 * the batch holding them is saved. Saving is a separate step ({@link #takeBatch()}, then
 * {@link #write} on any thread, then {@link #saved}), so the host can save batch N while it
 * sequences and delivers batch N+1; {@link #flush()} does all of it at once for simple drivers.
 *
 * <p>Every loaded room has a new {@link #epoch()}. Clients saw changes that may not have been saved
 * yet; if the room breaks or the host dies, those seqs may be given to other changes. So a client
 * coming back from another epoch catches up only when the store shows that its epoch saved the
 * last change it saw; otherwise it gets a snapshot (ADR 0009).
 *
 * <p>Not thread-safe: one thread drives a room (the host runs one loop per room; the
 * simulation test calls it directly). Transport-free: it only knows {@link RoomSocket}.
 */
public final class Room {

    private final String projectId;
    private final RoomStore store;
    private final Codec codec;
    private final RoomSettings settings;
    private final ChangeValidator validator;
    private final LongSupplier nanoClock;
    private final Supplier<Instant> wallClock;

    private final Document document;
    private final String epoch = UUID.randomUUID().toString();
    private long seq;
    /** The seq of the last change known to be saved. */
    private long savedSeq;

    private final ArrayDeque<SequencedChange> recent = new ArrayDeque<>();
    /** Recent outcomes of the clients seen lately; a client forgotten here is answered from the store. */
    private final Map<String, ClientOutcomes> outcomes = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ClientOutcomes> eldest) {
            return size() > MAX_REMEMBERED_CLIENTS;
        }
    };
    private static final int MAX_REMEMBERED_CLIENTS = 10_000;
    // insertion-ordered so that broadcasts go out in the same order on every run (sockets compare by identity)
    private final Map<RoomSocket, Peer> peers = new LinkedHashMap<>();
    private final Map<String, Peer> peersByClient = new HashMap<>();

    private final List<SequencedChange> stagedChanges = new ArrayList<>();
    private final List<ChatEntry> stagedChat = new ArrayList<>();
    /** When the first change or chat of the open batch was staged (nano clock); meaningful only while some are staged. */
    private long stagedSince;
    private final List<Outgoing> outbox = new ArrayList<>();
    /** Frames waiting for a batch to be saved: acks and chat. */
    private final List<Held> held = new ArrayList<>();
    /** Number of the batch being staged now; a batch taken for saving keeps its number. */
    private long openBatch = 1;
    /** The batch being saved, or null. */
    private Batch saving;
    /** When the next presence round may go out (nano clock). */
    private long nextPresenceRound = Long.MIN_VALUE / 2;
    private boolean broken;

    private record Outgoing(RoomSocket to, String frame) {
    }

    private record Held(RoomSocket to, String frame, long batch) {
    }

    /**
     * Work that must be saved in one transaction: the changes (contiguous seqs), every object they
     * wrote as it was when the batch was taken, and chat.
     */
    public record Batch(long number, String epoch, List<SequencedChange> changes, List<Put> touched, List<ChatEntry> chat) {
        public Batch {
            changes = List.copyOf(changes);
            touched = List.copyOf(touched);
            chat = List.copyOf(chat);
        }

        /** The last seq in the batch, or -1 when it holds only chat. */
        public long lastSeq() {
            return changes.isEmpty() ? -1 : changes.getLast().seq();
        }
    }

    private static final class Peer {
        final RoomSocket socket;
        final Member member;
        final String clientId;
        PeerPresence presence;
        boolean presenceDirty;

        Peer(RoomSocket socket, Member member, String clientId) {
            this.socket = socket;
            this.member = member;
            this.clientId = clientId;
            this.presence = new PeerPresence(clientId, member.userId(), member.name(), member.color(), null, null, List.of(), null, null);
        }
    }

    public Room(String projectId, RoomStore store, Codec codec, RoomSettings settings, LongSupplier nanoClock, Supplier<Instant> wallClock) {
        this.projectId = projectId;
        this.store = store;
        this.codec = codec;
        this.settings = settings;
        this.validator = new ChangeValidator(settings.limits());
        this.nanoClock = nanoClock;
        this.wallClock = wallClock;
        RoomStore.Loaded loaded = store.load();
        this.document = loaded.document();
        this.seq = loaded.seq();
        this.savedSeq = loaded.seq();
    }

    public Room(String projectId, RoomStore store, Codec codec) {
        this(projectId, store, codec, RoomSettings.DEFAULT, System::nanoTime, Instant::now);
    }

    public String projectId() {
        return projectId;
    }

    /** The seq of the last accepted change (it may still be waiting for {@link #flush()}). */
    public long seq() {
        return seq;
    }

    /** Different for every loaded room: a client that knew another epoch may have seen changes that were never saved. */
    public String epoch() {
        return epoch;
    }

    /** The current document. Read it only from the room's thread. */
    public Document document() {
        return document;
    }

    public int peerCount() {
        return peers.size();
    }

    /** True after a commit failed: the room closed every connection and must be loaded again from the store. */
    public boolean isBroken() {
        return broken;
    }

    // ---------------------------------------------------------------- connections

    /** A connection the host authenticated as {@code member} said hello. */
    public void join(RoomSocket socket, Member member, Hello hello) {
        if (broken) {
            socket.close(CloseCodes.TRY_AGAIN_LATER, "the project is reloading, try again");
            return;
        }
        if (hello.protocol() != Protocol.VERSION) {
            stage(socket, new HostMessage.ErrorMessage(ErrorCode.PROTOCOL_VERSION.wireName(),
                    "this host speaks protocol " + Protocol.VERSION + ", the client " + hello.protocol()));
            closeAfterFlush.add(new Closing(socket, CloseCodes.PROTOCOL_VERSION, "protocol version"));
            return;
        }
        if (!Ids.isValid(hello.clientId())) {
            stage(socket, new HostMessage.ErrorMessage(ErrorCode.BAD_MESSAGE.wireName(), "clientId is not a valid id"));
            closeAfterFlush.add(new Closing(socket, CloseCodes.POLICY_VIOLATION, "bad client id"));
            return;
        }
        if (peers.containsKey(socket)) {
            stage(socket, error(ErrorCode.BAD_MESSAGE, "already joined"));
            return;
        }
        Peer older = peersByClient.get(hello.clientId());
        if (older != null) {
            // the same client came back before its old connection was noticed as dead
            peers.remove(older.socket);
            older.socket.close(CloseCodes.REPLACED, "replaced by a newer connection of the same client");
        }
        Peer peer = new Peer(socket, member, hello.clientId());
        List<PeerPresence> others = new ArrayList<>(peers.size());
        for (Peer p : peers.values()) others.add(p.presence);
        peers.put(socket, peer);
        peersByClient.put(peer.clientId, peer);

        HostMessage.You you = new HostMessage.You(member.userId(), member.name(), member.color(), member.role().wireName());
        List<RemoteChange> missed = sawOnlySavedHistory(hello) ? changesAfter(hello.lastSeq()) : null;
        Welcome welcome = missed == null
                ? new Welcome(Protocol.VERSION, seq, epoch, you, Ops.snapshot(document), null, others)
                : new Welcome(Protocol.VERSION, seq, epoch, you, null, missed, others);
        stage(socket, welcome);
        broadcast(peer, peer.presence);
    }

    /**
     * A client of another epoch may have seen changes that were never saved, under seqs this room
     * gives to other changes. It saw only saved history if the stored change at its last seq was
     * sequenced by its own epoch: that epoch saved everything up to there, in order.
     */
    private boolean sawOnlySavedHistory(Hello hello) {
        if (hello.epoch() == null || hello.lastSeq() <= 0) return false;
        if (hello.epoch().equals(epoch)) return true;
        return hello.lastSeq() <= savedSeq && hello.epoch().equals(store.epochOf(hello.lastSeq()));
    }

    /** The connection closed (or was closed). */
    public void leave(RoomSocket socket) {
        Peer peer = peers.remove(socket);
        if (peer == null) return;
        if (peersByClient.get(peer.clientId) == peer) {
            peersByClient.remove(peer.clientId);
            broadcast(peer, new HostMessage.Leave(peer.clientId));
        }
    }

    /** Closes the connections of one user (removed from the project, or their role changed and must be read again). */
    public void disconnectUser(String userId, int code, String reason) {
        for (Peer p : List.copyOf(peers.values())) {
            if (!p.member.userId().equals(userId)) continue;
            p.socket.close(code, reason);
            leave(p.socket);
        }
    }

    /** A decoded frame from a joined connection. */
    public void receive(RoomSocket socket, ClientMessage message) {
        Peer peer = peers.get(socket);
        if (peer == null) {
            stage(socket, error(ErrorCode.NOT_JOINED, "say hello first"));
            return;
        }
        switch (message) {
            case ChangeRequest c -> change(peer, c);
            case PresenceUpdate p -> presence(peer, p);
            case ChatSend c -> chat(peer, c);
            case Ping ignored -> stage(socket, new HostMessage.Pong());
            case Hello ignored -> stage(socket, error(ErrorCode.BAD_MESSAGE, "already joined"));
        }
    }

    // ---------------------------------------------------------------- changes

    private void change(Peer peer, ChangeRequest request) {
        change(peer.member, peer.clientId, request.clientSeq(), request.ops(), peer.socket, peer);
    }

    /**
     * A change that does not come over a connection (the REST API): it is validated, sequenced and
     * broadcast like any other, and its ack or reject frame goes to {@code replyTo} after the commit.
     */
    public void submit(Member member, String clientId, long clientSeq, List<Put> ops, RoomSocket replyTo) {
        if (broken) {
            replyTo.close(CloseCodes.TRY_AGAIN_LATER, "the project is reloading, try again");
            return;
        }
        change(member, clientId, clientSeq, ops, replyTo, null);
    }

    private void change(Member member, String clientId, long clientSeq, List<Put> ops, RoomSocket replyTo, Peer from) {
        if (!member.role().canEdit()) {
            stage(replyTo, new Reject(clientSeq, RejectCode.FORBIDDEN.wireName(), "viewers cannot change the project"));
            return;
        }
        ClientOutcomes known = outcomesOf(clientId);
        ClientOutcomes.Outcome before = known.find(clientSeq);
        if (before == null && known.mayBeStored(clientSeq)) {
            OptionalLong stored = store.seqOf(clientId, clientSeq);
            if (stored.isPresent()) before = new ClientOutcomes.Outcome(stored.getAsLong(), null);
        }
        if (before != null) {
            if (before.rejection() != null) {
                stage(replyTo, new Reject(clientSeq, before.rejection().code().wireName(), before.rejection().message()));
            } else if (before.seq() <= savedSeq) {
                stage(replyTo, new Ack(clientSeq, before.seq()));
            } else {
                // accepted, not saved yet: it is in the batch being saved or in the open one
                long batch = saving != null && before.seq() <= saving.lastSeq() ? saving.number() : openBatch;
                held.add(new Held(replyTo, codec.encode(new Ack(clientSeq, before.seq())), batch));
            }
            return;
        }
        Rejection rejection = validator.apply(document, ops);
        if (rejection != null) {
            known.rejected(clientSeq, rejection);
            stage(replyTo, new Reject(clientSeq, rejection.code().wireName(), rejection.message()));
            return;
        }
        SequencedChange accepted = new SequencedChange(++seq, clientId, clientSeq, member.userId(), ops);
        known.accepted(clientSeq, accepted.seq());
        noteStaged();
        stagedChanges.add(accepted);
        remember(accepted);
        // everyone sees it now, the sender too (that is how it learns the seq); the ack says "saved"
        broadcast(null, toMessage(accepted));
        holdUntilSaved(replyTo, new Ack(clientSeq, accepted.seq()));
    }

    private void noteStaged() {
        if (stagedChanges.isEmpty() && stagedChat.isEmpty()) stagedSince = nanoClock.getAsLong();
    }

    private void holdUntilSaved(RoomSocket to, HostMessage m) {
        held.add(new Held(to, codec.encode(m), openBatch));
    }

    private ClientOutcomes outcomesOf(String clientId) {
        return outcomes.computeIfAbsent(clientId, id -> new ClientOutcomes(store.lastClientSeq(id), settings.outcomesPerClient()));
    }

    private void remember(SequencedChange c) {
        recent.addLast(c);
        while (recent.size() > settings.recentChanges()) recent.removeFirst();
    }

    /**
     * The changes after {@code lastSeq}, or null when a snapshot is needed (fresh client, or more than
     * {@code recentChanges} behind). The room keeps in memory only what it sequenced itself; older
     * ones (a client coming back after a host restart) are read from the store, which has them all.
     */
    private List<RemoteChange> changesAfter(long lastSeq) {
        if (lastSeq <= 0 || lastSeq > seq || seq - lastSeq > settings.recentChanges()) return null;
        List<RemoteChange> out = new ArrayList<>((int) (seq - lastSeq));
        long oldestKept = recent.isEmpty() ? seq + 1 : recent.peekFirst().seq();
        if (oldestKept > lastSeq + 1) {
            for (SequencedChange c : store.changes(lastSeq + 1, oldestKept - 1)) out.add(toMessage(c));
            if (out.size() != oldestKept - 1 - lastSeq) return null; // not all stored yet: a snapshot is always right
        }
        for (SequencedChange c : recent) {
            if (c.seq() > lastSeq) out.add(toMessage(c));
        }
        return out;
    }

    private static RemoteChange toMessage(SequencedChange c) {
        return new RemoteChange(c.seq(), c.clientId(), c.clientSeq(), c.userId(), c.ops());
    }

    // ---------------------------------------------------------------- presence and chat

    private void presence(Peer peer, PresenceUpdate p) {
        Member m = peer.member;
        peer.presence = new PeerPresence(peer.clientId, m.userId(), m.name(), m.color(),
                p.screen(), p.cursor(), p.selection(), p.viewport(), p.typing());
        peer.presenceDirty = true;
    }

    private void chat(Peer peer, ChatSend c) {
        String text = c.text().strip();
        if (text.isEmpty()) {
            stage(peer.socket, error(ErrorCode.BAD_MESSAGE, "a chat message needs some text"));
            return;
        }
        if (text.length() > settings.maxChatLength()) {
            stage(peer.socket, error(ErrorCode.LIMIT_EXCEEDED, "chat messages are limited to " + settings.maxChatLength() + " characters"));
            return;
        }
        ChatEntry entry = new ChatEntry(UUID.randomUUID().toString(), peer.member.userId(), peer.member.name(), text, wallClock.get());
        noteStaged();
        stagedChat.add(entry);
        ChatMessage m = new ChatMessage(entry.id(), entry.userId(), entry.name(), entry.text(), entry.at().toString());
        // chat is kept, so it is shown only once it is saved
        String frame = codec.encode(m);
        for (Peer p : peers.values()) held.add(new Held(p.socket, frame, openBatch));
    }

    /**
     * Delivers what waits and saves what is staged, as {@link #flush()} does; with nothing staged it
     * only sends due presence. Returns how long until a held-back presence update is due
     * (nanoseconds), or -1 when none is waiting.
     */
    public long tick() {
        // staged frames go first, so presence never overtakes a welcome
        return hasStaged() ? flush() : sendDuePresence();
    }

    /**
     * Presence goes out in rounds, at most one per presence interval for the whole room: everyone
     * whose presence moved since the last round goes into one {@link HostMessage.Presences} frame per
     * socket (without that socket's own), instead of one frame per peer that moved. Each presence is
     * encoded once; a round frame is those encodings joined, exactly what encoding the record gives.
     */
    private long sendDuePresence() {
        boolean any = false;
        for (Peer p : peers.values()) {
            if (p.presenceDirty) {
                any = true;
                break;
            }
        }
        if (!any) return -1;
        long now = nanoClock.getAsLong();
        if (now - nextPresenceRound < 0) return nextPresenceRound - now;
        nextPresenceRound = now + settings.presenceInterval();
        List<Peer> moved = new ArrayList<>();
        List<String> encoded = new ArrayList<>();
        for (Peer p : peers.values()) {
            if (!p.presenceDirty) continue;
            p.presenceDirty = false;
            moved.add(p);
            encoded.add(codec.encode(p.presence));
        }
        String forOthers = presenceRound(encoded, -1);
        for (Peer p : peers.values()) {
            int own = moved.indexOf(p);
            if (own < 0) p.socket.send(forOthers);
            else if (moved.size() > 1) p.socket.send(presenceRound(encoded, own));
        }
        return -1;
    }

    private static String presenceRound(List<String> encoded, int skip) {
        StringBuilder b = new StringBuilder(32 + encoded.size() * 160).append("{\"type\":\"presences\",\"peers\":[");
        boolean first = true;
        for (int i = 0; i < encoded.size(); i++) {
            if (i == skip) continue;
            if (!first) b.append(',');
            b.append(encoded.get(i));
            first = false;
        }
        return b.append("]}").toString();
    }

    // ---------------------------------------------------------------- deliver and save

    private record Closing(RoomSocket socket, int code, String reason) {
    }

    private final List<Closing> closeAfterFlush = new ArrayList<>();

    /**
     * Sends what may leave now (broadcasts, welcomes, errors, and acks and chat whose batch is saved),
     * then due presence. Returns when the next held-back presence update is due, as {@link #tick()} does.
     */
    public long deliver() {
        if (broken) return -1;
        for (Outgoing o : outbox) o.to().send(o.frame());
        outbox.clear();
        for (Closing c : closeAfterFlush) c.socket().close(c.code(), c.reason());
        closeAfterFlush.clear();
        return sendDuePresence();
    }

    /** True when changes or chat wait to be taken for saving. */
    public boolean hasUnsaved() {
        return !stagedChanges.isEmpty() || !stagedChat.isEmpty();
    }

    /** When the oldest change or chat waiting to be saved was staged (nano clock); only meaningful while {@link #hasUnsaved()}. */
    public long unsavedSince() {
        return stagedSince;
    }

    /**
     * Takes what is staged as the next batch to save, or null when there is nothing, the room is
     * broken, or the previous batch is still being saved (batches are saved one at a time, in order).
     */
    public Batch takeBatch() {
        if (broken || saving != null || !hasUnsaved()) return null;
        saving = new Batch(openBatch++, epoch, stagedChanges, touchedObjects(), stagedChat);
        stagedChanges.clear();
        stagedChat.clear();
        return saving;
    }

    /**
     * Saves a taken batch in the store. The only method that may run on another thread than the
     * room's: it touches nothing but the store, which is safe to use from two threads.
     */
    public void write(Batch batch) throws Exception {
        store.commit(batch.epoch(), batch.changes(), batch.touched(), batch.chat());
    }

    /** The batch is durable: the acks and chat waiting for it may leave with the next {@link #deliver()}. */
    public void saved(Batch batch) {
        if (broken || saving != batch) return;
        saving = null;
        if (batch.lastSeq() > savedSeq) savedSeq = batch.lastSeq();
        held.removeIf(h -> {
            if (h.batch() > batch.number()) return false;
            outbox.add(new Outgoing(h.to(), h.frame()));
            return true;
        });
    }

    /**
     * Saving failed: the room breaks. Every connection is closed; clients reconnect to a freshly
     * loaded room (another epoch, so they get a snapshot) and re-send what was not acknowledged.
     */
    public void saveFailed(Batch batch) {
        if (broken || saving != batch) return;
        breakDown();
    }

    /**
     * Delivers, saves everything staged, and delivers again what the save released: the whole cycle
     * on the calling thread. Returns when the next held-back presence update is due, as {@link #tick()} does.
     */
    public long flush() {
        deliver();
        for (Batch b = takeBatch(); b != null; b = takeBatch()) {
            try {
                write(b);
            } catch (Exception e) {
                saveFailed(b);
                return -1;
            }
            saved(b);
        }
        return deliver();
    }

    /** Every object the staged changes wrote, as it is now (which is as it will be stored). */
    private List<Put> touchedObjects() {
        Set<String> ids = new LinkedHashSet<>();
        for (SequencedChange c : stagedChanges) {
            for (Put op : c.ops()) ids.add(op.id());
        }
        List<Put> out = new ArrayList<>(ids.size());
        // Put copies the properties: later changes must not reach a batch being saved on another thread
        for (String id : ids) out.add(new Put(id, document.props(id)));
        return out;
    }

    /** Whether anything waits to be delivered or saved. */
    public boolean hasStaged() {
        return !outbox.isEmpty() || hasUnsaved() || !closeAfterFlush.isEmpty();
    }

    /**
     * Closes every connection, e.g. when the host stops. Staged work is saved and delivered first;
     * a batch taken for saving must have been reported {@link #saved} (or failed) before.
     */
    public void closeAll(int code, String reason) {
        flush();
        for (Peer p : List.copyOf(peers.values())) p.socket.close(code, reason);
        peers.clear();
        peersByClient.clear();
    }

    private void breakDown() {
        broken = true;
        stagedChanges.clear();
        stagedChat.clear();
        saving = null;
        held.clear();
        outbox.clear();
        closeAfterFlush.clear();
        for (Peer p : List.copyOf(peers.values())) {
            p.socket.close(CloseCodes.SERVER_ERROR, "the host could not save; reconnect to continue");
        }
        peers.clear();
        peersByClient.clear();
    }

    private void stage(RoomSocket to, HostMessage m) {
        outbox.add(new Outgoing(to, codec.encode(m)));
    }

    /** Sends to every peer except {@code from} (null: to everyone). */
    private void broadcast(Peer from, HostMessage m) {
        // nobody to tell: no peers, or only the sender (a peer that just left is no longer among them)
        if (peers.isEmpty() || (peers.size() == 1 && from != null && peers.get(from.socket) == from)) return;
        String frame = codec.encode(m);
        for (Peer p : peers.values()) {
            if (p != from) outbox.add(new Outgoing(p.socket, frame));
        }
    }

    private static HostMessage.ErrorMessage error(ErrorCode code, String message) {
        return new HostMessage.ErrorMessage(code.wireName(), message);
    }
}
