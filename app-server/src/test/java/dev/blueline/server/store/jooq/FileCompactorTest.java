package dev.blueline.server.store.jooq;

import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The compactor reaches H2's store through internal API: an H2 upgrade that moves it must fail here, not silently. */
class FileCompactorTest {
    @TempDir
    Path dir;

    @Test
    void compactsAFileDatabaseAndKeepsItsData() throws Exception {
        JdbcConnectionPool pool = JdbcConnectionPool.create(H2Stores.fileUrl(dir), "sa", "");
        try (FileCompactor compactor = new FileCompactor(pool, Duration.ofHours(1))) {
            try (Connection c = pool.getConnection()) {
                c.createStatement().execute("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(200))");
                PreparedStatement merge = c.prepareStatement("MERGE INTO t KEY (id) VALUES (?, ?)");
                for (int i = 0; i < 500; i++) { // 500 small commits leave many chunks with a little live data each
                    merge.setInt(1, i % 50);
                    merge.setString(2, "x".repeat(i % 200));
                    merge.executeUpdate();
                }
            }

            assertThat(compactor.compact()).isTrue();

            try (Connection c = pool.getConnection(); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*), SUM(LENGTH(v)) FROM t")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(50);
                assertThat(rs.getLong(2)).isEqualTo(sumOfLastLengths());
            }
        } finally {
            pool.dispose();
        }
    }

    @Test
    void leavesAnInMemoryDatabaseAlone() throws Exception {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:compactor-test", "sa", "");
        try (FileCompactor compactor = new FileCompactor(pool, Duration.ofHours(1))) {
            assertThat(compactor.compact()).isFalse();
        } finally {
            pool.dispose();
        }
    }

    private static long sumOfLastLengths() {
        long sum = 0;
        for (int id = 0; id < 50; id++) sum += (450 + id) % 200; // the last write to id was i = 450 + id
        return sum;
    }
}
