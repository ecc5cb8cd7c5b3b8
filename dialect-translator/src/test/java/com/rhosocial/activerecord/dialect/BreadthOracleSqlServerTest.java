package com.rhosocial.activerecord.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden tests for the Oracle / T-SQL constructs of breadth round 3: BITAND, MEDIAN, a DATE plus a day fraction,
 * T-SQL DATETIME plus a number and a string plus a number. The expected SQL is written by hand from the targets'
 * manuals; the corpus cases ({@code ora-c-*}, {@code ms-c-*}) run the same shapes on the real servers.
 */
class BreadthOracleSqlServerTest {
    private final SqlTranslator t = SqlTranslator.builder().build();

    private List<String> statements(String source, Dialect from, Dialect to) throws Exception {
        return t.translate(source, from, to).statements();
    }

    @Test
    void bitandIsTheAmpersandOperator() throws Exception {
        assertThat(statements("SELECT id FROM orders WHERE BITAND(flags, 4) = 4", Dialect.ORACLE, Dialect.SQLITE))
                .containsExactly("SELECT id FROM orders WHERE (flags & 4) = 4");
        assertThat(statements("SELECT BITAND(a, b) FROM t", Dialect.ORACLE, Dialect.MARIADB))
                .containsExactly("SELECT (a & b) FROM t");
    }

    @Test
    void medianIsTheContinuousPercentileOnPostgresql() throws Exception {
        assertThat(statements("SELECT dept, MEDIAN(salary) FROM emp GROUP BY dept", Dialect.ORACLE, Dialect.POSTGRESQL))
                .containsExactly("SELECT dept, PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY salary) FROM emp GROUP BY dept");
    }

    @Test
    void oracleDatePlusADayFractionAddsWholeSeconds() throws Exception {
        // 1/24 of a day: the numerator is multiplied by 86400 before the division (MariaDB divides to 4 decimals)
        assertThat(statements("SELECT TIMESTAMP '2024-01-15 12:30:45' + 1/24 FROM DUAL", Dialect.ORACLE,
                Dialect.MARIADB)).containsExactly(
                "SELECT DATE_ADD(TIMESTAMP '2024-01-15 12:30:45', INTERVAL ROUND(1 * 86400 / 24) SECOND)");
        assertThat(statements("SELECT TIMESTAMP '2024-01-15 12:30:45' - 0.5 FROM DUAL", Dialect.ORACLE,
                Dialect.MARIADB)).containsExactly(
                "SELECT DATE_ADD(TIMESTAMP '2024-01-15 12:30:45', INTERVAL -(ROUND(0.5 * 86400)) SECOND)");
    }

    @Test
    void tsqlStringPlusNumberIsAnAddition() throws Exception {
        // data type precedence: the string converts to INT, so '10' + 5 is 15, not '105'
        assertThat(statements("SELECT '10' + 5, 'a' + 'b'", Dialect.SQLSERVER, Dialect.MARIADB))
                .containsExactly("SELECT '10' + 5, CONCAT('a', 'b')");
    }

    @Test
    void tsqlDatetimePlusNumberCountsDays() throws Exception {
        assertThat(statements("SELECT GETDATE() + 1", Dialect.SQLSERVER, Dialect.MARIADB))
                .containsExactly("SELECT DATE_ADD(NOW(), INTERVAL 1 DAY)");
    }

    @Test
    void tsqlDatePartWeekCountsSundayWeeksFromJanuaryFirst() throws Exception {
        assertThat(statements("SELECT DATEPART(week, d) FROM t", Dialect.SQLSERVER, Dialect.SQLITE)).containsExactly(
                "SELECT ((CAST(STRFTIME('%j', d) AS INTEGER) + CAST(STRFTIME('%w', DATE(d, 'start of year')) AS INTEGER)"
                        + " - 1) / 7 + 1) FROM t");
        assertThat(statements("SELECT DATEPART(wk, d) FROM t", Dialect.SQLSERVER, Dialect.MARIADB)).containsExactly(
                "SELECT (FLOOR((DAYOFYEAR(d) + DAYOFWEEK(MAKEDATE(YEAR(d), 1)) - 2) / 7) + 1) FROM t");
    }

    @Test
    void quoteNameDoublesTheClosingDelimiter() throws Exception {
        assertThat(statements("SELECT QUOTENAME(n), QUOTENAME(n, '''') FROM t", Dialect.SQLSERVER, Dialect.POSTGRESQL))
                .containsExactly("SELECT ('[' || CAST(REPLACE(n, ']', ']]') AS TEXT) || ']'), "
                        + "('''' || CAST(REPLACE(n, '''', '''''') AS TEXT) || '''') FROM t");
    }

    @Test
    void oracleToNumberWithAFormatDropsGroupSeparatorsAndCurrency() throws Exception {
        assertThat(statements("SELECT TO_NUMBER(s, '$9,999.99') FROM t", Dialect.ORACLE, Dialect.MARIADB))
                .containsExactly("SELECT (REPLACE(REPLACE(s, ',', ''), '$', '') + 0) FROM t");
    }

    @Test
    void convertStyle106IsDayMonthNameYear() throws Exception {
        assertThat(statements("SELECT CONVERT(VARCHAR(11), d, 106) FROM t", Dialect.SQLSERVER, Dialect.POSTGRESQL))
                .containsExactly("SELECT TO_CHAR(d, 'DD Mon YYYY') FROM t");
    }

    @Test
    void tsqlIfNotExistsInsertIsAnInsertSelectGuardedByTheSameExists() throws Exception {
        assertThat(statements("IF NOT EXISTS (SELECT 1 FROM inv WHERE pid = 4) INSERT INTO inv (pid, qty) VALUES (4, 'a,b')",
                Dialect.SQLSERVER, Dialect.POSTGRESQL)).containsExactly(
                "INSERT INTO inv (pid, qty) SELECT 4, 'a,b' WHERE NOT EXISTS (SELECT 1 FROM inv WHERE pid = 4)");
        // an ELSE branch is not rewritten
        assertThat(t.translate("IF NOT EXISTS (SELECT 1 FROM inv) INSERT INTO inv (pid) VALUES (1) ELSE UPDATE inv SET pid = (2)",
                Dialect.SQLSERVER, Dialect.POSTGRESQL).statements().get(0)).startsWith("IF NOT EXISTS");
    }

    @Test
    void tsqlAvgOfAnIntegerTruncates() throws Exception {
        // without a schema the column's type is unknown; an integer expression is enough to know
        assertThat(statements("SELECT AVG(2 * 3) FROM t", Dialect.SQLSERVER, Dialect.MARIADB))
                .containsExactly("SELECT TRUNCATE(AVG(2 * 3), 0) FROM t");
        assertThat(statements("SELECT AVG(2 * 3) FROM t", Dialect.SQLSERVER, Dialect.POSTGRESQL))
                .containsExactly("SELECT TRUNC(AVG(2 * 3)) FROM t");
    }

    @Test
    void compoundIntervalLiteralsBecomeOneAmountInTheSmallestUnit() throws Exception {
        assertThat(statements("SELECT d + INTERVAL '1-2' YEAR TO MONTH, d + INTERVAL '1 12:00:00' DAY TO SECOND FROM t",
                Dialect.ORACLE, Dialect.MARIADB)).containsExactly(
                "SELECT DATE_ADD(d, INTERVAL 14 MONTH), DATE_ADD(d, INTERVAL 129600 SECOND) FROM t");
    }

    @Test
    void pivotIsAConditionalAggregateGroupedByTheOtherColumns() throws Exception {
        assertThat(statements("SELECT * FROM (SELECT cid, status, total FROM orders) PIVOT (SUM(total) FOR status IN "
                + "('shipped' AS s, 'pending' AS p)) ORDER BY cid", Dialect.ORACLE, Dialect.POSTGRESQL)).containsExactly(
                "SELECT * FROM (SELECT cid, SUM(CASE WHEN status = 'shipped' THEN total END) AS s, SUM(CASE WHEN status = "
                + "'pending' THEN total END) AS p FROM (SELECT cid, status, total FROM orders) AS dt1 GROUP BY cid) AS pv__"
                + " ORDER BY cid");
    }

    @Test
    void unpivotIsOneSelectPerColumnWithoutNulls() throws Exception {
        assertThat(statements("SELECT id, attr, val FROM (SELECT id, a, b FROM t) UNPIVOT (val FOR attr IN (a AS 'A', b))",
                Dialect.ORACLE, Dialect.SQLITE)).containsExactly(
                "SELECT id, attr, val FROM (SELECT id, 'A' AS attr, a AS val FROM (SELECT id, a, b FROM t) AS dt1 WHERE a IS "
                + "NOT NULL UNION ALL SELECT id, 'B' AS attr, b AS val FROM (SELECT id, a, b FROM t) AS dt2 WHERE b IS NOT NULL)"
                + " AS pv__");
    }

    @Test
    void isDateAndTryConvertOfLiteralsAreDecidedAtTranslation() throws Exception {
        assertThat(statements("SELECT ISDATE('2024-02-29'), ISDATE('2023-02-29'), ISDATE('x')", Dialect.SQLSERVER,
                Dialect.POSTGRESQL)).containsExactly("SELECT 1, 0, 0");
        assertThat(statements("SELECT TRY_CONVERT(DATE, '2024-02-30'), TRY_CONVERT(INT, '12.5')", Dialect.SQLSERVER,
                Dialect.POSTGRESQL)).containsExactly("SELECT NULL, NULL");
    }

    @Test
    void tableVariablesAreTemporaryTables() throws Exception {
        assertThat(statements("DECLARE @t TABLE (id INT, amt DECIMAL(10,2))", Dialect.SQLSERVER, Dialect.POSTGRESQL))
                .containsExactly("CREATE TEMPORARY TABLE t (id INTEGER, amt DECIMAL(10, 2))");
        assertThat(statements("INSERT INTO @t (id) SELECT id FROM orders o JOIN @t x ON x.id = o.id WHERE o.n = @n",
                Dialect.SQLSERVER, Dialect.SQLITE)).containsExactly("INSERT INTO t (id) SELECT id FROM orders AS o "
                + "JOIN t AS x ON x.id = o.id WHERE o.n = @n");
    }

    @Test
    void oracleRoundOfADateToMonthOrYear() throws Exception {
        assertThat(statements("SELECT ROUND(d, 'MM'), ROUND(2.5) FROM t", Dialect.ORACLE, Dialect.MARIADB)).containsExactly(
                "SELECT CASE WHEN EXTRACT(DAY FROM d) >= 16 THEN CAST(DATE_FORMAT(DATE_ADD(d, INTERVAL 1 MONTH), '%Y-%m-01') "
                + "AS DATE) ELSE CAST(DATE_FORMAT(d, '%Y-%m-01') AS DATE) END, ROUND(2.5) FROM t");
    }

    @Test
    void oracleWeekOfYearFromJanuaryFirst() throws Exception {
        assertThat(statements("SELECT TO_CHAR(d, 'WW') FROM t", Dialect.ORACLE, Dialect.POSTGRESQL))
                .containsExactly("SELECT TO_CHAR(d, 'WW') FROM t");
        assertThat(statements("SELECT TO_CHAR(d, 'YYYY-WW') FROM t", Dialect.ORACLE, Dialect.MARIADB)).containsExactly(
                "SELECT CONCAT(DATE_FORMAT(d, '%Y-'), LPAD(FLOOR((DAYOFYEAR(d) - 1) / 7) + 1, 2, '0')) FROM t");
    }

    @Test
    void oracleExtractFromATimestampDifferenceReadsTheIntervalFields() throws Exception {
        assertThat(statements("SELECT EXTRACT(DAY FROM (TIMESTAMP '2024-01-06 10:00:00' - TIMESTAMP '2024-01-05 00:00:00')),"
                + " EXTRACT(HOUR FROM (TIMESTAMP '2024-01-06 10:00:00' - TIMESTAMP '2024-01-05 00:00:00')) FROM DUAL",
                Dialect.ORACLE, Dialect.MARIADB)).containsExactly("SELECT TRUNCATE(TIMESTAMPDIFF(SECOND, TIMESTAMP "
                + "'2024-01-05 00:00:00', TIMESTAMP '2024-01-06 10:00:00') / 86400, 0), TRUNCATE(MOD(TIMESTAMPDIFF(SECOND, "
                + "TIMESTAMP '2024-01-05 00:00:00', TIMESTAMP '2024-01-06 10:00:00'), 86400) / 3600, 0)");
    }

    @Test
    void aSubscriptAfterAParenthesisIsNotABracketedName() throws Exception {
        // T-SQL reads [1] as a name; PostgreSQL's group representative (ARRAY_AGG(x))[1] must keep its subscript
        assertThat(com.rhosocial.activerecord.dialect.internal.text.Postpass.apply(
                "SELECT (ARRAY_AGG(status))[1], [n] FROM t",
                com.rhosocial.activerecord.dialect.internal.spec.Specs.of(Dialect.SQLSERVER),
                com.rhosocial.activerecord.dialect.internal.spec.Specs.of(Dialect.POSTGRESQL)).sql())
                .isEqualTo("SELECT (ARRAY_AGG(status))[1], \"n\" FROM t");
    }

    @Test
    void groupingSetsAreOneGroupedBlockPerSetWithoutRollupSyntax() throws Exception {
        assertThat(statements("SELECT dept, COUNT(*), GROUPING(dept) FROM emp GROUP BY ROLLUP(dept) ORDER BY dept",
                Dialect.ORACLE, Dialect.SQLITE)).containsExactly("SELECT \"dept\", \"c2\", \"c3\" FROM ("
                + "SELECT dept AS dept, COUNT(*) AS c2, 0 AS c3, dept AS rollup_o0 FROM emp GROUP BY dept UNION ALL "
                + "SELECT NULL AS dept, COUNT(*) AS c2, 1 AS c3, NULL AS rollup_o0 FROM emp) rollup_rows "
                + "ORDER BY CASE WHEN rollup_o0 IS NULL THEN 1 ELSE 0 END, rollup_o0");
    }

    @Test
    void crossApplyValuesIsARowIndexJoinWithoutLateral() throws Exception {
        assertThat(statements("SELECT e.id, v.k FROM employees e CROSS APPLY (VALUES ('a', e.x), ('b', e.y)) v(k, val)",
                Dialect.SQLSERVER, Dialect.SQLITE)).containsExactly("SELECT e.id, CASE v.rhosocial_row WHEN 1 THEN 'a' "
                + "WHEN 2 THEN 'b' END FROM employees AS e CROSS JOIN (SELECT 1 AS rhosocial_row UNION ALL "
                + "SELECT 2 AS rhosocial_row) v");
    }

    @Test
    void oracleStringFunctionsOfANumberColumnCastItToTextOnPostgresql() throws Exception {
        SchemaInfo schema = name -> name.equalsIgnoreCase("orders")
                ? java.util.Optional.of(new TableInfo("orders", List.of(
                        new TableInfo.ColumnInfo("id", java.sql.Types.INTEGER, "INTEGER", false),
                        new TableInfo.ColumnInfo("note", java.sql.Types.VARCHAR, "VARCHAR", true)),
                        List.of("id"), List.of()))
                : java.util.Optional.empty();
        assertThat(t.translate("SELECT SUBSTR(id, 1, 2), LENGTH(note) FROM orders", Dialect.ORACLE,
                Dialect.POSTGRESQL, schema).sql()).isEqualTo("SELECT SUBSTR(CAST(id AS TEXT), 1, 2), LENGTH(CAST(note AS TEXT)) FROM orders");
    }
}
