package dev.blueline.server.store;

import dev.blueline.server.store.jooq.H2Stores;
import dev.blueline.server.store.jooq.MigrationInfo;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class H2StoresTest extends StoreTestBase {

    @Test
    void aNewDatabaseFileIsCreatedAndMigratedOnce() throws SQLException {
        assertThat(dataDir.resolve("blueline.mv.db")).exists();
        assertThat(stores.migratedOnOpen()).isEqualTo(4);
        assertThat(stores.migrations()).isEqualTo(new MigrationInfo(4, 0, "4"));

        reopen();

        assertThat(stores.migratedOnOpen()).isZero();
        assertThat(stores.migrations()).isEqualTo(new MigrationInfo(4, 0, "4"));
        assertThat(query("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")).containsExactly("4");
    }

    @Test
    void theNewestMigrationTheStoresKnowIsTheNewestFile() throws Exception {
        Path dir = Path.of(H2Stores.class.getResource("/db/migration").toURI());
        try (var files = java.nio.file.Files.list(dir)) {
            int newest = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElseThrow();
            // opening skips Flyway when the database is at this version: a new migration must raise it
            assertThat(H2Stores.NEWEST_MIGRATION).isEqualTo(Integer.toString(newest));
        }
    }

    @Test
    void aDatabaseFromAnOlderVersionIsMigratedOnOpen() throws SQLException {
        Path older = dataDir.resolve("older");
        String url = H2Stores.fileUrl(older);
        org.flywaydb.core.Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("2").load().migrate();

        try (H2Stores opened = H2Stores.open(url)) {
            assertThat(opened.migratedOnOpen()).isEqualTo(2);
            assertThat(opened.migrations()).isEqualTo(new MigrationInfo(4, 0, "4"));
        }
    }

    @Test
    void aFailedMigrationInTheHistoryIsNotTakenForUpToDate() throws SQLException {
        stores.close();
        try (Connection c = DriverManager.getConnection(H2Stores.fileUrl(dataDir), "sa", "")) {
            c.createStatement().execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '4'");
        }

        // Flyway, not the quick check, decides: it refuses a database with a failed migration
        assertThatThrownBy(() -> H2Stores.open(H2Stores.fileUrl(dataDir), clock)).hasMessageContaining("failed");
        try (Connection c = DriverManager.getConnection(H2Stores.fileUrl(dataDir), "sa", "")) {
            c.createStatement().execute("UPDATE \"flyway_schema_history\" SET \"success\" = TRUE WHERE \"version\" = '4'");
        }
        stores = H2Stores.open(H2Stores.fileUrl(dataDir), clock);
        assertThat(stores.migratedOnOpen()).isZero();
    }

    @Test
    void whatWasWrittenIsThereAfterReopening() {
        User ada = user("Ada");
        Project p = project("Shop", ada);

        reopen();

        assertThat(stores.users().byId(ada.id())).contains(ada);
        assertThat(stores.projects().byId(p.id())).contains(p);
    }

    @Test
    void theDefaultUrlPointsIntoTheDataDirectoryWithoutWriteDelay() {
        String url = H2Stores.fileUrl(dataDir);

        assertThat(url).isEqualTo("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("blueline") + ";WRITE_DELAY=0");
        assertThatThrownBy(() -> H2Stores.fileUrl(Path.of("/tmp/a;b"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void commitsAreWrittenSynchronouslyEvenWhenTheUrlDoesNotSaySo() throws SQLException {
        Path other = dataDir.resolve("other");
        try (H2Stores plain = H2Stores.open("jdbc:h2:file:" + other)) {
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + other, "sa", "");
                 ResultSet rs = c.createStatement().executeQuery(
                         "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("0");
            }
            assertThat(plain.ping()).isTrue();
        }
    }

    @Test
    void pingAnswersUntilClosed() {
        assertThat(stores.ping()).isTrue();
        stores.close();
        assertThat(stores.ping()).isFalse();
        stores = H2Stores.open(H2Stores.fileUrl(dataDir), clock); // for closeStores()
    }

    @Test
    void everyConstraintAndIndexHasAChosenName() throws SQLException {
        List<String> constraints = query("SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME <> 'flyway_schema_history'");
        List<String> indexes = query("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME <> 'flyway_schema_history'");

        assertThat(constraints).hasSizeGreaterThan(30).allMatch(n -> n.matches("(PK|FK|UQ|CK)_[A-Z_]+"), "named PK_/FK_/UQ_/CK_");
        // H2 names the index behind a primary key itself; every other index is ours
        assertThat(indexes).filteredOn(n -> !n.startsWith("PRIMARY_KEY_")).hasSizeGreaterThan(15)
                .allMatch(n -> n.matches("(IX|UX)_[A-Z_]+"), "named IX_/UX_");
    }

    @Test
    void anInMemoryDatabaseWorksForQuickTools() {
        try (H2Stores mem = H2Stores.open("jdbc:h2:mem:h2stores-test;DB_CLOSE_DELAY=-1")) {
            User u = mem.users().create("mem@example.com", "Mem", "x");
            assertThat(mem.users().byEmail("MEM@example.com")).contains(u);
        }
    }

    private List<String> query(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(H2Stores.fileUrl(dataDir), "sa", "");
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
