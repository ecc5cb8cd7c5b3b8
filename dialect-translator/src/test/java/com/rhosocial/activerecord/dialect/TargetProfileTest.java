package com.rhosocial.activerecord.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rhosocial.activerecord.dialect.TargetProfile.Feature;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Capabilities a target profile denies or changes reach the translation, and the result runs on the real server
 * (SQLite, PostgreSQL 15, H2's Oracle and SQL Server modes standing in for servers we do not have).
 */
class TargetProfileTest {
    private static final String PG = System.getenv().getOrDefault("AR_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");

    private final SqlTranslator translator = SqlTranslator.builder().build();

    private static List<String> rows(Connection c, String sql, Object... params) throws Exception {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder b = new StringBuilder();
                    for (int i = 1; i <= n; i++) {
                        b.append(i > 1 ? ":" : "").append(rs.getString(i));
                    }
                    out.add(b.toString());
                }
            }
        }
        return out;
    }

    @Test
    void plainProfileTranslatesExactlyAsItsDialect() throws Exception {
        for (String sql : List.of("SELECT `a` FROM `t` LIMIT 2, 3", "INSERT INTO t (a) VALUES (?) RETURNING id",
                "SELECT IFNULL(a, 0), GROUP_CONCAT(b) FROM t GROUP BY a")) {
            for (Dialect to : List.of(Dialect.POSTGRESQL, Dialect.SQLITE, Dialect.ORACLE, Dialect.SQLSERVER)) {
                Translation plain = translator.translate(sql, Dialect.MYSQL, to);
                Translation profiled = translator.translate(sql, Dialect.MYSQL, TargetProfile.of(to));
                assertThat(profiled.sql()).as(sql + " -> " + to).isEqualTo(plain.sql());
                assertThat(profiled.outcome()).isEqualTo(plain.outcome());
            }
        }
        assertThat(TargetProfile.of(Dialect.SQLITE).isPlain()).isTrue();
        assertThat(TargetProfile.builder(Dialect.SQLITE).set(Feature.RETURNING, false).build())
                .isEqualTo(TargetProfile.builder(Dialect.SQLITE).set(Feature.RETURNING, false).build())
                .isNotEqualTo(TargetProfile.of(Dialect.SQLITE));
    }

    @Test
    void sqliteBefore335WithoutReturningGetsGeneratedKeysThatWorkOnRealSqlite() throws Exception {
        String sql = "INSERT INTO ar_tp_people (name) VALUES (?) RETURNING id";
        TargetProfile old = TargetProfile.builder(Dialect.SQLITE).set(Feature.RETURNING, false).build();
        Translation t = translator.translate(sql, Dialect.POSTGRESQL, old);
        assertThat(t.sql()).doesNotContainIgnoringCase("RETURNING");
        assertThat(t.generatedKeyColumns()).containsExactly("id");
        assertThat(t.warnings()).extracting(TranslationWarning::rule).contains("returning");
        Translation current = translator.translate(sql, Dialect.POSTGRESQL, Dialect.SQLITE);
        assertThat(current.sql()).containsIgnoringCase("RETURNING");
        assertThat(current.generatedKeyColumns()).isEmpty();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE ar_tp_people (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT)");
                s.execute("INSERT INTO ar_tp_people (name) VALUES ('first')");
            }
            try (PreparedStatement ps = c.prepareStatement(t.sql(), t.generatedKeyColumns().toArray(new String[0]))) {
                ps.setString(1, "Ada");
                assertThat(ps.executeUpdate()).isEqualTo(1);
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    assertThat(keys.next()).isTrue();
                    assertThat(keys.getLong(1)).isEqualTo(2L);
                }
            }
            // the 3.35+ translation keeps RETURNING, which the bundled SQLite (3.4x) answers with the row
            assertThat(rows(c, current.sql(), "Bob")).containsExactly("3");
            assertThat(rows(c, "SELECT name FROM ar_tp_people ORDER BY id")).containsExactly("first", "Ada", "Bob");
        }
    }

    @Test
    void aTargetWithoutWindowFunctionsOrCtesReportsThemUnsupported() throws Exception {
        TargetProfile noWindows = TargetProfile.builder(Dialect.POSTGRESQL).set(Feature.WINDOW_FUNCTIONS, false).build();
        Translation w = translator.translate("SELECT id, ROW_NUMBER() OVER (ORDER BY id) FROM t", Dialect.MYSQL, noWindows);
        assertThat(w.outcome()).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(w.warnings()).extracting(TranslationWarning::rule).contains("window-functions");
        assertThat(translator.translate("SELECT id FROM t LIMIT 1", Dialect.MYSQL, noWindows).outcome())
                .isNotEqualTo(Outcome.UNSUPPORTED);

        TargetProfile noRecursive = TargetProfile.builder(Dialect.SQLITE).set(Feature.RECURSIVE_CTE, false).build();
        String plainCte = "WITH x AS (SELECT 1 AS n) SELECT n FROM x";
        String recursive = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT n FROM r";
        assertThat(translator.translate(plainCte, Dialect.POSTGRESQL, noRecursive).outcome())
                .isNotEqualTo(Outcome.UNSUPPORTED);
        Translation r = translator.translate(recursive, Dialect.POSTGRESQL, noRecursive);
        assertThat(r.outcome()).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(r.warnings()).extracting(TranslationWarning::message).anyMatch(m -> m.contains("recursive WITH"));
        TargetProfile noCte = TargetProfile.builder(Dialect.SQLITE).set(Feature.CTE, false).build();
        assertThat(translator.translate(plainCte, Dialect.POSTGRESQL, noCte).outcome()).isEqualTo(Outcome.UNSUPPORTED);
    }

    @Test
    void failPolicyThrowsWithTheRuleOfTheMissingCapability() throws Exception {
        SqlTranslator failing = SqlTranslator.builder().onUnsupported(OnUnsupported.FAIL).build();
        TargetProfile noWindows = TargetProfile.builder(Dialect.MARIADB).set(Feature.WINDOW_FUNCTIONS, false).build();
        assertThatThrownBy(() -> failing.translate("SELECT RANK() OVER (ORDER BY a) FROM t", Dialect.POSTGRESQL, noWindows))
                .isInstanceOf(TranslationException.class)
                .hasMessageContaining("window functions")
                .satisfies(e -> assertThat(((TranslationException) e).getSQLState()).isEqualTo("42000"));
    }

    @Test
    void rowLockingAndSkipLockedFollowTheProfileOnPostgres() throws Exception {
        String sql = "SELECT id, name FROM ar_tp_locks.jobs WHERE id = ? FOR UPDATE";
        TargetProfile noLocks = TargetProfile.builder(Dialect.POSTGRESQL).set(Feature.ROW_LOCKING, false).build();
        Translation dropped = translator.translate(sql, Dialect.MYSQL, noLocks);
        assertThat(dropped.sql()).doesNotContainIgnoringCase("FOR UPDATE");
        TargetProfile noSkip = TargetProfile.builder(Dialect.POSTGRESQL).set(Feature.SKIP_LOCKED, false).build();
        Translation skip = translator.translate("SELECT id FROM ar_tp_locks.jobs FOR UPDATE SKIP LOCKED",
                Dialect.MYSQL, noSkip);
        assertThat(skip.outcome()).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(skip.warnings()).extracting(TranslationWarning::message).anyMatch(m -> m.contains("SKIP LOCKED"));
        Translation kept = translator.translate(sql, Dialect.MYSQL, noSkip);
        assertThat(kept.sql()).containsIgnoringCase("FOR UPDATE");
        try (Connection c = DriverManager.getConnection(PG, "postgres", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS ar_tp_locks");
                s.execute("DROP TABLE IF EXISTS ar_tp_locks.jobs");
                s.execute("CREATE TABLE ar_tp_locks.jobs (id INTEGER PRIMARY KEY, name TEXT)");
                s.execute("INSERT INTO ar_tp_locks.jobs VALUES (1, 'a'), (2, 'b')");
            }
            c.setAutoCommit(false);
            assertThat(rows(c, dropped.sql(), 2)).containsExactly("2:b");
            assertThat(rows(c, kept.sql(), 1)).containsExactly("1:a");
            c.rollback();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA ar_tp_locks CASCADE");
            }
        }
    }

    @Test
    void aTargetWithoutUpsertOrSequencesReportsThemUnsupported() throws Exception {
        TargetProfile pg94 = TargetProfile.builder(Dialect.POSTGRESQL).set(Feature.UPSERT, false).build();
        Translation up = translator.translate("INSERT INTO t (id, n) VALUES (?, ?) ON DUPLICATE KEY UPDATE n = VALUES(n)",
                Dialect.MYSQL, pg94);
        assertThat(up.outcome()).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(up.warnings()).extracting(TranslationWarning::rule).contains("upsert");
        assertThat(translator.translate("INSERT INTO t (id, n) VALUES (?, ?)", Dialect.MYSQL, pg94).outcome())
                .isNotEqualTo(Outcome.UNSUPPORTED);
        TargetProfile noSeq = TargetProfile.builder(Dialect.SQLSERVER).set(Feature.SEQUENCES, false).build();
        Translation seq = translator.translate("CREATE SEQUENCE order_no START WITH 1", Dialect.POSTGRESQL, noSeq);
        assertThat(seq.outcome()).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(seq.warnings()).extracting(TranslationWarning::rule).contains("sequences");
    }

    @Test
    void sqlServerBefore2012PagesWithTopAndRunsOnH2MsSqlMode() throws Exception {
        TargetProfile mssql2008 = TargetProfile.builder(Dialect.SQLSERVER).set(Feature.OFFSET_FETCH, false).build();
        Translation first = translator.translate("SELECT id, name FROM items ORDER BY id LIMIT ?", Dialect.MYSQL, mssql2008);
        assertThat(first.sql()).containsIgnoringCase("TOP").doesNotContainIgnoringCase("FETCH");
        Translation offset = translator.translate("SELECT id, name FROM items ORDER BY id LIMIT 2, 2", Dialect.MYSQL,
                mssql2008);
        assertThat(offset.outcome()).isEqualTo(Outcome.UNSUPPORTED);
        Translation current = translator.translate("SELECT id, name FROM items ORDER BY id LIMIT 2, 2", Dialect.MYSQL,
                Dialect.SQLSERVER);
        assertThat(current.sql()).containsIgnoringCase("FETCH");
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:ar_tp_mssql;MODE=MSSQLServer");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(10))");
            s.execute("INSERT INTO items VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd')");
            assertThat(rows(c, first.sql(), 2)).containsExactly("1:a", "2:b");
            assertThat(rows(c, current.sql())).containsExactly("3:c", "4:d");
        }
    }

    @Test
    void oracleBefore12cPagesWithRownumAndRunsOnH2OracleMode() throws Exception {
        TargetProfile oracle11 = TargetProfile.builder(Dialect.ORACLE).set(Feature.OFFSET_FETCH, false).build();
        Translation first = translator.translate("SELECT id, name FROM items WHERE id > ? LIMIT ?", Dialect.MYSQL, oracle11);
        assertThat(first.sql()).containsIgnoringCase("ROWNUM").doesNotContainIgnoringCase("FETCH");
        assertThat(first.parameterMap()).containsExactly(1, 2);
        assertThat(translator.translate("SELECT id FROM items ORDER BY id LIMIT 2", Dialect.MYSQL, oracle11).outcome())
                .isEqualTo(Outcome.UNSUPPORTED);
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:ar_tp_oracle;MODE=Oracle");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(10))");
            s.execute("INSERT INTO items VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd')");
            assertThat(rows(c, first.sql(), 1, 2)).hasSize(2).allMatch(r -> !r.startsWith("1:"));
        }
    }

    @Test
    void typeRenamesAndBooleanAndJsonFlagsShapeDdlThatRunsOnH2() throws Exception {
        String ddl = "CREATE TABLE ar_tp_flags (id INTEGER PRIMARY KEY, ok BOOLEAN, doc JSON, name VARCHAR(20))";
        TargetProfile h2 = TargetProfile.builder(Dialect.H2).typeRename("VARCHAR", "VARCHAR_IGNORECASE")
                .set(Feature.BOOLEAN_TYPE, false).set(Feature.JSON, false).build();
        Translation t = translator.translate(ddl, Dialect.POSTGRESQL, h2);
        assertThat(t.sql()).contains("VARCHAR_IGNORECASE(20)").doesNotContain("BOOLEAN").doesNotContain("JSON");
        Translation ins = translator.translate("INSERT INTO ar_tp_flags VALUES (1, TRUE, '{\"a\": 1}', 'Ada')",
                Dialect.POSTGRESQL, h2);
        assertThat(ins.sql()).doesNotContain("TRUE");
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:ar_tp_types");
             Statement s = c.createStatement()) {
            s.execute(t.sql());
            s.execute(ins.sql());
            // VARCHAR_IGNORECASE compares without case; the JSON text came back as written, the boolean as 1
            assertThat(rows(c, "SELECT ok, doc FROM ar_tp_flags WHERE name = 'ADA'")).containsExactly("1:{\"a\": 1}");
        }
    }

    @Test
    void functionRewriteHookReplacesACallAndKeepsItsParameters() throws Exception {
        TargetProfile pg = TargetProfile.builder(Dialect.POSTGRESQL)
                .functionRewrite("LENGTH", args -> "OCTET_LENGTH(" + args.get(0) + ")")
                .build();
        Translation t = translator.translate("SELECT LENGTH(?), 'LENGTH(x)'", Dialect.MYSQL, pg);
        assertThat(t.sql()).contains("OCTET_LENGTH(?)").contains("'LENGTH(x)'");
        try (Connection c = DriverManager.getConnection(PG, "postgres", "")) {
            assertThat(rows(c, t.sql(), "é")).containsExactly("2:LENGTH(x)");
        }
        TargetProfile broken = TargetProfile.builder(Dialect.POSTGRESQL).functionRewrite("ABS", args -> "0").build();
        assertThat(translator.translate("SELECT ABS(?)", Dialect.MYSQL, broken).outcome()).isEqualTo(Outcome.UNSUPPORTED);
    }

    @Test
    void translationsAreCachedPerProfile() throws Exception {
        TargetProfile a = TargetProfile.builder(Dialect.SQLITE).set(Feature.RETURNING, false).build();
        TargetProfile b = TargetProfile.builder(Dialect.SQLITE).set(Feature.RETURNING, false).build();
        String sql = "INSERT INTO t (a) VALUES (1) RETURNING id";
        Translation first = translator.translate(sql, Dialect.POSTGRESQL, a);
        assertThat(translator.translate(sql, Dialect.POSTGRESQL, b)).isSameAs(first);
        assertThat(translator.translate(sql, Dialect.POSTGRESQL, Dialect.SQLITE).sql()).contains("RETURNING");
        assertThat(translator.stats().hits()).isPositive();
    }
}
