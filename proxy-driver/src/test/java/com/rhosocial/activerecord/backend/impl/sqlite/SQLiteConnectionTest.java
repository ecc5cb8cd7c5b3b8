package com.rhosocial.activerecord.backend.impl.sqlite;

import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.config.ActiveRecordConfig;
import com.rhosocial.activerecord.config.DataSourceDefinition;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Real SQLite databases, a file under {@code target/} and {@code :memory:}, opened from a {@link ConnectionConfig}. */
class SQLiteConnectionTest {

    private final SQLiteBackend sqlite = new SQLiteBackend();

    private static String one(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Path freshFile(String name) throws Exception {
        Path dir = Path.of("target", "ar_config_sqlite");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        Files.deleteIfExists(file);
        return file;
    }

    @Test
    void fileDatabaseKeepsDataAcrossConnections() throws Exception {
        Path file = freshFile("file.db");
        ConnectionConfig c = ConnectionConfig.builder().backend("sqlite").database(file.toString()).build();
        try (Connection conn = sqlite.connect(c); Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
            st.execute("INSERT INTO t VALUES (1, 'kept')");
        }
        assertThat(file).exists();
        try (Connection conn = sqlite.connect(c)) {
            assertThat(one(conn, "SELECT name FROM t WHERE id = 1")).isEqualTo("kept");
        }
    }

    @Test
    void memoryDatabaseIsPrivateToItsConnection() throws SQLException {
        ConnectionConfig c = ConnectionConfig.builder().database(":memory:").build();
        try (Connection a = sqlite.connect(c); Connection b = sqlite.connect(c)) {
            try (Statement st = a.createStatement()) {
                st.execute("CREATE TABLE only_in_a (x INTEGER)");
            }
            assertThat(one(a, "SELECT count(*) FROM sqlite_master WHERE name = 'only_in_a'")).isEqualTo("1");
            assertThat(one(b, "SELECT count(*) FROM sqlite_master WHERE name = 'only_in_a'")).isEqualTo("0");
        }
    }

    @Test
    void charsetSetsTheEncodingOfANewFile() throws Exception {
        Path file = freshFile("utf16.db");
        ConnectionConfig c = ConnectionConfig.builder().database(file.toString()).charset("UTF-16le").build();
        try (Connection conn = sqlite.connect(c)) {
            assertThat(one(conn, "PRAGMA encoding")).isEqualTo("UTF-16le");
        }
    }

    @Test
    void opensFromTheYamlFileAndSupportsSavepoints() throws Exception {
        Path file = freshFile("yaml.db");
        DataSourceDefinition ds = ActiveRecordConfig.parse("""
                datasources:
                  local:
                    backend: sqlite
                    database: ${DB_FILE}
                """, "sqlite.yaml", Map.of("DB_FILE", file.toString())::get).require("local");
        try (Connection conn = ds.backend().connect(ds.connection()); Statement st = conn.createStatement()) {
            assertThat(conn.getTransactionIsolation()).isEqualTo(sqlite.defaultIsolationLevel());
            st.execute("CREATE TABLE t (x INTEGER)");
            conn.setAutoCommit(false);
            st.execute("INSERT INTO t VALUES (1)");
            var sp = conn.setSavepoint("s1");
            st.execute("INSERT INTO t VALUES (2)");
            conn.rollback(sp);
            conn.commit();
            assertThat(one(conn, "SELECT group_concat(x) FROM t")).isEqualTo("1");
        }
    }
}
