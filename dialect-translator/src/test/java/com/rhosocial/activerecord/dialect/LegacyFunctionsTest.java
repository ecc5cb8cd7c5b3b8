package com.rhosocial.activerecord.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Golden translations of MySQL and SQLite functions common in legacy code whose meaning differs elsewhere
 * (non-ISO WEEK numbering, day numbers from year 0, decimal rounding, position 0, json_each, typeof, computed
 * LIMIT bounds). The expected SQL is written by hand from the target's documentation, then run on the real
 * server (PostgreSQL 15, MariaDB 10.11, SQLite) against the value the MySQL / SQLite manual gives.
 */
class LegacyFunctionsTest {
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

    private static Connection pg() throws Exception {
        return DriverManager.getConnection(PG, "postgres", "");
    }

    private static Connection sqlite() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite::memory:");
    }

    @Test
    void substringFromPositionZeroIsEmptyAsInMySql() throws Exception {
        // MySQL: SUBSTRING('Quadratic', 0) = '' (position 0 is no position); PostgreSQL would return the string.
        Translation t = translator.translate("SELECT SUBSTRING('Quadratic', 0), MID('Quadratic', 0, 3)",
                Dialect.MYSQL, Dialect.POSTGRESQL);
        assertThat(t.sql()).isEqualTo("SELECT SUBSTR('Quadratic', 1, 0), SUBSTR('Quadratic', 1, 0)");
        try (Connection c = pg()) {
            assertThat(row(c, t.sql())).containsExactly("", "");
        }
    }

    @Test
    void weekModeZeroCountsSundayWeeksFromTheFirstSundayOnPostgres() throws Exception {
        // MySQL WEEK(d) (mode 0): 2024-01-01 (a Monday before the first Sunday) is week 0, 2024-12-31 week 52.
        Translation t = translator.translate("SELECT WEEK('2024-12-31')", Dialect.MYSQL, Dialect.POSTGRESQL);
        // a date literal is read as a DATE, as everywhere in EXTRACT on PostgreSQL
        assertThat(t.sql()).isEqualTo("SELECT DIV((CAST(EXTRACT(DOY FROM CAST('2024-12-31' AS DATE)) AS INTEGER) + 7"
                + " - (CAST(EXTRACT(DOW FROM CAST('2024-12-31' AS DATE)) AS INTEGER) + 1)), NULLIF(7, 0))");
        try (Connection c = pg()) {
            assertThat(row(c, t.sql())).containsExactly("52");
            assertThat(row(c, translator.translate("SELECT WEEK('2024-01-01'), WEEK('2024-01-07'), WEEK('2024-12-31', 3),"
                    + " WEEK('2025-01-15', 1), WEEK('2024-01-01', 2)", Dialect.MYSQL, Dialect.POSTGRESQL).sql()))
                    .containsExactly("0", "1", "1", "3", "53");
        }
    }

    @Test
    void yearWeekOnSqlitePutsEarlyJanuaryInThePreviousYearsLastWeek() throws Exception {
        // MySQL YEARWEEK('2024-01-01') = 202353 (the Sunday week that began on 2023-12-31); mode 3 is the ISO
        // year and week: YEARWEEK('2024-12-31', 3) = 202501.
        Translation t = translator.translate("SELECT YEARWEEK('2024-01-01'), YEARWEEK('2024-07-04'),"
                + " YEARWEEK('2024-12-31', 3), YEARWEEK('2023-01-01', 1)", Dialect.MYSQL, Dialect.SQLITE);
        try (Connection c = sqlite()) {
            assertThat(row(c, t.sql())).containsExactly("202353", "202426", "202501", "202252");
        }
        assertThat(translator.translate("SELECT WEEK(d, 5) FROM t", Dialect.MYSQL, Dialect.SQLITE).sql())
                .isEqualTo("SELECT CAST(((CAST(STRFTIME('%j', d) AS INTEGER)) + 7 - (CAST(STRFTIME('%u', d) AS INTEGER))) / 7"
                        + " AS INTEGER) FROM t");
    }

    @Test
    void toDaysAndFromDaysCountDaysFromYearZero() throws Exception {
        // MySQL: TO_DAYS('2024-01-01') = 739251, FROM_DAYS(739251) = '2024-01-01'.
        Translation lite = translator.translate("SELECT TO_DAYS('2024-01-01'), FROM_DAYS(739251 + 59)",
                Dialect.MYSQL, Dialect.SQLITE);
        assertThat(lite.sql()).isEqualTo("SELECT CAST(JULIANDAY(DATE('2024-01-01')) - 1721059.5 AS INTEGER),"
                + " DATE(739251 + 59 + 1721059.5)");
        try (Connection c = sqlite()) {
            assertThat(row(c, lite.sql())).containsExactly("739251", "2024-02-29");
        }
        Translation pg = translator.translate("SELECT TO_DAYS('2024-01-01'), FROM_DAYS(739251)",
                Dialect.MYSQL, Dialect.POSTGRESQL);
        assertThat(pg.sql()).isEqualTo("SELECT (CAST('2024-01-01' AS DATE) - DATE '2000-01-01' + 730485),"
                + " (DATE '2000-01-01' + CAST(739251 - 730485 AS INTEGER))");
        try (Connection c = pg()) {
            assertThat(row(c, pg.sql())).containsExactly("739251", "2024-01-01");
        }
    }

    @Test
    void timeOfADatetimeIsItsTimeOfDay() throws Exception {
        Translation t = translator.translate("SELECT TIME('2024-02-29 10:45:30')", Dialect.MYSQL, Dialect.POSTGRESQL);
        assertThat(t.sql()).isEqualTo("SELECT TO_CHAR(CAST('2024-02-29 10:45:30' AS TIMESTAMP), 'HH24:MI:SS')");
        try (Connection c = pg()) {
            assertThat(row(c, t.sql())).containsExactly("10:45:30");
        }
    }

    @Test
    void insertReplacesPartOfAStringAndLeavesItAloneOutsideIt() throws Exception {
        // MySQL manual: INSERT('Quadratic', 3, 4, 'What') = 'QuWhattic', INSERT('Quadratic', -1, 4, 'What') =
        // 'Quadratic', INSERT('Quadratic', 3, 100, 'What') = 'QuWhat'.
        Translation t = translator.translate("SELECT INSERT('Quadratic', 3, 4, 'What')", Dialect.MYSQL, Dialect.SQLITE);
        assertThat(t.sql()).isEqualTo("SELECT CASE WHEN 4 IS NULL OR 'What' IS NULL THEN NULL"
                + " WHEN 3 < 1 OR 3 > LENGTH('Quadratic') THEN 'Quadratic'"
                + " ELSE (SUBSTR('Quadratic', 1, 3 - 1) || 'What' || CASE WHEN 4 < 0 THEN '' ELSE SUBSTR('Quadratic', 3 + 4) END) END");
        try (Connection c = sqlite()) {
            assertThat(row(c, t.sql())).containsExactly("QuWhattic");
            assertThat(row(c, translator.translate("SELECT INSERT('Quadratic', -1, 4, 'What'), INSERT('Quadratic', 3, 100, 'What'),"
                    + " INSERT('Quadratic', 3, -1, 'x')", Dialect.MYSQL, Dialect.SQLITE).sql()))
                    .containsExactly("Quadratic", "QuWhat", "Qux");
        }
    }

    @Test
    void charOfSeveralCodesSkipsNulls() throws Exception {
        // MySQL: CHAR(77, 121, 83, 81, 76) = 'MySQL'; NULL codes are skipped.
        Translation t = translator.translate("SELECT CHAR(77, 121, NULL, 83, 81, 76)", Dialect.MYSQL, Dialect.POSTGRESQL);
        assertThat(t.sql()).isEqualTo("SELECT CONCAT(CHR(77), CHR(121), CHR(NULL), CHR(83), CHR(81), CHR(76))");
        try (Connection c = pg()) {
            assertThat(row(c, t.sql())).containsExactly("MySQL");
        }
    }

    @Test
    void roundOnSqliteRoundsTheDecimalValueHalfAwayFromZero() throws Exception {
        // MySQL: ROUND(1.005, 2) = 1.01 (exact value); SQLite's round(1.005, 2) is 1.0 (the double is 1.00499...).
        Translation t = translator.translate("SELECT ROUND(1.005, 2), ROUND(-2.5)", Dialect.MYSQL, Dialect.SQLITE);
        assertThat(t.sql()).isEqualTo("SELECT CASE WHEN 1.005 IS NULL THEN NULL ELSE ROUND(CAST(PRINTF('%.15g', (1.005) * 1e2) AS REAL)) / 1e2 END,"
                + " CASE WHEN -2.5 IS NULL THEN NULL ELSE ROUND(CAST(PRINTF('%.15g', -2.5) AS REAL)) END");
        try (Connection c = sqlite()) {
            assertThat(row(c, t.sql())).containsExactly("1.01", "-3.0");
        }
    }

    @Test
    void castToDecimalWithAScaleRoundsOnSqlite() throws Exception {
        // MySQL: CAST(1.005 AS DECIMAL(10, 2)) = 1.01, CAST('12.5' AS DECIMAL(10, 0)) = 13.
        Translation t = translator.translate("SELECT CAST(1.005 AS DECIMAL(10, 2)), CAST('12.5' AS DECIMAL(10, 0))",
                Dialect.MYSQL, Dialect.SQLITE);
        assertThat(t.sql()).isEqualTo("SELECT CASE WHEN CAST(1.005 AS REAL) IS NULL THEN NULL"
                + " ELSE ROUND(CAST(PRINTF('%.15g', CAST(1.005 AS REAL) * 1e2) AS REAL)) / 1e2 END,"
                + " CASE WHEN CAST('12.5' AS REAL) IS NULL THEN NULL"
                + " ELSE CAST(ROUND(CAST(PRINTF('%.15g', CAST('12.5' AS REAL)) AS REAL)) AS INTEGER) END");
        try (Connection c = sqlite()) {
            assertThat(row(c, t.sql())).containsExactly("1.01", "13");
        }
    }

    @Test
    void timestampDiffInMonthsTruncatesTowardZeroOnSqlite() throws Exception {
        // MySQL: TIMESTAMPDIFF(MONTH, '2024-01-31', '2024-02-29') = 0; '2024-03-05' -> '2024-01-31' = -1.
        Translation t = translator.translate("SELECT TIMESTAMPDIFF(MONTH, '2024-01-31', '2024-02-29'),"
                + " TIMESTAMPDIFF(MONTH, '2024-03-05', '2024-01-31'), TIMESTAMPDIFF(MONTH, '2024-03-31', '2024-01-05')",
                Dialect.MYSQL, Dialect.SQLITE);
        try (Connection c = sqlite()) {
            assertThat(row(c, t.sql())).containsExactly("0", "-1", "-2");
        }
    }

    @Test
    void caseOperandWhenPlaceholderComparesLikeEqualsOnATextColumn() throws Exception {
        // MySQL's default collation ignores case: CASE status WHEN 'SHIPPED' matches 'shipped'.
        SchemaInfo schema = name -> name.equalsIgnoreCase("orders")
                ? Optional.of(new TableInfo("orders", List.of(
                        new TableInfo.ColumnInfo("id", java.sql.Types.INTEGER, "INTEGER", false),
                        new TableInfo.ColumnInfo("status", java.sql.Types.VARCHAR, "VARCHAR", false)),
                        List.of("id"), List.of()))
                : Optional.empty();
        Translation t = translator.translate("SELECT CASE status WHEN ? THEN 1 ELSE 0 END FROM orders",
                Dialect.MYSQL, Dialect.POSTGRESQL, schema);
        assertThat(t.sql()).startsWith("SELECT CASE WHEN ").doesNotContain("CASE status WHEN");
        try (Connection c = pg(); Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE orders (id INT, status VARCHAR(20))");
            s.execute("INSERT INTO orders VALUES (1, 'shipped')");
            try (PreparedStatement ps = c.prepareStatement(t.sql())) {
                ps.setString(1, "SHIPPED");
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(1);
                }
            }
        }
    }

    @Test
    void jsonEachOverALiteralArrayOfNumbersOnPostgresAndMariaDb() throws Exception {
        // SQLite: SELECT value FROM json_each('[1,2,3]') WHERE value > 1 gives the integers 2 and 3.
        String sql = "SELECT value FROM json_each('[1,2,3]') WHERE value > 1";
        Translation pg = translator.translate(sql, Dialect.SQLITE, Dialect.POSTGRESQL);
        assertThat(pg.sql()).isEqualTo("SELECT value FROM (SELECT ar_je.ordinality - 1 AS \"key\", CAST(ar_je.value AS DECIMAL)"
                + " AS value FROM json_array_elements_text(CAST('[1,2,3]' AS JSON)) WITH ORDINALITY AS ar_je(value, ordinality))"
                + " AS json_each WHERE value > 1");
        Translation my = translator.translate(sql, Dialect.SQLITE, Dialect.MARIADB);
        assertThat(my.sql()).isEqualTo("SELECT value FROM JSON_TABLE('[1,2,3]', '$[*]' COLUMNS (value DECIMAL (65, 30) PATH '$'))"
                + " AS json_each WHERE value > 1");
        try (Connection c = pg()) {
            assertThat(Integer.parseInt(row(c, pg.sql()).get(0))).isEqualTo(2);
        }
        try (Connection c = DriverManager.getConnection(MARIADB, "root", "")) {
            assertThat(new java.math.BigDecimal(row(c, my.sql()).get(0))).isEqualByComparingTo("2");
        }
    }

    @Test
    void typeofOfLiteralsIsTheirStorageClass() throws Exception {
        // SQLite: typeof(NULL) = 'null', typeof(1.5) = 'real', typeof('x') = 'text', typeof(2) = 'integer'.
        Translation t = translator.translate("SELECT typeof(NULL), typeof(1.5), typeof('x'), typeof(2)",
                Dialect.SQLITE, Dialect.POSTGRESQL);
        assertThat(t.sql()).isEqualTo("SELECT 'null', CASE WHEN 1.5 IS NULL THEN 'null' ELSE 'real' END,"
                + " CASE WHEN 'x' IS NULL THEN 'null' ELSE 'text' END, CASE WHEN 2 IS NULL THEN 'null' ELSE 'integer' END");
        try (Connection c = pg()) {
            assertThat(row(c, t.sql())).containsExactly("null", "real", "text", "integer");
        }
    }

    @Test
    void computedLimitAndOffsetOnMariaDbBecomeRowNumberBounds() throws Exception {
        // SQLite takes expressions in LIMIT / OFFSET; MariaDB only literals and placeholders.
        Translation t = translator.translate("SELECT id FROM orders ORDER BY id LIMIT ? OFFSET (? - 1) * 3",
                Dialect.SQLITE, Dialect.MARIADB);
        assertThat(t.sql()).isEqualTo("SELECT id FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS ar_rn FROM orders)"
                + " AS ar_page WHERE ar_rn > ((? - 1) * 3) AND ar_rn <= ((? - 1) * 3) + (?) ORDER BY ar_rn");
        assertThat(t.parameterMap()).containsExactly(2, 2, 1);
        try (Connection c = DriverManager.getConnection(MARIADB, "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TEMPORARY TABLE orders (id INT PRIMARY KEY)");
            s.execute("INSERT INTO orders VALUES (1), (2), (3), (4), (5), (6), (7), (8)");
            try (PreparedStatement ps = c.prepareStatement(t.sql())) {
                // page 2 of 3 rows: ids 4, 5, 6
                ps.setInt(1, 2);
                ps.setInt(2, 2);
                ps.setInt(3, 3);
                List<Integer> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getInt(1));
                    }
                }
                assertThat(ids).containsExactly(4, 5, 6);
            }
        }
    }

    @Test
    void unionSortedUnderTheCaseInsensitiveCollationSortsADerivedTableByLower() throws Exception {
        // MySQL's utf8mb4_general_ci sorts 'bob' between 'Alice' and 'Carol'; PostgreSQL accepts only output
        // columns in a UNION's ORDER BY, so the union is sorted from outside.
        SchemaInfo schema = name -> name.equalsIgnoreCase("people") || name.equalsIgnoreCase("things")
                ? Optional.of(new TableInfo(name.toLowerCase(java.util.Locale.ROOT), List.of(
                        new TableInfo.ColumnInfo("name", java.sql.Types.VARCHAR, "VARCHAR", false)), List.of(), List.of()))
                : Optional.empty();
        Translation t = translator.translate("SELECT name FROM people UNION SELECT name FROM things ORDER BY name",
                Dialect.MYSQL, Dialect.POSTGRESQL, schema);
        // MySQL sorts NULLs first; through the derived table the key's nullability is not known, so it is said
        assertThat(t.sql()).isEqualTo("SELECT * FROM (SELECT name FROM people UNION SELECT name FROM things) AS ar_u"
                + " ORDER BY LOWER(name) NULLS FIRST");
        try (Connection c = pg(); Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE people (name VARCHAR(10) NOT NULL)");
            s.execute("CREATE TEMP TABLE things (name VARCHAR(10) NOT NULL)");
            s.execute("INSERT INTO people VALUES ('Carol'), ('bob')");
            s.execute("INSERT INTO things VALUES ('Alice')");
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(t.sql())) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            assertThat(names).containsExactly("Alice", "bob", "Carol");
        }
    }

    @Test
    void nullIntoAnAutoIncrementColumnLeavesTheColumnOutOnPostgres() throws Exception {
        // MySQL: inserting NULL into an AUTO_INCREMENT column generates the next value; PostgreSQL refuses the NULL.
        SchemaInfo schema = name -> name.equalsIgnoreCase("audit")
                ? Optional.of(new TableInfo("audit", List.of(
                        new TableInfo.ColumnInfo("id", java.sql.Types.INTEGER, "serial", false, true),
                        new TableInfo.ColumnInfo("action", java.sql.Types.VARCHAR, "varchar", false)),
                        List.of("id"), List.of()))
                : Optional.empty();
        Translation t = translator.translate("INSERT INTO audit (id, action) VALUES (NULL, 'in'), (NULL, 'out')",
                Dialect.MYSQL, Dialect.POSTGRESQL, schema);
        assertThat(t.sql()).isEqualTo("INSERT INTO audit (action) VALUES ('in'), ('out')");
        // a column the schema does not mark as generated keeps its NULL
        assertThat(translator.translate("INSERT INTO audit (id, action) VALUES (1, NULL)", Dialect.MYSQL,
                Dialect.POSTGRESQL, schema).sql()).isEqualTo("INSERT INTO audit (id, action) VALUES (1, NULL)");
        try (Connection c = pg(); Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE audit (id SERIAL PRIMARY KEY, action VARCHAR(10) NOT NULL)");
            s.execute(t.sql());
            assertThat(row(c, "SELECT MAX(id), COUNT(*) FROM audit")).containsExactly("2", "2");
        }
    }

    @Test
    void jsonEachOfABoundListAgainstAnIntegerColumnCastsTheValueOnPostgres() throws Exception {
        // SQLite: id IN (SELECT value FROM json_each('[101,103]')) matches the integers 101 and 103.
        SchemaInfo schema = name -> name.equalsIgnoreCase("orders")
                ? Optional.of(new TableInfo("orders", List.of(
                        new TableInfo.ColumnInfo("id", java.sql.Types.INTEGER, "int4", false)), List.of("id"), List.of()))
                : Optional.empty();
        Translation t = translator.translate("SELECT COUNT(*) FROM orders WHERE id IN (SELECT value FROM json_each(?))",
                Dialect.SQLITE, Dialect.POSTGRESQL, schema);
        assertThat(t.sql()).isEqualTo("SELECT COUNT(*) FROM orders WHERE id IN (SELECT CAST(value AS DECIMAL) FROM"
                + " (SELECT ar_je.ordinality - 1 AS \"key\", ar_je.value AS value FROM json_array_elements_text(CAST(? AS JSON))"
                + " WITH ORDINALITY AS ar_je(value, ordinality)) AS json_each)");
        try (Connection c = pg(); Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE orders (id INT PRIMARY KEY)");
            s.execute("INSERT INTO orders VALUES (101), (102), (103)");
            try (PreparedStatement ps = c.prepareStatement(t.sql())) {
                ps.setString(1, "[101,103]");
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(2);
                }
            }
        }
    }

    @Test
    void substrFromPositionZeroKeepsOneCharacterLessOnMariaDb() throws Exception {
        // SQLite / PostgreSQL: substr('Widget', 0, 3) = 'Wi' (position 0 is before the first character); MariaDB's
        // SUBSTR(s, 0, n) would be ''.
        Translation t = translator.translate("SELECT substr('Widget', 0, 3), substr('Widget', 0)", Dialect.SQLITE,
                Dialect.MARIADB);
        assertThat(t.sql()).isEqualTo("SELECT SUBSTR('Widget', 1, 3 - 1), SUBSTR('Widget', 1)");
        try (Connection c = DriverManager.getConnection(MARIADB, "root", "")) {
            assertThat(row(c, t.sql())).containsExactly("Wi", "Widget");
        }
        Translation pg = translator.translate("SELECT substr('Widget', 0, 3)", Dialect.SQLITE, Dialect.POSTGRESQL);
        assertThat(pg.sql()).isEqualTo("SELECT SUBSTR('Widget', 0, 3)");
        try (Connection c = pg()) {
            assertThat(row(c, pg.sql())).containsExactly("Wi");
        }
    }
}
