package dev.blueline.model.sim;

import dev.blueline.model.document.Document;
import dev.blueline.model.ops.Ops;
import dev.blueline.model.ops.SequencedChange;
import dev.blueline.model.protocol.Codec;
import dev.blueline.model.room.Member;
import dev.blueline.model.room.Role;
import dev.blueline.model.room.Room;
import dev.blueline.model.room.RoomSettings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * One seeded run: 2 to 20 clients edit at random over a network with random latency, random
 * disconnects (clients keep editing offline), client restarts, host restarts and failed commits;
 * then the network heals and every claim of DESIGN.md's "Changes and sync" is checked.
 */
final class Simulation {

    /** Bugs that can be switched on to prove the checks catch them. */
    enum Fault {
        /** The client forgets to re-send its pending changes after reconnecting. */
        SKIP_RESEND,
        /** The client keeps pending changes only in memory, so a restart loses them. */
        FORGET_PENDING_ON_RESTART,
        /**
         * Every hello claims the current room's epoch, as if the room did not check it: a client that
         * saw changes which were never saved gets a catch-up over them instead of a snapshot.
         */
        IGNORE_EPOCH
    }

    final long seed;
    final Random rnd;
    final Scheduler scheduler = new Scheduler();
    final Codec codec = new Codec();
    final Set<Fault> faults;
    final SimEditor editor;
    final SimHost host;
    final List<SimClient> clients = new ArrayList<>();
    private final int edits;
    private boolean chaos = true;
    /** What happened, so a test can show the runs were not trivial. */
    final Stats stats = new Stats();

    static final class Stats {
        long accepted, rejected, snapshots, catchUps, cuts, clientRestarts, hostRestarts, failedCommits;

        void add(Stats o) {
            accepted += o.accepted; rejected += o.rejected; snapshots += o.snapshots; catchUps += o.catchUps;
            cuts += o.cuts; clientRestarts += o.clientRestarts; hostRestarts += o.hostRestarts; failedCommits += o.failedCommits;
        }

        @Override
        public String toString() {
            return "accepted=" + accepted + " rejected=" + rejected + " snapshots=" + snapshots + " catchUps=" + catchUps
                    + " cuts=" + cuts + " clientRestarts=" + clientRestarts + " hostRestarts=" + hostRestarts + " failedCommits=" + failedCommits;
        }
    }

    Simulation(long seed, Set<Fault> faults) {
        this.seed = seed;
        this.rnd = new Random(seed);
        this.faults = faults.isEmpty() ? EnumSet.noneOf(Fault.class) : EnumSet.copyOf(faults);
        this.editor = new SimEditor(rnd);
        // a short in-memory log, so that catching up by snapshot happens too
        this.host = new SimHost(this, RoomSettings.DEFAULT.withRecentChanges(5 + rnd.nextInt(60)));
        int n = 2 + rnd.nextInt(19);
        for (int i = 0; i < n; i++) {
            Role role = i == n - 1 && rnd.nextInt(4) == 0 ? Role.VIEWER : Role.EDITOR;
            clients.add(new SimClient(this, "c" + i, new Member("u" + i, "User " + i, "#3b82f6", role)));
        }
        this.edits = 60 + rnd.nextInt(120) + 8 * n;
    }

    long latency() {
        return 1 + rnd.nextInt(rnd.nextInt(10) == 0 ? 200 : 30);
    }

    /** Runs the seed and returns what went wrong, or an empty list. */
    List<String> run() {
        for (SimClient c : clients) c.connect();
        for (int i = 0; i < edits; i++) {
            long t = rnd.nextInt(20_000);
            scheduler.at(t, () -> clients.get(rnd.nextInt(clients.size())).edit());
        }
        for (int i = 0; i < edits / 2; i++) {
            scheduler.at(rnd.nextInt(20_000), this::chaos);
        }
        while (scheduler.step()) {
            if (scheduler.now() > 21_000 && chaos) heal();
        }
        heal();
        while (scheduler.step()) {
            // drain
        }
        return check();
    }

    private void chaos() {
        if (!chaos) return;
        int r = rnd.nextInt(100);
        SimClient c = clients.get(rnd.nextInt(clients.size()));
        if (r < 35) {
            c.sendPresence();
        } else if (r < 65) {
            stats.cuts++;
            c.cut();
            scheduler.after(rnd.nextInt(3_000), c::connect);
        } else if (r < 85) {
            c.connect();
        } else if (r < 92) {
            stats.clientRestarts++;
            c.restart();
            scheduler.after(rnd.nextInt(2_000), c::connect);
        } else if (r < 96) {
            stats.hostRestarts++;
            host.restart();
            // clients come back on their own schedule, all at once or spread out
            for (SimClient each : clients) scheduler.after(rnd.nextInt(2_000), each::connect);
        } else {
            stats.failedCommits++;
            host.store.failCommits(true);
            scheduler.after(rnd.nextInt(50), () -> host.store.failCommits(false));
        }
    }

    /** No more faults: everyone reconnects and the network delivers everything. */
    private void heal() {
        chaos = false;
        host.store.failCommits(false);
        if (host.room.isBroken()) host.restart();
        for (SimClient c : clients) c.connect();
    }

    private List<String> check() {
        List<String> problems = new ArrayList<>();
        if (host.room.isBroken()) problems.add("the room is still broken");
        Room room = host.room;
        Document hostDoc = room.document();
        for (SimClient c : clients) {
            if (!c.sync.isOnline()) problems.add(c.name + " is not online at the end");
            if (!c.sync.pending().isEmpty()) problems.add(c.name + " still has " + c.sync.pending().size() + " pending changes");
            if (c.sync.confirmedSeq() != room.seq()) problems.add(c.name + " is at seq " + c.sync.confirmedSeq() + ", host at " + room.seq());
            if (!c.sync.visible().equals(hostDoc)) problems.add(c.name + " shows a different document than the host");
            if (!c.sync.confirmed().equals(hostDoc)) problems.add(c.name + " confirmed state differs from the host");
        }
        List<SequencedChange> log = host.store.log();
        stats.accepted = log.size();
        for (SimClient c : clients) stats.rejected += c.rejected.size();
        for (SimClient c : clients) {
            for (Map.Entry<Long, Long> ack : c.acked.entrySet()) {
                long seq = ack.getValue();
                if (seq < 1 || seq > log.size()) {
                    problems.add(c.name + " got an ack for seq " + seq + " which the host does not have");
                    continue;
                }
                SequencedChange stored = log.get((int) seq - 1);
                if (!stored.clientId().equals(c.pendingStore.clientId()) || stored.clientSeq() != ack.getKey()) {
                    problems.add(c.name + " change " + ack.getKey() + " was acked as seq " + seq + " but that seq holds another change");
                }
            }
            for (long clientSeq : c.submitted) {
                boolean stored = host.store.seqOf(c.pendingStore.clientId(), clientSeq).isPresent();
                if (!stored && !c.rejected.contains(clientSeq)) {
                    problems.add(c.name + " change " + clientSeq + " was neither stored nor refused: an edit was silently lost");
                }
            }
        }
        Document replayed = new Document();
        for (SequencedChange sc : log) Ops.applyAll(replayed, sc.ops());
        if (!replayed.equals(hostDoc)) problems.add("replaying the change log does not give the host's document");
        if (!host.store.objects().equals(hostDoc)) problems.add("the stored objects differ from the host's document");
        Room restarted = new Room("p1", host.store, codec, RoomSettings.DEFAULT, () -> 0L, () -> Instant.EPOCH);
        if (!restarted.document().equals(hostDoc) || restarted.seq() != room.seq()) problems.add("after a host restart the document differs");
        return problems;
    }

    int clientCount() {
        return clients.size();
    }
}
