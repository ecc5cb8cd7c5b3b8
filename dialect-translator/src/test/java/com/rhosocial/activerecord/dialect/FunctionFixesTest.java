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
 * Golden translations of functions and expression semantics that used to give wrong results silently. The
 * expected SQL is written by hand from the target's documentation, then run on the real server (PostgreSQL 15,
 * MariaDB 10.11, SQLite) to check the value the source database would give.
 */
class FunctionFixesTest {
    private static final String PG = System.getenv().getOrDefault("AR_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String MARIADB = System.getenv().getOrDefault("AR_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test");

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

    private static Connection sqlite() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite::memory:");
    }

    @Test
    void cubeRootOnMariaDbUsesADoubleExponent() throws Exception {
        // MariaDB's 1.0 / 3 is the DECIMAL 0.3333 (div_precision_increment = 4): POWER(27, 0.3333) is 2.9999999967.
        Translation t = translator.translate("SELECT cbrt(27)", Dialect.POSTGRESQL, Dialect.MARIADB);
        assertThat(t.sql()).isEqualTo("SELECT POWER(27, 1e0 / 3)");
        try (Connection my = DriverManager.getConnection(MARIADB, "root", "")) {
            assertThat(Double.parseDouble(row(my, t.sql()).get(0))).isCloseTo(3.0, org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void lpadOnSqliteKeepsTheLeftPartAndFillsWithTheStartOfAMultiCharacterPad() throws Exception {
        // PostgreSQL: lpad('abcdef', 3) = 'abc' (truncated on the right); lpad('x', 5, 'ab') = 'ababx'.
        Translation t = translator.translate("SELECT lpad('abcdef', 3), lpad('x', 5, 'ab'), lpad('7', 3, '0')",
                Dialect.POSTGRESQL, Dialect.SQLITE);
        assertThat(t.sql()).isEqualTo("SELECT "
                + "CASE WHEN LENGTH('abcdef') >= 3 THEN SUBSTR('abcdef', 1, 3)"
                + " ELSE SUBSTR(REPLACE(HEX(ZEROBLOB(3)), '00', ' '), 1, 3 - LENGTH('abcdef')) || 'abcdef' END, "
                + "CASE WHEN LENGTH('x') >= 5 THEN SUBSTR('x', 1, 5)"
                + " ELSE SUBSTR(REPLACE(HEX(ZEROBLOB(5)), '00', 'ab'), 1, 5 - LENGTH('x')) || 'x' END, "
                + "CASE WHEN LENGTH('7') >= 3 THEN SUBSTR('7', 1, 3)"
                + " ELSE SUBSTR(REPLACE(HEX(ZEROBLOB(3)), '00', '0'), 1, 3 - LENGTH('7')) || '7' END");
        try (Connection lite = sqlite()) {
            assertThat(row(lite, t.sql())).containsExactly("abc", "ababx", "007");
        }
    }

    @Test
    void numericCastDividesExactlyOnSqlite() throws Exception {
        // PostgreSQL: 10::numeric / 4 = 2.5, while SQLite's CAST(10 AS NUMERIC) is the integer 10 and 10 / 4 = 2.
        Translation t = translator.translate("SELECT 10::numeric / 4, 7 / 2", Dialect.POSTGRESQL, Dialect.SQLITE);
        assertThat(t.sql()).isEqualTo("SELECT CAST(CAST(10 AS NUMERIC) AS REAL) / 4, 7 / 2");
        try (Connection lite = sqlite()) {
            assertThat(row(lite, t.sql())).containsExactly("2.5", "3");
        }
    }

    @Test
    void decimalColumnDividesExactlyOnSqliteWhenTheDriverReportsItAsFloat() throws Exception {
        // sqlite-jdbc reports DECIMAL(10,2) as java.sql.Types.FLOAT, but SQLite stores -50.00 as the integer -50:
        // MySQL's ROUND(credit_limit / 3, 2) is -16.67, SQLite's integer division would give -16.
        try (Connection lite = sqlite()) {
            try (Statement s = lite.createStatement()) {
                s.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, credit_limit DECIMAL(10,2))");
                s.execute("INSERT INTO customers VALUES (5, -50.00)");
            }
            SchemaInfo schema = name -> name.equalsIgnoreCase("customers")
                    ? java.util.Optional.of(new TableInfo("customers", List.of(
                            new TableInfo.ColumnInfo("id", java.sql.Types.INTEGER, "INTEGER", false),
                            new TableInfo.ColumnInfo("credit_limit", java.sql.Types.FLOAT, "DECIMAL", true)),
                            List.of("id"), List.of()))
                    : java.util.Optional.empty();
            Translation t = translator.translate("SELECT ROUND(credit_limit / 3, 2) FROM customers WHERE id = 5",
                    Dialect.MYSQL, Dialect.SQLITE, schema);
            // ROUND of the decimal value: the scaled value printed to 15 digits, rounded half away from zero
            assertThat(t.sql()).isEqualTo("SELECT CASE WHEN CAST(credit_limit AS REAL) / 3 IS NULL THEN NULL"
                    + " ELSE ROUND(CAST(PRINTF('%.15g', (CAST(credit_limit AS REAL) / 3) * 1e2) AS REAL)) / 1e2 END"
                    + " FROM customers WHERE id = 5");
            assertThat(row(lite, t.sql())).containsExactly("-16.67");
        }
    }

    @Test
    void strftimeDayOfWeekIsZeroBasedFromSundayOnPostgresAndMariaDb() throws Exception {
        // SQLite strftime('%w') is '0' for Sunday .. '6' for Saturday; 2024-03-14 is a Thursday: '4'.
        String sql = "SELECT strftime('%w', d) FROM ar_trfun.days";
        Translation pgT = translator.translate(sql, Dialect.SQLITE, Dialect.POSTGRESQL);
        assertThat(pgT.sql()).isEqualTo("SELECT CAST(CAST(EXTRACT(DOW FROM CAST(d AS TIMESTAMP)) AS INTEGER) AS TEXT)"
                + " FROM ar_trfun.days");
        Translation myT = translator.translate(sql, Dialect.SQLITE, Dialect.MARIADB);
        assertThat(myT.sql()).isEqualTo("SELECT CAST((DAYOFWEEK(d) - 1) AS CHAR) FROM ar_trfun.days");
        try (Connection pg = DriverManager.getConnection(PG, "postgres", "");
             Connection my = DriverManager.getConnection(MARIADB, "root", "")) {
            days(pg, "CREATE SCHEMA IF NOT EXISTS ar_trfun");
            days(my, "CREATE DATABASE IF NOT EXISTS ar_trfun");
            assertThat(row(pg, pgT.sql())).containsExactly("4");
            assertThat(row(my, myT.sql())).containsExactly("4");
        }
    }

    @Test
    void oracleTruncatedDateMinusDateCountsWholeDaysOnSqlite() throws Exception {
        // Oracle: TRUNC(shipped_at) - ordered = 1 for 2024-03-15 18:30 and 2024-03-14; SQLite's text dates need JULIANDAY.
        // (The TRUNC reader still tells a date from a number by the column name: shipped_at, created, ..date..)
        try (Connection lite = sqlite()) {
            try (Statement s = lite.createStatement()) {
                s.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, ordered DATE, shipped_at TIMESTAMP)");
                s.execute("INSERT INTO orders VALUES (1, '2024-03-14', '2024-03-15 18:30:00')");
            }
            SchemaInfo schema = name -> name.equalsIgnoreCase("orders")
                    ? java.util.Optional.of(new TableInfo("orders", List.of(
                            new TableInfo.ColumnInfo("id", java.sql.Types.INTEGER, "INTEGER", false),
                            new TableInfo.ColumnInfo("ordered", java.sql.Types.DATE, "DATE", true),
                            new TableInfo.ColumnInfo("shipped_at", java.sql.Types.TIMESTAMP, "TIMESTAMP", true)),
                            List.of("id"), List.of()))
                    : java.util.Optional.empty();
            Translation t = translator.translate("SELECT TRUNC(shipped_at) - ordered FROM orders WHERE id = 1",
                    Dialect.ORACLE, Dialect.SQLITE, schema);
            assertThat(t.sql()).isEqualTo(
                    "SELECT CAST(JULIANDAY(DATE(DATE(shipped_at))) - JULIANDAY(DATE(ordered)) AS INTEGER) FROM orders WHERE id = 1");
            assertThat(row(lite, t.sql())).containsExactly("1");
        }
    }

    @Test
    void oracleToCharOfANumberDropsTrailingZerosOnEveryRealTarget() throws Exception {
        // Oracle TO_CHAR(24.50) = '24.5', TO_CHAR(49.0) = '49', TO_CHAR(10) = '10' (TO_CHAR without a format).
        String sql = "SELECT TO_CHAR(24.50), TO_CHAR(49.0), TO_CHAR(10) FROM DUAL";
        Translation pgT = translator.translate(sql, Dialect.ORACLE, Dialect.POSTGRESQL);
        assertThat(pgT.sql()).isEqualTo("SELECT CAST(TRIM_SCALE(CAST(24.50 AS NUMERIC)) AS TEXT),"
                + " CAST(TRIM_SCALE(CAST(49.0 AS NUMERIC)) AS TEXT), CAST(TRIM_SCALE(CAST(10 AS NUMERIC)) AS TEXT)");
        Translation myT = translator.translate(sql, Dialect.ORACLE, Dialect.MARIADB);
        assertThat(myT.sql()).startsWith("SELECT CASE WHEN CAST(24.50 AS CHAR) LIKE '%.%' AND CAST(24.50 AS CHAR) NOT LIKE '%e%'"
                + " THEN TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(24.50 AS CHAR))) ELSE CAST(24.50 AS CHAR) END, ");
        Translation liteT = translator.translate(sql, Dialect.ORACLE, Dialect.SQLITE);
        assertThat(liteT.sql()).startsWith("SELECT CASE WHEN INSTR(CAST(24.50 AS TEXT), '.') > 0"
                + " AND INSTR(LOWER(CAST(24.50 AS TEXT)), 'e') = 0"
                + " THEN RTRIM(RTRIM(CAST(24.50 AS TEXT), '0'), '.') ELSE CAST(24.50 AS TEXT) END, ");
        try (Connection pg = DriverManager.getConnection(PG, "postgres", "");
             Connection my = DriverManager.getConnection(MARIADB, "root", "");
             Connection lite = sqlite()) {
            assertThat(row(pg, pgT.sql())).containsExactly("24.5", "49", "10");
            assertThat(row(my, myT.sql())).containsExactly("24.5", "49", "10");
            assertThat(row(lite, liteT.sql())).containsExactly("24.5", "49", "10");
        }
    }

    @Test
    void oracleCastOfADecimalToVarchar2DropsTrailingZeros() throws Exception {
        // Oracle: CAST(24.50 AS VARCHAR2(10)) = '24.5'; PostgreSQL's CAST(24.50 AS VARCHAR(10)) keeps '24.50'.
        Translation t = translator.translate("SELECT CAST(24.50 AS VARCHAR2(10)) FROM DUAL", Dialect.ORACLE,
                Dialect.POSTGRESQL);
        assertThat(t.sql()).isEqualTo("SELECT CAST(TRIM_SCALE(CAST(24.50 AS NUMERIC)) AS TEXT)");
        try (Connection pg = DriverManager.getConnection(PG, "postgres", "")) {
            assertThat(row(pg, t.sql())).containsExactly("24.5");
        }
        // A string cast to text is not a number: left as a plain CAST.
        assertThat(translator.translate("SELECT CAST('a' AS VARCHAR2(10)) FROM DUAL", Dialect.ORACLE,
                Dialect.POSTGRESQL).sql()).isEqualTo("SELECT CAST('a' AS VARCHAR(10))");
    }

    @Test
    void oracleMonthsBetweenGivesWholeMonthsForEqualDaysOrMonthEndsAndA31DayFractionOtherwise() throws Exception {
        // Oracle documentation: MONTHS_BETWEEN(DATE '1995-02-02', DATE '1995-01-01') = 1.03225806 (1 + 1/31);
        // equal days of month give whole months; 2024-02-29 and 2024-01-31 are both month ends: 1.
        String sql = "SELECT MONTHS_BETWEEN(DATE '1995-02-02', DATE '1995-01-01'),"
                + " MONTHS_BETWEEN(DATE '2024-01-15', DATE '2024-03-15'),"
                + " MONTHS_BETWEEN(DATE '2024-02-29', DATE '2024-01-31') FROM DUAL";
        Translation pgT = translator.translate(sql, Dialect.ORACLE, Dialect.POSTGRESQL);
        Translation myT = translator.translate(sql, Dialect.ORACLE, Dialect.MARIADB);
        Translation liteT = translator.translate(sql, Dialect.ORACLE, Dialect.SQLITE);
        assertThat(myT.sql()).startsWith("SELECT ((EXTRACT(YEAR FROM DATE '1995-02-02') - EXTRACT(YEAR FROM DATE '1995-01-01'))"
                + " * 12 + EXTRACT(MONTH FROM DATE '1995-02-02') - EXTRACT(MONTH FROM DATE '1995-01-01') + CASE WHEN ");
        try (Connection pg = DriverManager.getConnection(PG, "postgres", "");
             Connection my = DriverManager.getConnection(MARIADB, "root", "");
             Connection lite = sqlite()) {
            for (List<String> r : List.of(row(pg, pgT.sql()), row(my, myT.sql()), row(lite, liteT.sql()))) {
                assertThat(Double.parseDouble(r.get(0))).isCloseTo(1 + 1 / 31.0, org.assertj.core.data.Offset.offset(1e-9));
                assertThat(Double.parseDouble(r.get(1))).isEqualTo(-2.0);
                assertThat(Double.parseDouble(r.get(2))).isEqualTo(1.0);
            }
        }
    }

    @Test
    void oracleInstrWithAnOccurrenceFindsTheNthMatchOnEveryRealTarget() throws Exception {
        // Oracle: INSTR('a.e.e', 'e', 1, 2) = 5; INSTR('aaa', 'aa', 1, 2) = 2 (overlapping); no 2nd match: 0.
        String sql = "SELECT INSTR('a.e.e', 'e', 1, 2), INSTR('aaa', 'aa', 1, 2), INSTR('abc', 'b', 1, 2) FROM DUAL";
        Translation pgT = translator.translate("SELECT INSTR('a.e.e', 'e', 1, 2) FROM DUAL", Dialect.ORACLE,
                Dialect.POSTGRESQL);
        String first = "CASE WHEN STRPOS(SUBSTR('a.e.e', 1), 'e') = 0 THEN 0 ELSE STRPOS(SUBSTR('a.e.e', 1), 'e') + 1 - 1 END";
        assertThat(pgT.sql()).isEqualTo("SELECT CASE WHEN " + first + " = 0 THEN 0 ELSE CASE WHEN STRPOS(SUBSTR('a.e.e', "
                + first + " + 1), 'e') = 0 THEN 0 ELSE STRPOS(SUBSTR('a.e.e', " + first + " + 1), 'e') + " + first
                + " + 1 - 1 END END");
        try (Connection pg = DriverManager.getConnection(PG, "postgres", "");
             Connection my = DriverManager.getConnection(MARIADB, "root", "");
             Connection lite = sqlite()) {
            assertThat(row(pg, translator.translate(sql, Dialect.ORACLE, Dialect.POSTGRESQL).sql())).containsExactly("5", "2", "0");
            assertThat(row(my, translator.translate(sql, Dialect.ORACLE, Dialect.MARIADB).sql())).containsExactly("5", "2", "0");
            assertThat(row(lite, translator.translate(sql, Dialect.ORACLE, Dialect.SQLITE).sql())).containsExactly("5", "2", "0");
        }
    }

    @Test
    void sqliteJuliandayIsTheJulianDayFromNoonOnPostgresAndMariaDb() throws Exception {
        // SQLite: julianday('2024-01-01 06:00:00') = 2460310.75 (Julian days start at noon); d = 2024-03-14 below.
        String sql = "SELECT julianday('2024-01-01 06:00:00'), julianday(d) - julianday('2024-03-10') FROM ar_trfun.days";
        Translation pgT = translator.translate(sql, Dialect.SQLITE, Dialect.POSTGRESQL);
        assertThat(pgT.sql()).isEqualTo("SELECT (EXTRACT(JULIAN FROM CAST('2024-01-01 06:00:00' AS TIMESTAMP)) - 0.5),"
                + " (EXTRACT(JULIAN FROM CAST(d AS TIMESTAMP)) - 0.5) - (EXTRACT(JULIAN FROM CAST('2024-03-10' AS TIMESTAMP)) - 0.5)"
                + " FROM ar_trfun.days");
        Translation myT = translator.translate(sql, Dialect.SQLITE, Dialect.MARIADB);
        assertThat(myT.sql()).isEqualTo("SELECT (TO_DAYS('2024-01-01 06:00:00') + 1721059.5"
                + " + TIME_TO_SEC(CAST('2024-01-01 06:00:00' AS DATETIME)) / 86400e0),"
                + " (TO_DAYS(d) + 1721059.5 + TIME_TO_SEC(CAST(d AS DATETIME)) / 86400e0) - (TO_DAYS('2024-03-10') + 1721059.5"
                + " + TIME_TO_SEC(CAST('2024-03-10' AS DATETIME)) / 86400e0) FROM ar_trfun.days");
        try (Connection pg = DriverManager.getConnection(PG, "postgres", "");
             Connection my = DriverManager.getConnection(MARIADB, "root", "")) {
            days(pg, "CREATE SCHEMA IF NOT EXISTS ar_trfun");
            days(my, "CREATE DATABASE IF NOT EXISTS ar_trfun");
            for (List<String> r : List.of(row(pg, pgT.sql()), row(my, myT.sql()))) {
                assertThat(Double.parseDouble(r.get(0))).isEqualTo(2460310.75);
                assertThat(Double.parseDouble(r.get(1))).isEqualTo(4.0);
            }
        }
    }

    @Test
    void postgresEpochOfATimestampDifferenceIsTheSecondsBetweenThemOnMariaDbAndSqlite() throws Exception {
        // PostgreSQL: EXTRACT(EPOCH FROM (TIMESTAMP '2024-03-15 10:30:00' - TIMESTAMP '2024-03-14 09:00:00')) / 3600 = 25.5.
        String sql = "SELECT EXTRACT(EPOCH FROM (TIMESTAMP '2024-03-15 10:30:00' - TIMESTAMP '2024-03-14 09:00:00')) / 3600";
        Translation myT = translator.translate(sql, Dialect.POSTGRESQL, Dialect.MARIADB);
        assertThat(myT.sql()).isEqualTo(
                "SELECT TIMESTAMPDIFF(SECOND, TIMESTAMP '2024-03-14 09:00:00', TIMESTAMP '2024-03-15 10:30:00') / 3600");
        Translation liteT = translator.translate(sql, Dialect.POSTGRESQL, Dialect.SQLITE);
        assertThat(liteT.sql()).isEqualTo("SELECT CAST(STRFTIME('%s', '2024-03-15 10:30:00')"
                + " - STRFTIME('%s', '2024-03-14 09:00:00') AS REAL) / 3600");
        try (Connection my = DriverManager.getConnection(MARIADB, "root", "");
             Connection lite = sqlite()) {
            assertThat(Double.parseDouble(row(my, myT.sql()).get(0))).isEqualTo(25.5);
            assertThat(Double.parseDouble(row(lite, liteT.sql()).get(0))).isEqualTo(25.5);
        }
    }

    @Test
    void sqliteUnixEpochSecondsOnPostgresAndMariaDbIgnoreTheSessionTimeZone() throws Exception {
        // SQLite: strftime('%s', '2024-01-01 00:00:00') = '1704067200' (text), unixepoch('2024-01-02') = 1704153600.
        String sql = "SELECT strftime('%s', '2024-01-01 00:00:00'), unixepoch('2024-01-02')";
        Translation pgT = translator.translate(sql, Dialect.SQLITE, Dialect.POSTGRESQL);
        assertThat(pgT.sql()).isEqualTo("SELECT CAST(CAST(EXTRACT(EPOCH FROM CAST('2024-01-01 00:00:00' AS TIMESTAMP)) AS BIGINT)"
                + " AS TEXT), CAST(EXTRACT(EPOCH FROM CAST('2024-01-02' AS TIMESTAMP)) AS BIGINT)");
        Translation myT = translator.translate(sql, Dialect.SQLITE, Dialect.MARIADB);
        assertThat(myT.sql()).isEqualTo("SELECT CAST(TIMESTAMPDIFF(SECOND, '1970-01-01 00:00:00', '2024-01-01 00:00:00') AS CHAR),"
                + " TIMESTAMPDIFF(SECOND, '1970-01-01 00:00:00', '2024-01-02')");
        try (Connection pg = DriverManager.getConnection(PG, "postgres", "");
             Connection my = DriverManager.getConnection(MARIADB, "root", "")) {
            assertThat(row(pg, pgT.sql())).containsExactly("1704067200", "1704153600");
            assertThat(row(my, myT.sql())).containsExactly("1704067200", "1704153600");
        }
    }

    @Test
    void sqliteDatetimeOfUnixSecondsOnPostgresAndMariaDb() throws Exception {
        // SQLite: datetime(1704067200, 'unixepoch') = '2024-01-01 00:00:00', date(1704153600, 'unixepoch') = '2024-01-02'.
        String sql = "SELECT datetime(1704067200, 'unixepoch'), date(1704153600, 'unixepoch')";
        Translation pgT = translator.translate(sql, Dialect.SQLITE, Dialect.POSTGRESQL);
        assertThat(pgT.sql()).isEqualTo("SELECT (TIMESTAMP '1970-01-01 00:00:00' + 1704067200 * INTERVAL '1' SECOND),"
                + " CAST((TIMESTAMP '1970-01-01 00:00:00' + 1704153600 * INTERVAL '1' SECOND) AS DATE)");
        Translation myT = translator.translate(sql, Dialect.SQLITE, Dialect.MARIADB);
        assertThat(myT.sql()).isEqualTo("SELECT TIMESTAMPADD(SECOND, 1704067200, TIMESTAMP '1970-01-01 00:00:00'),"
                + " DATE(TIMESTAMPADD(SECOND, 1704153600, TIMESTAMP '1970-01-01 00:00:00'))");
        try (Connection pg = DriverManager.getConnection(PG, "postgres", "");
             Connection my = DriverManager.getConnection(MARIADB, "root", "")) {
            assertThat(row(pg, pgT.sql())).containsExactly("2024-01-01 00:00:00", "2024-01-02");
            assertThat(row(my, myT.sql())).containsExactly("2024-01-01 00:00:00", "2024-01-02");
        }
    }

    private static void days(Connection c, String createSchema) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute(createSchema);
            s.execute("DROP TABLE IF EXISTS ar_trfun.days");
            s.execute("CREATE TABLE ar_trfun.days (d DATE)");
            s.execute("INSERT INTO ar_trfun.days VALUES ('2024-03-14')");
        }
    }
}
