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

    @Test
    void sqliteRoundOfRealRoundsHalfAwayFromZero() throws Exception {
        // SQLite: round(2.5) = 3.0 on a REAL value; PostgreSQL's round(double precision) would give 2
        Translation t = translator.translate("SELECT round(w) FROM p", Dialect.SQLITE, Dialect.POSTGRESQL);
        assertThat(t.sql()).isEqualTo("SELECT ROUND(CAST(w AS NUMERIC)) FROM p");
        Translation m = translator.translate("SELECT round(w, 1) FROM p", Dialect.SQLITE, Dialect.MARIADB);
        assertThat(m.sql()).isEqualTo("SELECT ROUND(CAST(w AS DECIMAL(65, 30)), 1) FROM p");
        try (Connection c = DriverManager.getConnection(PG, "postgres", "")) {
            assertThat(row(c, "SELECT ROUND(CAST(CAST(2.5 AS DOUBLE PRECISION) AS NUMERIC))")).containsExactly("3");
        }
    }

    @Test
    void sqliteRowidIsTheIntegerPrimaryKey() throws Exception {
        SchemaInfo schema = name -> name.equalsIgnoreCase("customers")
                ? java.util.Optional.of(new TableInfo("customers", List.of(
                        new TableInfo.ColumnInfo("id", java.sql.Types.INTEGER, "INTEGER", false),
                        new TableInfo.ColumnInfo("country", java.sql.Types.VARCHAR, "VARCHAR", false)),
                        List.of("id"), List.of()))
                : java.util.Optional.empty();
        Translation t = translator.translate("DELETE FROM customers WHERE rowid NOT IN"
                + " (SELECT min(rowid) FROM customers GROUP BY country)", Dialect.SQLITE, Dialect.POSTGRESQL, schema);
        assertThat(t.sql()).isEqualTo("DELETE FROM customers WHERE id NOT IN"
                + " (SELECT min(id) FROM customers GROUP BY country)");
    }

    @Test
    void sqliteIsIsNullSafeEquality() throws Exception {
        assertThat(translator.translate("SELECT id FROM t WHERE a IS 'x' OR b IS NOT c", Dialect.SQLITE,
                Dialect.POSTGRESQL).sql()).isEqualTo("SELECT id FROM t WHERE a IS NOT DISTINCT FROM 'x'"
                + " OR b IS DISTINCT FROM c");
        assertThat(translator.translate("SELECT id FROM t WHERE a NOTNULL AND b ISNULL", Dialect.SQLITE,
                Dialect.MARIADB).sql()).isEqualTo("SELECT id FROM t WHERE a IS NOT NULL AND b IS NULL");
    }

    @Test
    void sqliteTextKeyIsVarcharOnMariaDb() throws Exception {
        assertThat(translator.translate("CREATE TABLE tags (tag TEXT PRIMARY KEY, n INTEGER) WITHOUT ROWID",
                Dialect.SQLITE, Dialect.MARIADB).sql()).isEqualTo("CREATE TABLE tags (tag VARCHAR(255) PRIMARY KEY,"
                + " n INTEGER)");
    }

    @Test
    void mysqlCaretIsBitwiseXor() throws Exception {
        assertThat(translator.translate("SELECT 5 ^ 3", Dialect.MYSQL, Dialect.POSTGRESQL).sql())
                .isEqualTo("SELECT (5 # 3)");
        Translation l = translator.translate("SELECT 5 ^ 3", Dialect.MYSQL, Dialect.SQLITE);
        assertThat(l.sql()).isEqualTo("SELECT ((5 | 3) - (5 & 3))");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            assertThat(row(c, l.sql())).containsExactly("6");
        }
    }

    @Test
    void mysqlShowTablesLikeFiltersTheCatalogQuery() throws Exception {
        assertThat(translator.translate("SHOW TABLES LIKE 'order%'", Dialect.MYSQL, Dialect.SQLITE).sql())
                .isEqualTo("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                        + " AND LOWER(name) LIKE LOWER('order%') ORDER BY name");
        assertThat(translator.translate("SELECT a IS NOT UNKNOWN FROM t", Dialect.MYSQL, Dialect.SQLITE).sql())
                .isEqualTo("SELECT a IS NOT NULL FROM t");
    }

    @Test
    void mysqlFormatGroupsThousands() throws Exception {
        // MySQL: FORMAT(1999.90, 0) = '2,000', FORMAT(1234567.891, 2) = '1,234,567.89'
        Translation t = translator.translate("SELECT FORMAT(1999.90, 0), FORMAT(1234567.891, 2)", Dialect.MYSQL,
                Dialect.POSTGRESQL);
        assertThat(t.sql()).isEqualTo("SELECT TO_CHAR(CAST(1999.90 AS NUMERIC), 'FM999,999,999,999,999,999,990'),"
                + " TO_CHAR(CAST(1234567.891 AS NUMERIC), 'FM999,999,999,999,999,999,990.00')");
        try (Connection c = DriverManager.getConnection(PG, "postgres", "")) {
            assertThat(row(c, t.sql())).containsExactly("2,000", "1,234,567.89");
        }
        Translation l = translator.translate("SELECT FORMAT(1234567.891, 2)", Dialect.MYSQL, Dialect.SQLITE);
        assertThat(l.sql()).isEqualTo("SELECT CASE WHEN 1234567.891 IS NULL THEN NULL"
                + " ELSE PRINTF('%,.2f', 1234567.891) END");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            assertThat(row(c, l.sql())).containsExactly("1,234,567.89");
        }
    }

    @Test
    void mysqlNumericColumnAgainstTextWithANumberPrefix() throws Exception {
        SchemaInfo schema = name -> name.equalsIgnoreCase("customers")
                ? java.util.Optional.of(new TableInfo("customers", List.of(
                        new TableInfo.ColumnInfo("id", java.sql.Types.INTEGER, "INT", false)), List.of("id"), List.of()))
                : java.util.Optional.empty();
        // MySQL: id = '5abc' compares id with 5; id = 'abc' with 0
        assertThat(translator.translate("SELECT name FROM customers WHERE id = '5abc' OR id = 'abc'", Dialect.MYSQL,
                Dialect.POSTGRESQL, schema).sql()).isEqualTo("SELECT name FROM customers WHERE id = 5 OR id = 0");
        // a clean number is left to the target's own conversion
        assertThat(translator.translate("SELECT name FROM customers WHERE id = '5'", Dialect.MYSQL,
                Dialect.POSTGRESQL, schema).sql()).isEqualTo("SELECT name FROM customers WHERE id = '5'");
    }

    @Test
    void mysqlCompoundIntervalUnitsCountTheSmallestField() throws Exception {
        // MySQL: '2024-01-01 08:00:00' + INTERVAL '1:30' HOUR_MINUTE = 09:30; '2024-01-01' + INTERVAL '1-2' YEAR_MONTH
        // = 2025-03-01
        Translation t = translator.translate("SELECT DATE_ADD('2024-01-01 08:00:00', INTERVAL '1:30' HOUR_MINUTE),"
                + " DATE_ADD('2024-01-01', INTERVAL '1-2' YEAR_MONTH)", Dialect.MYSQL, Dialect.SQLITE);
        assertThat(t.sql()).contains("'+90 minutes'");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            assertThat(row(c, t.sql())).containsExactly("2024-01-01 09:30:00", "2025-03-01");
        }
    }

    @Test
    void mysqlPeriodFunctionsAreMonthArithmetic() throws Exception {
        // MySQL manual: PERIOD_DIFF(202403, 202311) = 4, PERIOD_ADD(202411, 3) = 202502
        Translation t = translator.translate("SELECT PERIOD_DIFF(202403, 202311), PERIOD_ADD(202411, 3),"
                + " EXTRACT(YEAR_MONTH FROM DATE '2024-03-15')", Dialect.MYSQL, Dialect.SQLITE);
        assertThat(t.sql()).isEqualTo("SELECT ((202403) / 100 * 12 + (202403) % 100 - ((202311) / 100 * 12 + (202311) % 100)),"
                + " ((((202411) / 100 * 12 + (202411) % 100 - 1 + (3)) / 12) * 100 + ((202411) / 100 * 12 + (202411) % 100 - 1 + (3)) % 12 + 1),"
                + " ((CAST(STRFTIME('%Y', '2024-03-15') AS INTEGER)) * 100 + (CAST(STRFTIME('%m', '2024-03-15') AS INTEGER)))");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            assertThat(row(c, t.sql())).containsExactly("4", "202502", "202403");
        }
        try (Connection c = DriverManager.getConnection(PG, "postgres", "")) {
            assertThat(row(c, translator.translate("SELECT PERIOD_DIFF(202403, 202311), PERIOD_ADD(202411, 3)",
                    Dialect.MYSQL, Dialect.POSTGRESQL).sql())).containsExactly("4", "202502");
        }
    }

    @Test
    void sqliteSubstrWithNegativeLengthTakesTheCharactersBeforeTheStart() throws Exception {
        // SQLite: substr('abcdef', 3, -2) is 'ab' (the 2 characters before position 3); cut at the string's start
        assertThat(translator.translate("SELECT substr('abcdef', 3, -2), substr('abcdef', 2, -5)", Dialect.SQLITE,
                Dialect.POSTGRESQL).sql()).isEqualTo("SELECT SUBSTR('abcdef', 1, 2), SUBSTR('abcdef', 1, 1)");
        try (Connection c = DriverManager.getConnection(PG, "postgres", "")) {
            assertThat(row(c, translator.translate("SELECT substr('abcdef', 3, -2), substr('abcdef', 2, -5)",
                    Dialect.SQLITE, Dialect.POSTGRESQL).sql())).containsExactly("ab", "a");
        }
    }

    @Test
    void mysqlTimeFunctions() throws Exception {
        // SEC_TO_TIME(3725) = '01:02:05'; TIME_TO_SEC(TIMEDIFF(a, b)) the seconds between; NULL for DATE vs DATETIME
        assertThat(translator.translate("SELECT SEC_TO_TIME(3725), TIME_FORMAT(TIMESTAMP '2024-01-01 14:30:00', '%H:%i')",
                Dialect.MYSQL, Dialect.SQLITE).sql()).isEqualTo("SELECT TIME(3725, 'unixepoch'), STRFTIME('%H:%M', '2024-01-01 14:30:00')");
        assertThat(translator.translate("SELECT SEC_TO_TIME(3725)", Dialect.MYSQL, Dialect.POSTGRESQL).sql())
                .isEqualTo("SELECT CAST(MAKE_INTERVAL(secs => 3725) AS TIME)");
        assertThat(translator.translate("SELECT TIME_TO_SEC(TIMEDIFF(TIMESTAMP '2024-01-02 10:00:00', DATE '2024-01-01'))",
                Dialect.MYSQL, Dialect.POSTGRESQL).sql()).isEqualTo("SELECT NULL");
        Translation t = translator.translate("SELECT TIME_TO_SEC(TIMEDIFF('2024-01-02 10:00:00', '2024-01-01 09:00:00'))",
                Dialect.MYSQL, Dialect.SQLITE);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            assertThat(row(c, t.sql())).containsExactly("90000.0");
        }
    }

    @Test
    void sqlitePragmaTableInfoReadsTheTargetCatalog() throws Exception {
        // SQLite: PRAGMA table_info(t) lists cid (0-based), name, type, notnull, dflt_value, pk (1-based key position)
        Translation t = translator.translate("PRAGMA table_info(ar_fixlite_pti)", Dialect.SQLITE, Dialect.POSTGRESQL);
        assertThat(t.sql()).startsWith("SELECT * FROM (SELECT c.ordinal_position - 1 AS cid, c.column_name AS name,")
                .contains("FROM information_schema.columns c WHERE c.table_schema = CURRENT_SCHEMA()")
                .endsWith("AS pragma_table_info ORDER BY cid NULLS FIRST");
        try (Connection c = DriverManager.getConnection(PG, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS ar_fixlite_pti");
            s.execute("CREATE TABLE ar_fixlite_pti (id INTEGER PRIMARY KEY, label TEXT NOT NULL, note TEXT)");
            try {
                List<String> names = new ArrayList<>();
                try (ResultSet rs = s.executeQuery(t.sql())) {
                    while (rs.next()) {
                        names.add(rs.getString("cid") + ":" + rs.getString("name") + ":" + rs.getString("notnull")
                                + ":" + rs.getString("pk"));
                    }
                }
                assertThat(names).containsExactly("0:id:1:1", "1:label:1:0", "2:note:0:0");
            } finally {
                s.execute("DROP TABLE ar_fixlite_pti");
            }
        }
    }

    @Test
    void mysqlRadixFunctionsOfLiteralsFold() throws Exception {
        // MySQL manual: HEX(255) = 'FF', BIN(12) = '1100', OCT(12) = '14', CONV('a', 16, 2) = '1010', UNHEX('4142') = 'AB'
        assertThat(translator.translate("SELECT HEX(255), BIN(12), OCT(12), CONV('a', 16, 2), UNHEX('4142')", Dialect.MYSQL,
                Dialect.POSTGRESQL).sql()).isEqualTo("SELECT 'FF', '1100', '14', '1010', DECODE('4142', 'hex')");
        assertThat(translator.translate("SELECT UNHEX('4142')", Dialect.MYSQL, Dialect.SQLITE).sql())
                .isEqualTo("SELECT X'4142'");
    }

    @Test
    void mysqlGreatestLeastOfMixedAndCaselessArguments() throws Exception {
        // MySQL: LEAST('10', 9) = 9 (numbers), GREATEST('apple', 'Banana') = 'Banana' (case-insensitive collation)
        Translation t = translator.translate("SELECT LEAST('10', 9), GREATEST('apple', 'Banana')", Dialect.MYSQL,
                Dialect.SQLITE);
        assertThat(t.sql()).isEqualTo("SELECT MIN(10, 9), CASE WHEN 'apple' IS NULL OR 'Banana' IS NULL THEN NULL"
                + " WHEN LOWER('apple') >= LOWER('Banana') THEN 'apple' ELSE 'Banana' END");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            assertThat(row(c, t.sql())).containsExactly("9", "Banana");
        }
    }

    @Test
    void mysqlCastOfTextToAnIntegerReadsTheLeadingNumber() throws Exception {
        // MySQL: CAST('12abc' AS UNSIGNED) = 12, CAST('  42' AS SIGNED) = 42; '1.5e3' and '-1' AS UNSIGNED stay casts
        assertThat(translator.translate("SELECT CAST('12abc' AS UNSIGNED), CAST('  42' AS SIGNED), CAST('-1' AS UNSIGNED)",
                Dialect.MYSQL, Dialect.POSTGRESQL).sql()).isEqualTo("SELECT 12, 42, CAST('-1' AS BIGINT)");
    }

    @Test
    void sqliteUntypedColumnsGetText() throws Exception {
        // SQLite: a column without a type stores values as given; TEXT keeps the text such tables hold
        assertThat(translator.translate("CREATE TABLE kv (k, v DEFAULT 'x', n INTEGER, PRIMARY KEY (k))", Dialect.SQLITE,
                Dialect.POSTGRESQL).sql()).isEqualTo("CREATE TABLE kv (k TEXT, v TEXT DEFAULT 'x', n INTEGER, PRIMARY KEY (k))");
    }

    @Test
    void sqliteTextArrowIsJsonExtract() throws Exception {
        // SQLite: doc ->> '$.a.b' is the SQL value at the path; json_array_length of an array counts its elements
        assertThat(translator.translate("SELECT '{\"a\":{\"b\":\"x\"}}' ->> '$.a.b', json_array_length('[1,2]')",
                Dialect.SQLITE, Dialect.POSTGRESQL).sql()).isEqualTo(
                "SELECT (CAST('{\"a\":{\"b\":\"x\"}}' AS JSONB) #>> '{a,b}'), JSON_ARRAY_LENGTH(CAST('[1,2]' AS JSON))");
    }

    @Test
    void mysqlBinaryOperatorComparesCaseSensitively() throws Exception {
        String sql = "SELECT id FROM c WHERE BINARY name = 'bob' OR name LIKE BINARY 'D%'";
        assertThat(translator.translate(sql, Dialect.MYSQL, Dialect.POSTGRESQL).sql())
                .isEqualTo("SELECT id FROM c WHERE name COLLATE ucs_basic = 'bob' OR name LIKE 'D%'");
        assertThat(translator.translate(sql, Dialect.MYSQL, Dialect.SQLITE).sql())
                .isEqualTo("SELECT id FROM c WHERE name COLLATE \"BINARY\" = 'bob' OR name GLOB 'D*'");
        assertThat(translator.translate(sql, Dialect.MYSQL, Dialect.MYSQL).sql())
                .isEqualTo("SELECT id FROM c WHERE BINARY name = 'bob' OR name LIKE BINARY 'D%'");
    }

    @Test
    void mysqlBinCollationIsNotFoldedToCaseInsensitive() throws Exception {
        // utf8mb4_bin: case-sensitive, still blank-padding
        assertThat(translator.translate("SELECT COUNT(*) FROM c WHERE city COLLATE utf8mb4_bin = 'berlin'",
                Dialect.MYSQL, Dialect.POSTGRESQL).sql())
                .isEqualTo("SELECT COUNT(*) FROM c WHERE RTRIM(city COLLATE ucs_basic) = RTRIM('berlin')");
    }

    @Test
    void mysqlGroupByDirectionBecomesOrderBy() throws Exception {
        assertThat(translator.translate("SELECT k, COUNT(*) FROM t GROUP BY k DESC LIMIT 3", Dialect.MYSQL,
                Dialect.SQLITE).sql()).isEqualTo("SELECT k, COUNT(*) FROM t GROUP BY k ORDER BY k DESC LIMIT 3");
        // an explicit ORDER BY wins
        assertThat(translator.translate("SELECT k, COUNT(*) FROM t GROUP BY k DESC ORDER BY 2", Dialect.MYSQL,
                Dialect.SQLITE).sql()).isEqualTo("SELECT k, COUNT(*) FROM t GROUP BY k ORDER BY 2");
    }

    @Test
    void mysqlDeleteUsingIsTheMultiTableDelete() throws Exception {
        assertThat(translator.translate("DELETE FROM a USING t AS a JOIN u ON u.id = a.uid WHERE u.x = 1",
                Dialect.MYSQL, Dialect.SQLITE).sql())
                .isEqualTo("DELETE FROM t WHERE rowid IN (SELECT a.rowid FROM t AS a JOIN u ON u.id = a.uid WHERE u.x = 1)");
    }
    @Test
    void mariaDbGroupOrderIsMadeExplicitOnTargetsThatDoNotSortGroups() throws Exception {
        // MariaDB 10.11 returns the groups in key order without ORDER BY (checked by hand: "Using filesort")
        assertThat(translator.translate("SELECT k, COUNT(*) FROM t GROUP BY k", Dialect.MYSQL, Dialect.POSTGRESQL).sql())
                .isEqualTo("SELECT k, COUNT(*) FROM t GROUP BY k ORDER BY k NULLS FIRST");
        assertThat(translator.translate("SELECT k, COUNT(*) FROM t GROUP BY k ORDER BY 2", Dialect.MYSQL,
                Dialect.POSTGRESQL).sql()).isEqualTo("SELECT k, COUNT(*) FROM t GROUP BY k ORDER BY 2");
    }
}
