package com.rhosocial.activerecord.jdbc;

import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.Outcome;
import com.rhosocial.activerecord.dialect.SchemaInfo;
import com.rhosocial.activerecord.dialect.TargetProfile;
import com.rhosocial.activerecord.dialect.TableInfo;
import com.rhosocial.activerecord.dialect.Translation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The translation hook on a real PostgreSQL: parameters re-bound through the translation's map (moved,
 * repeated, dropped), several target statements run in order, translation skipped when it must be, schema
 * metadata handed to the translator and refreshed after DDL. The translator here is a fixed table of
 * translations (the engine is tested in its own module); the database is real.
 */
class TranslationHookTest {

    /** Frees this class's connections: pools are JVM-wide and would otherwise add up across test classes. */
    @org.junit.jupiter.api.AfterAll
    static void closePools() {
        ActiveRecordDriver.shutdown();
    }

    private final Map<String, Translation> table = Map.of(
            "SELECT v FROM rb ORDER BY v LIMIT ?, ?",
            new Translation("", List.of("SELECT v FROM rb ORDER BY v LIMIT ? OFFSET ?"), new int[] {2, 1}, Outcome.TRANSLATED, List.of()),
            "SELECT v FROM rb WHERE v = ?",
            new Translation("", List.of("SELECT v FROM rb WHERE v = ? AND v = ?"), new int[] {1, 1}, Outcome.TRANSLATED, List.of()),
            "SELECT v FROM rb WHERE v = ? OR v = ?",
            new Translation("", List.of("SELECT v FROM rb WHERE v = ?"), new int[] {2}, Outcome.TRANSLATED, List.of()),
            "INSERT INTO rb (v) VALUES (?) LOGGED",
            new Translation("", List.of("INSERT INTO rb_log (v) VALUES (?)", "INSERT INTO rb (v) VALUES (?)"), new int[] {1, 1},
                    Outcome.EMULATED, List.of()),
            "LOG AND COUNT",
            new Translation("", List.of("INSERT INTO rb_log (v) VALUES (42)", "SELECT COUNT(*) FROM rb_log"), new int[0],
                    Outcome.EMULATED, List.of()));

    private final AtomicInteger calls = new AtomicInteger();
    private final List<Optional<TableInfo>> seenTables = new ArrayList<>();
    private String realUrl;

    @BeforeEach
    void setUp() throws Exception {
        realUrl = TestDatabases.postgres("ar_driver_translate");
        ConnectionSettings.testTranslator = this::translate;
        Resolver.clearCache();
        try (Connection c = DriverManager.getConnection(realUrl, "postgres", ""); Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS rb");
            st.execute("DROP TABLE IF EXISTS rb_log");
            st.execute("CREATE TABLE rb (id SERIAL PRIMARY KEY, v INT NOT NULL)");
            st.execute("CREATE TABLE rb_log (v INT)");
            st.execute("INSERT INTO rb (v) SELECT g FROM generate_series(1, 10) g");
        }
    }

    @AfterEach
    void tearDown() {
        ConnectionSettings.testTranslator = null;
        Resolver.clearCache();
    }

    private Translation translate(String sql, Dialect from, TargetProfile to, SchemaInfo schema) throws SQLException {
        calls.incrementAndGet();
        if (sql.contains("rb")) {
            seenTables.add(schema.table("rb"));
        }
        Translation t = table.get(sql);
        return t != null ? t : Translation.unchanged(sql, Translation.countParameters(sql, null));
    }

    private Connection open(String options) throws SQLException {
        return DriverManager.getConnection(TestDatabases.wrap(realUrl) + "?maximumPoolSize=2&" + options, "postgres", "");
    }

    @Test
    void movesParametersWhenTheTranslationReordersThem() throws Exception {
        try (Connection c = open("sourceDialect=mysql");
             PreparedStatement ps = c.prepareStatement("SELECT v FROM rb ORDER BY v LIMIT ?, ?")) {
            ps.setInt(1, 2); // MySQL: offset first
            ps.setInt(2, 3); // then count
            assertThat(values(ps)).containsExactly(3, 4, 5);
        }
    }

    @Test
    void feedsOneSourceParameterToSeveralPlaceholders() throws Exception {
        try (Connection c = open("sourceDialect=mysql");
             PreparedStatement ps = c.prepareStatement("SELECT v FROM rb WHERE v = ?")) {
            ps.setInt(1, 7);
            assertThat(values(ps)).containsExactly(7);
        }
    }

    @Test
    void ignoresASourceParameterTheTranslationDropped() throws Exception {
        try (Connection c = open("sourceDialect=mysql");
             PreparedStatement ps = c.prepareStatement("SELECT v FROM rb WHERE v = ? OR v = ?")) {
            ps.setInt(1, 99);
            ps.setInt(2, 4);
            assertThat(values(ps)).containsExactly(4);
            assertThatThrownBy(() -> ps.setInt(3, 1)).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("07009"));
        }
    }

    @Test
    void runsSeveralTargetStatementsInOrderOnOneConnection() throws Exception {
        try (Connection c = open("sourceDialect=mysql")) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO rb (v) VALUES (?) LOGGED")) {
                ps.setInt(1, 500);
                assertThat(ps.executeUpdate()).isEqualTo(1);
                ps.setInt(1, 501);
                ps.addBatch();
                ps.setInt(1, 502);
                ps.addBatch();
                assertThat(ps.executeBatch()).containsExactly(1, 1);
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("LOG AND COUNT")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(4); // 500, 501, 502 and the 42 of this statement
            }
            c.rollback();
        }
        try (Connection c = open("sourceDialect=mysql"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM rb_log")) {
            rs.next();
            assertThat(rs.getInt(1)).as("rolled back with the transaction").isZero();
        }
    }

    @Test
    void skipsTheTranslatorWhenSourceIsTargetOrTranslateIsOff() throws Exception {
        try (Connection c = open("sourceDialect=postgresql"); Statement st = c.createStatement()) {
            st.executeQuery("SELECT 1").close();
        }
        try (Connection c = open("sourceDialect=mysql&translate=false"); Statement st = c.createStatement()) {
            st.executeQuery("SELECT 1").close();
        }
        try (Connection c = open("slowQueryThreshold=5000"); PreparedStatement ps = c.prepareStatement("SELECT 1")) {
            ps.executeQuery().close();
        }
        assertThat(calls.get()).isZero();
        try (Connection c = open("sourceDialect=mysql"); Statement st = c.createStatement()) {
            st.executeQuery("SELECT 1").close();
        }
        assertThat(calls.get()).isEqualTo(1);
    }

    @Test
    void givesTheTranslatorTableMetadataAndRefreshesItAfterDdl() throws Exception {
        try (Connection c = open("sourceDialect=mysql")) {
            try (PreparedStatement ps = c.prepareStatement("SELECT v FROM rb WHERE v = ?")) {
                ps.setInt(1, 1);
                values(ps);
            }
            TableInfo rb = seenTables.get(seenTables.size() - 1).orElseThrow();
            assertThat(rb.primaryKey()).containsExactly("id");
            assertThat(rb.column("v").orElseThrow().nullable()).isFalse();
            assertThat(rb.column("w")).isEmpty();
            try (Statement st = c.createStatement()) {
                st.execute("ALTER TABLE rb ADD COLUMN w INT");
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT v FROM rb WHERE v = ?")) {
                ps.setInt(1, 1);
                values(ps);
            }
            TableInfo after = seenTables.get(seenTables.size() - 1).orElseThrow();
            assertThat(after.column("w")).isPresent();
        }
    }

    @Test
    void reusesTheConnectionsLastTranslationOfTheSameStringUntilDdlRuns() throws Exception {
        String sql = "SELECT v FROM rb WHERE v = ?";
        try (Connection c = open("sourceDialect=mysql")) {
            int before = calls.get();
            for (int i = 0; i < 3; i++) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setInt(1, 5);
                    assertThat(values(ps)).containsExactly(5);
                }
            }
            assertThat(calls.get() - before).isEqualTo(1);
            try (Statement st = c.createStatement()) {
                st.execute("ALTER TABLE rb ADD COLUMN w INT");
            }
            int afterDdl = calls.get();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setInt(1, 6);
                assertThat(values(ps)).containsExactly(6);
            }
            assertThat(calls.get() - afterDdl).isEqualTo(1);
            assertThat(seenTables.get(seenTables.size() - 1).orElseThrow().column("w")).isPresent();
        }
    }

    @Test
    void theFacadeNamesItsDialectPerStatement() throws Exception {
        try (Connection c = open("translate=true")) {
            TranslatingConnection tc = c.unwrap(TranslatingConnection.class);
            assertThat(tc.sourceDialect()).isEqualTo(Dialect.POSTGRESQL);
            assertThat(tc.targetDialect()).isEqualTo(Dialect.POSTGRESQL);
            try (PreparedStatement ps = tc.prepareStatement("SELECT v FROM rb ORDER BY v LIMIT ?, ?", Dialect.MYSQL)) {
                ps.setInt(1, 8);
                ps.setInt(2, 5);
                assertThat(values(ps)).containsExactly(9, 10);
            }
        }
    }

    private static List<Integer> values(PreparedStatement ps) throws SQLException {
        List<Integer> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }
}
