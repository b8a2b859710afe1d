package dev.blueline.server.store.jooq;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Rewrites the live pages of sparse chunks now and then, so the space of old chunks is reused.
 *
 * <p>H2 normally does this in its background writer thread, but {@code WRITE_DELAY=0} (which makes
 * each commit durable before it returns) also stops that thread. Without it every commit leaves a
 * chunk in the file that still holds a few live pages (the tail of an append-only log, say), no
 * chunk is ever freed and the file grows by roughly the size of everything ever written.
 * {@link MVStore#compact} does the chunk rewriting the background writer would have done, under
 * H2's own store lock, so commits on other threads stay correct. Measured at a sustained 2,000
 * changes/s (commits of 20): without it the file grew by 8 MB/s for as long as the load lasted;
 * with it, it levelled off below 1 GB (freed space is reused only after H2's 45 s retention time).
 */
final class FileCompactor implements AutoCloseable {
    /** Chunks holding less live data than this (percent) are rewritten. */
    static final int TARGET_FILL_RATE = 80;
    /** At most this many bytes are rewritten per round, so a round never stalls commits for long. */
    static final int WRITE_LIMIT = 4 << 20;

    private final DataSource pool;
    private final ScheduledExecutorService timer;

    FileCompactor(DataSource pool, Duration every) {
        this.pool = pool;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "blueline-db-compactor");
            t.setDaemon(true);
            return t;
        });
        long ms = every.toMillis();
        timer.scheduleWithFixedDelay(this::compactQuietly, ms, ms, TimeUnit.MILLISECONDS);
    }

    /** One round; false when the database is not a file (nothing to compact). */
    boolean compact() throws SQLException {
        try (Connection c = pool.getConnection()) {
            MVStore store = mvStore(c);
            if (store == null || store.getFileStore() == null) return false;
            store.compact(TARGET_FILL_RATE, WRITE_LIMIT);
            return true;
        }
    }

    private void compactQuietly() {
        try {
            compact();
        } catch (Exception | AssertionError e) {
            // a closed or broken database is reported by the next real query; the next round tries again
        }
    }

    private static MVStore mvStore(Connection c) throws SQLException {
        if (!(c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local)) return null; // a remote database
        var store = local.getDatabase().getStore();
        return store == null ? null : store.getMvStore();
    }

    /** Waits for a running round to finish: interrupting H2 in the middle of file I/O would close its file channel. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
