package com.rhosocial.activerecord.dialect;

import static com.rhosocial.activerecord.dialect.Dialect.MARIADB;
import static com.rhosocial.activerecord.dialect.Dialect.MYSQL;
import static com.rhosocial.activerecord.dialect.Dialect.ORACLE;
import static com.rhosocial.activerecord.dialect.Dialect.POSTGRESQL;
import static com.rhosocial.activerecord.dialect.Dialect.SQLITE;
import static com.rhosocial.activerecord.dialect.Dialect.SQLSERVER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * SQLGlot-style dialect tables: one statement in a source dialect, the SQL each target must receive (written by
 * hand from each dialect's manual), one dynamic test per (statement, target) pair. {@link #UNSUPPORTED} marks a
 * pair the target cannot express.
 */
class DialectMatrixTest {
    static final String UNSUPPORTED = "<unsupported>";

    private final SqlTranslator translator = SqlTranslator.builder().cacheSize(0).build();

    /** One row of the table. */
    record Row(String name, Dialect from, String sql, Map<Dialect, String> write) {
    }

    private static Row row(String name, Dialect from, String sql, Object... pairs) {
        Map<Dialect, String> w = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            w.put((Dialect) pairs[i], (String) pairs[i + 1]);
        }
        return new Row(name, from, sql, w);
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(row("null-coalesce", MYSQL, "SELECT IFNULL(name, 'n/a') FROM users",
                POSTGRESQL, "SELECT COALESCE(name, 'n/a') FROM users",
                SQLITE, "SELECT COALESCE(name, 'n/a') FROM users",
                ORACLE, "SELECT COALESCE(name, 'n/a') FROM users",
                SQLSERVER, "SELECT COALESCE(name, 'n/a') FROM users"));
        rows.add(row("nvl-and-dual", ORACLE, "SELECT NVL(a, 0) FROM dual",
                POSTGRESQL, "SELECT COALESCE(a, 0)",
                MYSQL, "SELECT COALESCE(a, 0)",
                SQLITE, "SELECT COALESCE(a, 0)",
                SQLSERVER, "SELECT COALESCE(a, 0)"));
        rows.add(row("isnull-tsql", SQLSERVER, "SELECT ISNULL(a, 0) FROM t",
                MYSQL, "SELECT COALESCE(a, 0) FROM t",
                POSTGRESQL, "SELECT COALESCE(a, 0) FROM t"));
        rows.add(row("mysql-like-is-case-insensitive", MYSQL, "SELECT id FROM t WHERE name LIKE 'a%'",
                POSTGRESQL, "SELECT id FROM t WHERE name ILIKE 'a%'",
                SQLITE, "SELECT id FROM t WHERE name LIKE 'a%'",
                ORACLE, "SELECT id FROM t WHERE LOWER(name) LIKE LOWER('a%')",
                SQLSERVER, "SELECT id FROM t WHERE name LIKE 'a%'"));
        rows.add(row("integer-div", MYSQL, "SELECT 7 DIV 2",
                POSTGRESQL, "SELECT DIV(7, NULLIF(2, 0))",
                SQLITE, "SELECT CAST(7 / 2 AS INTEGER)",
                ORACLE, "SELECT TRUNC(7 / 2) FROM DUAL",
                SQLSERVER, "SELECT CAST(7 / 2 AS BIGINT)"));
        rows.add(row("group-concat", MYSQL, "SELECT GROUP_CONCAT(name ORDER BY name SEPARATOR ';') FROM t GROUP BY g",
                POSTGRESQL, "SELECT STRING_AGG(CAST(name AS TEXT), ';' ORDER BY name NULLS FIRST) FROM t GROUP BY g ORDER BY g NULLS FIRST",
                SQLITE, "SELECT GROUP_CONCAT(name, ';' ORDER BY name) FROM t GROUP BY g",
                ORACLE, "SELECT LISTAGG(name, ';') WITHIN GROUP (ORDER BY name NULLS FIRST) FROM t GROUP BY g ORDER BY g NULLS FIRST",
                SQLSERVER, "SELECT STRING_AGG(CAST(name AS NVARCHAR(MAX)), ';') WITHIN GROUP (ORDER BY name) FROM t GROUP BY g ORDER BY g"));
        rows.add(row("string-agg-pg", POSTGRESQL, "SELECT STRING_AGG(name, ', ' ORDER BY id) FROM t",
                MYSQL, "SELECT GROUP_CONCAT(name ORDER BY CASE WHEN id IS NULL THEN 1 ELSE 0 END, id SEPARATOR ', ') FROM t"));
        rows.add(row("listagg-oracle", ORACLE, "SELECT LISTAGG(name, ',') WITHIN GROUP (ORDER BY id DESC) FROM t",
                POSTGRESQL, "SELECT STRING_AGG(CAST(name AS TEXT), ',' ORDER BY id DESC) FROM t",
                MARIADB, "SELECT GROUP_CONCAT(name ORDER BY CASE WHEN id IS NULL THEN 0 ELSE 1 END, id DESC SEPARATOR ',') FROM t"));
        rows.add(row("now", MYSQL, "SELECT NOW()",
                POSTGRESQL, "SELECT LOCALTIMESTAMP",
                SQLITE, "SELECT DATETIME('now', 'localtime')",
                ORACLE, "SELECT LOCALTIMESTAMP FROM DUAL",
                SQLSERVER, "SELECT GETDATE()"));
        rows.add(row("current-date", MYSQL, "SELECT CURDATE()",
                POSTGRESQL, "SELECT CURRENT_DATE",
                SQLITE, "SELECT DATE('now', 'localtime')",
                ORACLE, "SELECT TRUNC(SYSDATE) FROM DUAL",
                SQLSERVER, "SELECT CAST(GETDATE() AS DATE)"));
        rows.add(row("date-add", MYSQL, "SELECT DATE_ADD(d, INTERVAL 3 DAY) FROM t",
                POSTGRESQL, "SELECT (d + INTERVAL '3 day') FROM t",
                ORACLE, "SELECT (d + 3) FROM t",
                SQLSERVER, "SELECT DATEADD(DAY, 3, d) FROM t"));
        rows.add(row("dateadd-tsql", SQLSERVER, "SELECT DATEADD(month, 2, d) FROM t",
                MYSQL, "SELECT DATE_ADD(d, INTERVAL 2 MONTH) FROM t",
                ORACLE, "SELECT ADD_MONTHS(d, 2) FROM t"));
        rows.add(row("datediff-days", MYSQL, "SELECT DATEDIFF(a, b) FROM t",
                POSTGRESQL, "SELECT (CAST(a AS DATE) - CAST(b AS DATE)) FROM t",
                SQLITE, "SELECT CAST(JULIANDAY(DATE(a)) - JULIANDAY(DATE(b)) AS INTEGER) FROM t",
                SQLSERVER, "SELECT DATEDIFF(day, b, a) FROM t",
                ORACLE, "SELECT (TRUNC(a) - TRUNC(b)) FROM t"));
        rows.add(row("date-format", MYSQL, "SELECT DATE_FORMAT(d, '%Y-%m-%d %H:%i') FROM t",
                POSTGRESQL, "SELECT TO_CHAR(d, 'YYYY-MM-DD HH24:MI') FROM t",
                SQLITE, "SELECT STRFTIME('%Y-%m-%d %H:%M', d) FROM t",
                ORACLE, "SELECT TO_CHAR(d, 'YYYY-MM-DD HH24:MI') FROM t",
                SQLSERVER, "SELECT FORMAT(d, 'yyyy-MM-dd HH:mm') FROM t"));
        rows.add(row("to-char-pg", POSTGRESQL, "SELECT TO_CHAR(d, 'YYYY-MM') FROM t",
                MYSQL, "SELECT DATE_FORMAT(d, '%Y-%m') FROM t",
                SQLITE, "SELECT STRFTIME('%Y-%m', d) FROM t"));
        rows.add(row("year-part", MYSQL, "SELECT YEAR(d) FROM t",
                POSTGRESQL, "SELECT CAST(EXTRACT(YEAR FROM d) AS INTEGER) FROM t",
                SQLITE, "SELECT (CAST(STRFTIME('%Y', d) AS INTEGER)) FROM t",
                SQLSERVER, "SELECT YEAR(d) FROM t"));
        rows.add(row("concat-null-propagating", MYSQL, "SELECT CONCAT(a, b) FROM t",
                POSTGRESQL, "SELECT (CAST(a AS TEXT) || CAST(b AS TEXT)) FROM t",
                SQLITE, "SELECT (a || b) FROM t",
                SQLSERVER, "SELECT (CAST(a AS NVARCHAR(MAX)) + CAST(b AS NVARCHAR(MAX))) FROM t"));
        rows.add(row("concat-skips-null", POSTGRESQL, "SELECT CONCAT(a, b) FROM t",
                MYSQL, "SELECT CONCAT_WS('', a, b) FROM t",
                SQLITE, "SELECT CONCAT(a, b) FROM t"));
        rows.add(row("oracle-pipes-skip-null", ORACLE, "SELECT a || b FROM t",
                POSTGRESQL, "SELECT CONCAT(a, b) FROM t",
                MYSQL, "SELECT CONCAT_WS('', a, b) FROM t"));
        rows.add(row("mysql-pipes-are-or", MYSQL, "SELECT id FROM t WHERE a = 1 || b = 2",
                POSTGRESQL, "SELECT id FROM t WHERE a = 1 OR b = 2"));
        rows.add(row("minus", ORACLE, "SELECT a FROM t MINUS SELECT a FROM u",
                POSTGRESQL, "SELECT a FROM t EXCEPT SELECT a FROM u",
                MYSQL, "SELECT a FROM t EXCEPT SELECT a FROM u"));
        rows.add(row("boolean-literal", POSTGRESQL, "SELECT id FROM t WHERE active = TRUE",
                SQLSERVER, "SELECT id FROM t WHERE active = 1",
                ORACLE, "SELECT id FROM t WHERE active = 1",
                MYSQL, "SELECT id FROM t WHERE active = TRUE"));
        rows.add(row("pg-cast-colon", POSTGRESQL, "SELECT x::int FROM t",
                MYSQL, "SELECT CAST(x AS SIGNED) FROM t",
                SQLITE, "SELECT CAST(ROUND(x) AS INTEGER) FROM t",
                ORACLE, "SELECT CAST(x AS NUMBER(10)) FROM t"));
        rows.add(row("regexp", MYSQL, "SELECT id FROM t WHERE name REGEXP '^a'",
                POSTGRESQL, "SELECT id FROM t WHERE name ~* '^a'",
                ORACLE, "SELECT id FROM t WHERE REGEXP_LIKE(name, '^a', 'i')",
                SQLITE, "SELECT id FROM t WHERE LOWER(name) GLOB 'a*'",
                SQLSERVER, UNSUPPORTED));
        rows.add(row("ilike", POSTGRESQL, "SELECT id FROM t WHERE name ILIKE 'a%'",
                MYSQL, "SELECT id FROM t WHERE name LIKE 'a%'",
                ORACLE, "SELECT id FROM t WHERE LOWER(name) LIKE LOWER('a%')"));
        rows.add(row("upsert-on-duplicate-key", MYSQL,
                "INSERT INTO t (id, n) VALUES (?, ?) ON DUPLICATE KEY UPDATE n = VALUES(n)",
                POSTGRESQL, "INSERT INTO t (id, n) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET n = EXCLUDED.n",
                SQLITE, "INSERT INTO t (id, n) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET n = EXCLUDED.n"));
        rows.add(row("on-conflict-to-mysql", POSTGRESQL,
                "INSERT INTO t (id, n) VALUES (1, 'x') ON CONFLICT (id) DO UPDATE SET n = EXCLUDED.n",
                MYSQL, "INSERT INTO t (id, n) VALUES (1, 'x') ON DUPLICATE KEY UPDATE n = VALUES(n)"));
        rows.add(row("insert-ignore", MYSQL, "INSERT IGNORE INTO t (id) VALUES (1)",
                POSTGRESQL, "INSERT INTO t (id) VALUES (1) ON CONFLICT DO NOTHING",
                SQLITE, "INSERT INTO t (id) VALUES (1) ON CONFLICT DO NOTHING"));
        rows.add(row("sqlite-insert-or-ignore", SQLITE, "INSERT OR IGNORE INTO t (id) VALUES (1)",
                MYSQL, "INSERT IGNORE INTO t (id) VALUES (1)"));
        rows.add(row("delete-limit", MYSQL, "DELETE FROM t WHERE a = 1 LIMIT 10",
                POSTGRESQL, "DELETE FROM t WHERE ctid IN (SELECT t.ctid FROM t WHERE a = 1 LIMIT 10)",
                SQLITE, "DELETE FROM t WHERE rowid IN (SELECT t.rowid FROM t WHERE a = 1 LIMIT 10)"));
        rows.add(row("update-join", MYSQL, "UPDATE t1 JOIN t2 ON t1.id = t2.id SET t1.a = t2.b WHERE t2.c = 1",
                POSTGRESQL, "UPDATE t1 SET a = t2.b FROM t2 WHERE t1.id = t2.id AND t2.c = 1"));
        rows.add(row("outer-join-plus", ORACLE, "SELECT c.id, o.id FROM c, o WHERE c.id = o.cid(+)",
                POSTGRESQL, "SELECT c.id, o.id FROM c LEFT JOIN o ON c.id = o.cid"));
        rows.add(row("transaction-begin", MYSQL, "START TRANSACTION",
                POSTGRESQL, "BEGIN",
                SQLSERVER, "BEGIN TRANSACTION",
                SQLITE, "BEGIN"));
        rows.add(row("create-table-auto-increment", MYSQL,
                "CREATE TABLE t (id INT NOT NULL AUTO_INCREMENT, name VARCHAR(50), PRIMARY KEY (id))",
                POSTGRESQL, "CREATE TABLE t (id INTEGER GENERATED BY DEFAULT AS IDENTITY, name VARCHAR(50), PRIMARY KEY (id))",
                SQLITE, "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT)",
                SQLSERVER, "CREATE TABLE t (id INT IDENTITY(1,1), name NVARCHAR(50), PRIMARY KEY (id))"));
        rows.add(row("show-tables", MYSQL, "SHOW TABLES",
                SQLITE, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> everyTargetGetsItsOwnSpelling() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row r : rows()) {
            for (Map.Entry<Dialect, String> w : r.write().entrySet()) {
                tests.add(DynamicTest.dynamicTest(r.name() + ": " + r.from().id() + " -> " + w.getKey().id(), () -> {
                    Translation t = translator.translate(r.sql(), r.from(), w.getKey());
                    if (w.getValue().equals(UNSUPPORTED)) {
                        assertThat(t.outcome()).isEqualTo(Outcome.UNSUPPORTED);
                    } else {
                        assertThat(t.sql()).isEqualTo(w.getValue());
                        assertThat(t.outcome()).isNotEqualTo(Outcome.UNSUPPORTED);
                    }
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> identityRoundTripsAreUnchanged() {
        return rows().stream().map(r -> DynamicTest.dynamicTest(r.name() + ": " + r.from().id() + " -> itself",
                () -> {
                    Translation t = translator.translate(r.sql(), r.from(), r.from());
                    assertThat(t.outcome()).isEqualTo(Outcome.UNCHANGED);
                    assertThat(t.sql()).isEqualTo(r.sql());
                }));
    }
}
