package dev.blueline.server.store.jooq;

import dev.blueline.model.room.RoomStore;
import dev.blueline.server.store.ChatStore;
import dev.blueline.server.store.ComponentStore;
import dev.blueline.server.store.ConversationStore;
import dev.blueline.server.store.DocumentReader;
import dev.blueline.server.store.InviteStore;
import dev.blueline.server.store.JoinedStore;
import dev.blueline.server.store.ProjectStore;
import dev.blueline.server.store.Stores;
import dev.blueline.server.store.TokenStore;
import dev.blueline.server.store.UserStore;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Every store of the host on one embedded H2 database, through jOOQ. {@link #open} migrates the
 * schema with Flyway ({@code classpath:db/migration}) before anything else touches it.
 *
 * <p><b>Up to date: no Flyway.</b> Flyway scans the class path and validates every applied
 * migration, 0.1-0.25 s of each app start even when there is nothing to do. So {@link #open} first
 * reads the schema history itself: when the newest successful migration is {@link #NEWEST_MIGRATION}
 * and none failed, it goes on without Flyway (a test keeps that constant equal to the newest file).
 * {@code blueline-host check} still asks Flyway ({@link #migrations}), which validates everything.
 *
 * <p><b>Durability: {@code WRITE_DELAY=0}.</b> H2's MVStore normally leaves committed transactions
 * in memory and writes them from a background thread up to {@code WRITE_DELAY} (500 ms) later, so
 * a process killed in that window loses commits that had already returned (and acks already sent).
 * With a delay of 0, H2 writes the store inside each commit ({@code TransactionStore.endTransaction}
 * calls {@code MVStore.commit()}, which writes the new chunk synchronously), so when a commit returns
 * its data is in the file, in the operating system's cache, and survives SIGKILL. {@link #fileUrl}
 * puts it in the URL (so even the migrations are covered) and {@link #open} also runs
 * {@code SET WRITE_DELAY 0}, whatever URL it was given. H2 does not fsync a commit: a power cut or
 * kernel crash can lose the last moments; that is H2's documented trade-off. The cost is one chunk
 * write per commit (tens of kB), which is why the room groups changes into few commits. Measured:
 * a child JVM committing as fast as it could and killed with SIGKILL lost acknowledged commits in
 * 8 of 8 runs with the default delay and in none with 0; {@code CrashDurabilityTest} keeps checking.
 *
 * <p><b>File size.</b> A delay of 0 also stops H2's background thread, which is the thread that
 * compacts the file; without it the file grows by about everything ever written. A
 * {@link FileCompactor} does that job every {@value #COMPACT_SECONDS} s instead.
 */
public final class H2Stores implements Stores {
    static {
        // the banner and tips jOOQ prints on first use are noise in a desktop app's log
        if (System.getProperty("org.jooq.no-logo") == null) System.setProperty("org.jooq.no-logo", "true");
        if (System.getProperty("org.jooq.no-tips") == null) System.setProperty("org.jooq.no-tips", "true");
    }

    /** The version of the newest file in {@code db/migration}. */
    public static final String NEWEST_MIGRATION = "4";
    private static final String LOCATION = "classpath:db/migration";
    static final int COMPACT_SECONDS = 5;
    private static final Duration COMPACT_EVERY = Duration.ofSeconds(COMPACT_SECONDS);

    private final JdbcConnectionPool pool;
    private final FileCompactor compactor;
    /** Made on first use: opening an up-to-date database does without it. */
    private Flyway flyway;
    private final int migratedOnOpen;
    private final DSLContext dsl;
    private final Times times;
    private final JooqUserStore users;
    private final JooqProjectStore projects;
    private final JooqInviteStore invites;
    private final JooqTokenStore tokens;
    private final JooqDocumentReader documents;
    private final JooqChatStore chat;
    private final JooqConversationStore conversations;
    private final JooqComponentStore components;
    private final JooqJoinedStore joined;

    private H2Stores(JdbcConnectionPool pool, Flyway flyway, int migratedOnOpen, DSLContext dsl, Times times) {
        this.pool = pool;
        this.compactor = new FileCompactor(pool, COMPACT_EVERY);
        this.flyway = flyway;
        this.migratedOnOpen = migratedOnOpen;
        this.dsl = dsl;
        this.times = times;
        this.users = new JooqUserStore(dsl, times);
        this.projects = new JooqProjectStore(dsl, times);
        this.invites = new JooqInviteStore(dsl, times);
        this.tokens = new JooqTokenStore(dsl);
        this.documents = new JooqDocumentReader(dsl);
        this.chat = new JooqChatStore(dsl);
        this.conversations = new JooqConversationStore(dsl, times);
        this.components = new JooqComponentStore(dsl, times);
        this.joined = new JooqJoinedStore(dsl, times);
    }

    /** Opens (creating when needed) the database at a JDBC URL and brings its schema up to date. */
    public static H2Stores open(String jdbcUrl) {
        return open(jdbcUrl, Clock.systemUTC());
    }

    /** As {@link #open(String)}, with the clock that stamps created and updated times. */
    public static H2Stores open(String jdbcUrl, Clock clock) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(jdbcUrl, "sa", "");
        try {
            DSLContext dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
            dsl.execute("SET WRITE_DELAY 0"); // see the class comment: commits reach the file before they return
            Flyway flyway = null;
            int migrated = 0;
            if (!upToDate(dsl)) {
                flyway = flyway(pool);
                migrated = flyway.migrate().migrationsExecuted;
            }
            return new H2Stores(pool, flyway, migrated, dsl, new Times(clock));
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /** The default URL of the host's database in a data directory (file {@code blueline.mv.db}). */
    public static String fileUrl(Path dataDir) {
        String base = dataDir.toAbsolutePath().normalize().resolve("blueline").toString();
        if (base.indexOf(';') >= 0) throw new IllegalArgumentException("an H2 database path cannot contain ';': " + base);
        return "jdbc:h2:file:" + base + ";WRITE_DELAY=0";
    }

    private static Flyway flyway(JdbcConnectionPool pool) {
        return Flyway.configure().dataSource(pool).locations(LOCATION).load();
    }

    /** True when the schema history says {@link #NEWEST_MIGRATION} was applied and nothing failed. */
    private static boolean upToDate(DSLContext dsl) {
        int histories = dsl.fetchOne("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'flyway_schema_history'").get(0, Integer.class);
        if (histories == 0) return false; // a new database
        int failed = dsl.fetchOne("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"").get(0, Integer.class);
        Record last = dsl.fetchOne("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL"
                + " ORDER BY \"installed_rank\" DESC LIMIT 1");
        String newest = last == null ? null : last.get(0, String.class);
        return failed == 0 && NEWEST_MIGRATION.equals(newest);
    }

    /** Applied and pending migrations and the current schema version, as Flyway sees them (it validates them too). */
    public synchronized MigrationInfo migrations() {
        if (flyway == null) flyway = flyway(pool);
        MigrationInfoService info = flyway.info();
        org.flywaydb.core.api.MigrationInfo current = info.current();
        return new MigrationInfo(info.applied().length, info.pending().length,
                current == null || current.getVersion() == null ? "none" : current.getVersion().getVersion());
    }

    /** How many migrations {@link #open} ran (0 when the database was already up to date). */
    public int migratedOnOpen() {
        return migratedOnOpen;
    }

    @Override
    public UserStore users() {
        return users;
    }

    @Override
    public ProjectStore projects() {
        return projects;
    }

    @Override
    public InviteStore invites() {
        return invites;
    }

    @Override
    public TokenStore tokens() {
        return tokens;
    }

    @Override
    public DocumentReader documents() {
        return documents;
    }

    @Override
    public ChatStore chat() {
        return chat;
    }

    @Override
    public ConversationStore conversations() {
        return conversations;
    }

    @Override
    public ComponentStore components() {
        return components;
    }

    @Override
    public RoomStore roomStore(String projectId) {
        return new JooqRoomStore(dsl, times, projectId);
    }

    @Override
    public dev.blueline.model.sync.PendingStore pendingStore(String sessionKey) {
        return new JooqPendingStore(dsl, sessionKey);
    }

    @Override
    public JoinedStore joined() {
        return joined;
    }

    @Override
    public boolean ping() {
        try {
            return dsl.selectOne().fetchOne() != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        compactor.close();
        pool.dispose();
    }
}
