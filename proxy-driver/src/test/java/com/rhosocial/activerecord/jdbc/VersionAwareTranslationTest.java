package com.rhosocial.activerecord.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.rhosocial.activerecord.backend.BackendCapabilities;
import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.ServerVersion;
import com.rhosocial.activerecord.backend.impl.mariadb.MariaDBBackend;
import com.rhosocial.activerecord.backend.impl.mysql.MySQLBackend;
import com.rhosocial.activerecord.backend.impl.postgresql.PostgreSQLBackend;
import com.rhosocial.activerecord.backend.impl.sqlite.SQLiteBackend;
import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.OnUnsupported;
import com.rhosocial.activerecord.dialect.Outcome;
import com.rhosocial.activerecord.dialect.SqlTranslator;
import com.rhosocial.activerecord.dialect.TargetProfile;
import com.rhosocial.activerecord.dialect.TargetProfile.Feature;
import com.rhosocial.activerecord.dialect.Translation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The server version a pool reaches decides what the driver's translator writes (the backend's target profile), on the
 * real local servers: MariaDB 10.11 through both drivers, PostgreSQL 15, SQLite; older servers are simulated by
 * backends that declare an older version's capabilities, and their SQL still runs on the real server.
 */
public class VersionAwareTranslationTest {

    private static final String RETURNING_INSERT = "INSERT INTO ar_be_people (name) VALUES (?) RETURNING id";

    /** MariaDB as a 10.4 server would be: no RETURNING, no SKIP LOCKED, no OFFSET/FETCH. */
    public static class MariaDb104Backend extends MariaDBBackend {
        @Override
        public String name() {
            return "mariadb104";
        }

        @Override
        public BackendCapabilities capabilities(ServerVersion v) {
            return super.capabilities(ServerVersion.of(10, 4, 0));
        }
    }

    /** SQLite as 3.34 would be: no RETURNING. */
    public static class Sqlite334Backend extends SQLiteBackend {
        @Override
        public String name() {
            return "sqlite334";
        }

        @Override
        public BackendCapabilities capabilities(ServerVersion v) {
            return super.capabilities(ServerVersion.of(3, 34, 1));
        }
    }

    /** PostgreSQL as 9.4 would be: no ON CONFLICT, no SKIP LOCKED. */
    public static class Postgres94Backend extends PostgreSQLBackend {
        @Override
        public String name() {
            return "postgres94";
        }

        @Override
        public BackendCapabilities capabilities(ServerVersion v) {
            return super.capabilities(ServerVersion.of(9, 4, 26));
        }
    }

    private static ConnectionConfig mariadb() throws Exception {
        TestDatabases.mariadb("ar_backends_v");
        return ConnectionConfig.builder().host(com.rhosocial.activerecord.backend.TestFixtures.mariadbHost()).port(com.rhosocial.activerecord.backend.TestFixtures.mariadbPort())
                .database("ar_backends_v").username("root").build();
    }

    /** Inserts two people with PostgreSQL's INSERT ... RETURNING through the driver and returns the ids it read. */
    private static List<Long> insertReturning(ActiveRecordDataSource ds, String createTable) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            try (Statement st = c.createStatement()) {
                st.execute("DROP TABLE IF EXISTS ar_be_people");
                st.execute(createTable);
            }
            TranslatingConnection tc = c.unwrap(TranslatingConnection.class);
            try (PreparedStatement ps = tc.prepareStatement(RETURNING_INSERT, Dialect.POSTGRESQL)) {
                ps.setString(1, "Ada");
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    ids.add(rs.getLong(1));
                }
                ps.setString(1, "Bob");
                assertThat(ps.execute()).isTrue();
                try (ResultSet rs = ps.getResultSet()) {
                    assertThat(rs.next()).isTrue();
                    ids.add(rs.getLong(1));
                }
            }
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM ar_be_people")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
        }
        return ids;
    }

    @Test
    void mariaDb1011KeepsReturningAndA104BackendGetsGeneratedKeysOnTheSameServer() throws Exception {
        ActiveRecordDataSource current = ActiveRecordDataSource.of(mariadb(), MariaDBBackend.class);
        ServerVersion v = current.serverVersion();
        assertThat(v.isMariaDb()).isTrue();
        assertThat(v.atLeast(10, 11)).isTrue();
        assertThat(current.capabilities().returning()).isTrue();
        assertThat(current.targetProfile().isPlain()).isTrue();
        String table = "CREATE TABLE ar_be_people (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(20))";
        assertThat(insertReturning(current, table)).containsExactly(1L, 2L);

        ActiveRecordDataSource old = ActiveRecordDataSource.of(mariadb(), MariaDb104Backend.class);
        TargetProfile p = old.targetProfile();
        assertThat(p.features()).containsEntry(Feature.RETURNING, false).containsEntry(Feature.SKIP_LOCKED, false);
        Translation t = SqlTranslator.builder().build().translate(RETURNING_INSERT, Dialect.POSTGRESQL, p);
        assertThat(t.sql()).doesNotContainIgnoringCase("RETURNING");
        assertThat(t.generatedKeyColumns()).containsExactly("id");
        assertThat(insertReturning(old, table)).containsExactly(1L, 2L);
    }

    @Test
    void mySqlConnectorJAgainstMariaDbIsTranslatedWithMariaDbsCapabilities() throws Exception {
        ConnectionConfig cfg = ConnectionConfig.builder().url(TestDatabases.mysql("ar_backends_v")).username("root")
                .build();
        ActiveRecordDataSource ds = ActiveRecordDataSource.of(cfg, MySQLBackend.class);
        assertThat(ds.serverVersion().isMariaDb()).isTrue();
        BackendCapabilities caps = ds.capabilities();
        // MariaDB's table (sequences, OFFSET/FETCH, SKIP LOCKED), but Connector/J cannot read RETURNING rows
        assertThat(caps.sequences()).isTrue();
        assertThat(caps.returning()).isFalse();
        assertThat(ds.targetProfile().features()).containsEntry(Feature.SEQUENCES, true)
                .doesNotContainKey(Feature.RETURNING);
        Translation t = SqlTranslator.builder().build().translate(RETURNING_INSERT, Dialect.POSTGRESQL,
                ds.targetProfile());
        assertThat(t.generatedKeyColumns()).containsExactly("id");
        String table = "CREATE TABLE ar_be_people (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(20))";
        assertThat(insertReturning(ds, table)).containsExactly(1L, 2L);
        // and MariaDB's sequences, which MySQL's rules do not assume, are translated for it
        Translation seq = SqlTranslator.builder().build().translate("CREATE SEQUENCE ar_be_seq START WITH 5",
                Dialect.POSTGRESQL, ds.targetProfile());
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP SEQUENCE IF EXISTS ar_be_seq");
            st.execute(seq.sql());
            try (ResultSet rs = st.executeQuery("SELECT NEXTVAL(ar_be_seq)")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(5L);
            }
            st.execute("DROP SEQUENCE ar_be_seq");
        }
    }

    @Test
    void sqliteBefore335GetsTheGeneratedKeysPathOnTheRealSqlite() throws Exception {
        String table = "CREATE TABLE ar_be_people (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT)";
        ActiveRecordDataSource current = ActiveRecordDataSource.of(ConnectionConfig.builder()
                .url(TestDatabases.sqlite("ar_be_v_current")).build(), SQLiteBackend.class);
        assertThat(current.serverVersion().atLeast(3, 35)).isTrue();
        assertThat(current.targetProfile().isPlain()).isTrue();
        assertThat(insertReturning(current, table)).containsExactly(1L, 2L);

        ActiveRecordDataSource old = ActiveRecordDataSource.of(ConnectionConfig.builder()
                .url(TestDatabases.sqlite("ar_be_v_334")).build(), Sqlite334Backend.class);
        assertThat(old.targetProfile().features()).containsEntry(Feature.RETURNING, false);
        assertThat(old.capabilities().returning()).isFalse();
        assertThat(insertReturning(old, table)).containsExactly(1L, 2L);
        // a plain Statement's executeQuery takes the same path
        try (Connection c = old.getConnection(); Statement st = c.unwrap(TranslatingConnection.class)
                .createStatement(Dialect.POSTGRESQL);
             ResultSet rs = st.executeQuery("INSERT INTO ar_be_people (name) VALUES ('Cy') RETURNING id")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(3L);
        }
        try (Connection c = old.getConnection(); Statement st = c.unwrap(TranslatingConnection.class)
                .createStatement(Dialect.POSTGRESQL)) {
            assertThat(st.execute("INSERT INTO ar_be_people (name) VALUES ('Dee') RETURNING id")).isTrue();
            assertThat(st.getUpdateCount()).isEqualTo(-1);
            try (ResultSet rs = st.getResultSet()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(4L);
            }
        }
    }

    @Test
    void postgres15UpsertsNativelyAndA94BackendRefusesTheUpsertClearly() throws Exception {
        ConnectionConfig cfg = ConnectionConfig.builder().url(TestDatabases.postgres("ar_backends_v"))
                .username("postgres").build();
        ActiveRecordDataSource current = ActiveRecordDataSource.of(cfg, PostgreSQLBackend.class);
        assertThat(current.serverVersion().major()).isGreaterThanOrEqualTo(15);
        assertThat(current.targetProfile().isPlain()).isTrue();
        ActiveRecordDataSource old = ActiveRecordDataSource.of(cfg, Postgres94Backend.class);
        assertThat(old.targetProfile().features()).containsEntry(Feature.UPSERT, false)
                .containsEntry(Feature.SKIP_LOCKED, false);
        String upsert = "INSERT INTO ar_be_counts (k, n) VALUES (?, 1) ON DUPLICATE KEY UPDATE n = n + 1";
        SqlTranslator failing = SqlTranslator.builder().onUnsupported(OnUnsupported.FAIL).build();
        Translation t = failing.translate(upsert, Dialect.MYSQL, current.targetProfile());
        try (Connection c = current.getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS ar_be_counts");
            st.execute("CREATE TABLE ar_be_counts (k TEXT PRIMARY KEY, n INT)");
            for (int i = 0; i < 2; i++) {
                try (PreparedStatement ps = c.prepareStatement(t.sql())) {
                    ps.setString(1, "a");
                    ps.executeUpdate();
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT n FROM ar_be_counts WHERE k = 'a'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
            st.execute("DROP TABLE ar_be_counts");
        }
        Translation refused = SqlTranslator.builder().build().translate(upsert, Dialect.MYSQL, old.targetProfile());
        assertThat(refused.outcome()).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(refused.warnings().toString()).contains("upsert").contains("no single-statement upsert");
    }
}
