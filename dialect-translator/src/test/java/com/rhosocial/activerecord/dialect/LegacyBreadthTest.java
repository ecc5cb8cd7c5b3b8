package com.rhosocial.activerecord.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden translations for the MySQL / SQLite legacy breadth rules of session 4: left-to-right UPDATE assignment,
 * 0 into an AUTO_INCREMENT column, SQLite's overflowing month shift, MySQL scheduling modifiers, SQLite OR ABORT,
 * population statistics, WEEKOFYEAR and DATABASE(). Expected SQL is written by hand from the target's manual; the
 * values are those the source manual gives, checked on the real target.
 */
class LegacyBreadthTest {
    private static final String PG = System.getenv().getOrDefault("AR_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");

    private final SqlTranslator translator = SqlTranslator.builder().build();

    private static List<String> row(Connection c, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                values.add(rs.getString(i));
            }
        }
        return values;
    }

    @Test
    void mysqlUpdateReadsValuesAssignedEarlierInTheSetList() throws Exception {
        // MySQL: the second assignment sees stock already decremented
        Translation t = translator.translate("UPDATE products SET stock = stock - 5, low = (stock <= 0) WHERE id = 4",
                Dialect.MYSQL, Dialect.SQLITE);
        assertThat(t.sql()).isEqualTo("UPDATE products SET stock = stock - 5, low = ((stock - 5) <= 0) WHERE id = 4");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE products (id INTEGER PRIMARY KEY, stock INTEGER, low INTEGER)");
            s.execute("INSERT INTO products VALUES (4, 3, 0)");
            s.execute(t.sql());
            assertThat(row(c, "SELECT stock, low FROM products")).containsExactly("-2", "1");
        }
    }

    @Test
    void mysqlUpdateOfOneColumnIsUnchanged() throws Exception {
        Translation t = translator.translate("UPDATE t SET a = a + 1 WHERE id = 1", Dialect.MYSQL, Dialect.POSTGRESQL);
        assertThat(t.sql()).isEqualTo("UPDATE t SET a = a + 1 WHERE id = 1");
    }

    @Test
    void zeroIntoAutoIncrementKeyLeavesTheKeyToTheTarget() throws Exception {
        SchemaInfo schema = name -> name.equalsIgnoreCase("audit_log")
                ? java.util.Optional.of(new TableInfo("audit_log", List.of(
                        new TableInfo.ColumnInfo("id", java.sql.Types.INTEGER, "INTEGER", false, true),
                        new TableInfo.ColumnInfo("action", java.sql.Types.VARCHAR, "VARCHAR", false)),
                        List.of("id"), List.of()))
                : java.util.Optional.empty();
        Translation t = translator.translate("INSERT INTO audit_log VALUES (0, 'login'), (0, 'logout')",
                Dialect.MYSQL, Dialect.SQLITE, schema);
        assertThat(t.sql()).isEqualTo("INSERT INTO audit_log (action) VALUES ('login'), ('logout')");
        Translation p = translator.translate("INSERT INTO audit_log (id, action) VALUES (0, 'x')",
                Dialect.MYSQL, Dialect.POSTGRESQL, schema);
        assertThat(p.sql()).isEqualTo("INSERT INTO audit_log (action) VALUES ('x')");
    }

    @Test
    void sqliteMonthShiftOverflowsIntoTheNextMonth() throws Exception {
        // SQLite: date('2024-01-31', '+1 month') = '2024-03-02'
        Translation t = translator.translate("SELECT date('2024-01-31', '+1 month')", Dialect.SQLITE,
                Dialect.POSTGRESQL);
        // back to the 1st (day - 1 days), one month on (never clamped), then day - 1 days forward again
        assertThat(t.sql()).contains("+ (-1 * (CAST(EXTRACT(DAY FROM CAST('2024-01-31' AS DATE)) AS INTEGER) - 1))"
                + " * INTERVAL '1 day'").contains("+ INTERVAL '1 month'");
        try (Connection c = DriverManager.getConnection(PG, "postgres", "")) {
            assertThat(row(c, t.sql())).containsExactly("2024-03-02");
            assertThat(row(c, translator.translate("SELECT date('2024-02-29', '+1 year'), date('2024-03-31', '-1 month')",
                    Dialect.SQLITE, Dialect.POSTGRESQL).sql())).containsExactly("2025-03-01", "2024-03-02");
        }
    }

    @Test
    void mysqlSchedulingModifiersAreDropped() throws Exception {
        assertThat(translator.translate("INSERT LOW_PRIORITY INTO t (a) VALUES (1)", Dialect.MYSQL,
                Dialect.POSTGRESQL).sql()).isEqualTo("INSERT INTO t (a) VALUES (1)");
        assertThat(translator.translate("DELETE LOW_PRIORITY QUICK FROM t WHERE a = 1", Dialect.MYSQL,
                Dialect.SQLITE).sql()).isEqualTo("DELETE FROM t WHERE a = 1");
        assertThat(translator.translate("SELECT SQL_NO_CACHE SQL_BUFFER_RESULT a FROM t", Dialect.MYSQL,
                Dialect.SQLITE).sql()).isEqualTo("SELECT a FROM t");
    }

    @Test
    void sqliteOrAbortIsThePlainStatement() throws Exception {
        assertThat(translator.translate("INSERT OR ABORT INTO t (a) VALUES (1)", Dialect.SQLITE,
                Dialect.POSTGRESQL).sql()).isEqualTo("INSERT INTO t (a) VALUES (1)");
        assertThat(translator.translate("UPDATE OR FAIL t SET a = 2", Dialect.SQLITE, Dialect.MARIADB).sql())
                .isEqualTo("UPDATE t SET a = 2");
    }

    @Test
    void mysqlStatisticsAreThePopulationForms() throws Exception {
        Translation t = translator.translate("SELECT STD(x), STDDEV(x), VARIANCE(x) FROM t", Dialect.MYSQL,
                Dialect.POSTGRESQL);
        assertThat(t.sql()).isEqualTo("SELECT STDDEV_POP(x), STDDEV_POP(x), VAR_POP(x) FROM t");
        Translation l = translator.translate("SELECT VARIANCE(x) FROM (SELECT 1 AS x UNION ALL SELECT 3) d",
                Dialect.MYSQL, Dialect.SQLITE);
        assertThat(l.sql()).isEqualTo("SELECT (AVG((x) * (x)) - AVG(x) * AVG(x)) FROM (SELECT 1 AS x UNION ALL SELECT 3) d");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            assertThat(row(c, l.sql())).containsExactly("1.0");
        }
    }

    @Test
    void weekOfYearAndDatabase() throws Exception {
        Translation t = translator.translate("SELECT WEEKOFYEAR('2024-12-30'), DATABASE()", Dialect.MYSQL,
                Dialect.POSTGRESQL);
        try (Connection c = DriverManager.getConnection(PG, "postgres", "")) {
            // ISO week: 2024-12-30 is in week 1 of 2025
            assertThat(row(c, t.sql())).containsExactly("1", "public");
        }
        assertThat(translator.translate("SELECT DATABASE()", Dialect.MYSQL, Dialect.SQLITE).sql())
                .isEqualTo("SELECT 'main'");
    }
}
