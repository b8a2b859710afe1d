package dev.blueline.server.rooms;

import dev.blueline.model.room.Room;
import dev.blueline.server.ws.SendBatching;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one thread that drives a room. Connections hand it work; it runs everything that is waiting,
 * then delivers what the room says at once (changes reach everyone without waiting for the disk).
 * Saving runs beside it on a second thread, one batch at a time: a batch is taken once its oldest
 * change has waited {@code saveDelay} and the previous batch is saved, so under load many changes
 * share one commit, and acks leave when their batch is saved (ADR 0009). It also wakes up when
 * held-back presence is due, and loads the room again from the store if a save failed (retrying
 * while the store cannot load it).
 */
public final class RoomRunner {
    private static final Logger log = LoggerFactory.getLogger(RoomRunner.class);
    private static final int MAX_BATCH = 2_000;
    static final Duration RELOAD_RETRY = Duration.ofSeconds(1);

    private final String projectId;
    private final Supplier<Room> loader;
    private final BlockingQueue<Consumer<Room>> inbox = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final ExecutorService saver;
    private final long saveDelay;
    /** The batch being saved on the saver thread (room thread only), and its outcome. */
    private Room.Batch saving;
    private CompletableFuture<Boolean> savingDone;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile int peers;
    private volatile long idleSince = System.nanoTime();
    private volatile long batches;
    private volatile long commitsFailed;
    private Room room;
    /** The broken room whose failure was counted already. */
    private Room counted;
    /** Nanotime of the next attempt to load a broken room again; 0 while none failed. */
    private long nextReload;

    RoomRunner(String projectId, Supplier<Room> loader, Duration saveDelay) {
        this.projectId = projectId;
        this.loader = loader;
        this.saveDelay = saveDelay.toNanos();
        this.room = loader.get();
        this.thread = Thread.ofPlatform().name("room-" + projectId).daemon(false).unstarted(this::loop);
        this.saver = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("save-" + projectId).daemon(true).factory());
    }

    void start() {
        thread.start();
    }

    public String projectId() {
        return projectId;
    }

    /** Runs {@code task} on the room's thread. Safe from any thread. */
    public void execute(Consumer<Room> task) {
        if (!running) throw new IllegalStateException("room " + projectId + " is closed");
        inbox.add(task);
    }

    public boolean isRunning() {
        return running;
    }

    /** Connections in the room, as of the last batch. */
    public int peers() {
        return peers;
    }

    /** Nanotime since when the room has had nobody in it and nothing to do, or 0 while in use. */
    long idleSince() {
        return idleSince;
    }

    public long commitsFailed() {
        return commitsFailed;
    }

    private void loop() {
        List<Consumer<Room>> batch = new ArrayList<>();
        long wait = -1;
        SendBatching.enableOnThisThread();
        try {
            while (running || !inbox.isEmpty()) {
                Consumer<Room> first = wait < 0 ? inbox.poll(1, TimeUnit.SECONDS) : inbox.poll(wait, TimeUnit.NANOSECONDS);
                if (first != null) {
                    batch.add(first);
                    inbox.drainTo(batch, MAX_BATCH - 1);
                    for (Consumer<Room> task : batch) {
                        run(task);
                        // counted at once, before any frame of this batch can leave: whoever has read its
                        // welcome is already counted
                        peers = room.peerCount();
                    }
                    batch.clear();
                    batches++;
                }
                try {
                    wait = sooner(room.deliver(), startSaving());
                } catch (RuntimeException e) {
                    // sockets never throw and a failed save breaks the room instead; anything else is a bug,
                    // and it must not stop the project for everyone
                    log.error("room {} failed to deliver", projectId, e);
                    wait = -1;
                }
                SendBatching.flush();
                if (room.isBroken()) wait = reload();
                peers = room.peerCount();
                boolean idle = peers == 0 && inbox.isEmpty() && saving == null && !room.hasUnsaved();
                idleSince = idle ? (idleSince == 0 ? System.nanoTime() : idleSince) : 0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            saver.shutdown();
            stopped.countDown();
        }
    }

    /**
     * Hands the next batch to the saver when one is due and none is being saved. Returns how long
     * until a waiting batch is due (nanoseconds), or -1 when the loop need not wake up for it (nothing
     * waits, or a save is running: its end wakes the loop).
     */
    private long startSaving() {
        if (saving != null || !room.hasUnsaved()) return -1;
        long waited = System.nanoTime() - room.unsavedSince();
        if (waited < saveDelay) return saveDelay - waited;
        Room r = room;
        Room.Batch batch = r.takeBatch();
        if (batch == null) return -1;
        saving = batch;
        savingDone = new CompletableFuture<>();
        CompletableFuture<Boolean> done = savingDone;
        saver.execute(() -> {
            boolean ok;
            try {
                r.write(batch);
                ok = true;
            } catch (Exception e) {
                log.error("room {} could not save changes up to seq {}", projectId, batch.lastSeq(), e);
                ok = false;
            }
            done.complete(ok);
            boolean outcome = ok;
            inbox.add(ignored -> finishSaving(batch, outcome));
        });
        return -1;
    }

    /** Runs on the room thread once a save ended (at most once per batch: stopping may have done it already). */
    private void finishSaving(Room.Batch batch, boolean ok) {
        if (saving != batch) return;
        saving = null;
        savingDone = null;
        if (ok) room.saved(batch);
        else room.saveFailed(batch);
    }

    /** Waits for the save in progress, if any, and takes its outcome. Room thread only. */
    private void awaitSaving() {
        if (saving == null) return;
        finishSaving(saving, savingDone.join());
    }

    private static long sooner(long a, long b) {
        if (a < 0) return b;
        if (b < 0) return a;
        return Math.min(a, b);
    }

    /**
     * A commit failed and the room closed every connection: load it again from the store. While that
     * fails too (the database is gone, say), the broken room stays in place and politely turns
     * everyone away (it closes joining connections with "try again later" and answers REST writes
     * with "reloading"), and loading is tried again every {@link #RELOAD_RETRY}.
     * Returns how long the loop may sleep.
     */
    private long reload() {
        if (room != counted) {
            counted = room;
            commitsFailed++;
            log.error("room {} could not commit; loading it again from the store", projectId);
        }
        long now = System.nanoTime();
        if (nextReload != 0 && now - nextReload < 0) return nextReload - now;
        try {
            room = loader.get();
            nextReload = 0;
            return -1;
        } catch (RuntimeException e) {
            log.error("room {} could not be loaded again; retrying in {}", projectId, RELOAD_RETRY, e);
            nextReload = now + RELOAD_RETRY.toNanos();
            return RELOAD_RETRY.toNanos();
        }
    }

    private void run(Consumer<Room> task) {
        try {
            task.accept(room);
        } catch (RuntimeException e) {
            // a bug in one message must not stop the project for everyone
            log.error("room {} failed to handle a message", projectId, e);
        }
    }

    /** Closes every connection with {@code code} and stops the thread after the work already queued. */
    void stop(int code, String reason) {
        if (!running) return;
        if (thread.getState() == Thread.State.NEW) { // never started: nothing to close or save
            running = false;
            saver.shutdown();
            return;
        }
        inbox.add(r -> {
            // what is being saved finishes first; closeAll then saves the rest on this thread
            awaitSaving();
            room.closeAll(code, reason);
        });
        running = false;
        try {
            if (!stopped.await(10, TimeUnit.SECONDS)) log.warn("room {} did not stop in time", projectId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
