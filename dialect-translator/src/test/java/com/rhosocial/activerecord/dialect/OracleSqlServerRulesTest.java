package com.rhosocial.activerecord.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden tests for the Oracle and T-SQL constructs emulated by statement rewrites: multi-table INSERT, KEEP
 * (DENSE_RANK ...), MERGE ... DELETE WHERE, STRING_SPLIT, ISNUMERIC and the padded TO_CHAR names. The expected SQL
 * is written by hand from the targets' manuals; the corpus cases of the same names run it on the real servers.
 */
class OracleSqlServerRulesTest {
    private final SqlTranslator t = SqlTranslator.builder().build();

    private List<String> statements(String source, Dialect from, Dialect to) throws Exception {
        return t.translate(source, from, to).statements();
    }

    @Test
    void insertFirstIsOneInsertSelectPerBranchExcludingEarlierWhens() throws Exception {
        Translation tr = t.translate("INSERT FIRST WHEN q > 10 THEN INTO a (k, v) VALUES ('big', q) "
                + "WHEN q > 3 THEN INTO a (k, v) VALUES ('mid', q) ELSE INTO a (k, v) VALUES ('small', q) "
                + "SELECT q FROM items WHERE o = ?", Dialect.ORACLE, Dialect.POSTGRESQL);
        assertThat(tr.statements()).containsExactly(
                "INSERT INTO a (k, v) SELECT 'big', q FROM (SELECT q FROM items WHERE o = ?) ia__ WHERE (q > 10)",
                "INSERT INTO a (k, v) SELECT 'mid', q FROM (SELECT q FROM items WHERE o = ?) ia__ WHERE (q > 3) "
                        + "AND CASE WHEN q > 10 THEN 1 ELSE 0 END = 0",
                "INSERT INTO a (k, v) SELECT 'small', q FROM (SELECT q FROM items WHERE o = ?) ia__ "
                        + "WHERE CASE WHEN q > 10 THEN 1 WHEN q > 3 THEN 1 ELSE 0 END = 0");
        // the one source placeholder is bound in each copy of the subquery
        assertThat(tr.parameterMap()).containsExactly(1, 1, 1);
        assertThat(tr.outcome()).isEqualTo(Outcome.EMULATED);
    }

    @Test
    void conditionalInsertAllKeepsEveryBranchWhoseWhenHolds() throws Exception {
        assertThat(statements("INSERT ALL WHEN q > 3 THEN INTO a (k, v) VALUES ('over3', q) "
                + "WHEN q > 1 THEN INTO a (k, v) VALUES ('over1', q) SELECT q FROM items", Dialect.ORACLE, Dialect.SQLITE))
                .containsExactly(
                        "INSERT INTO a (k, v) SELECT 'over3', q FROM (SELECT q FROM items) ia__ WHERE (q > 3)",
                        "INSERT INTO a (k, v) SELECT 'over1', q FROM (SELECT q FROM items) ia__ WHERE (q > 1)");
    }

    @Test
    void multiTableInsertReadingItsOwnTargetIsRefused() throws Exception {
        Translation tr = t.translate("INSERT ALL WHEN v > 1 THEN INTO a (v) VALUES (v) SELECT v FROM a",
                Dialect.ORACLE, Dialect.MARIADB);
        assertThat(tr.outcome()).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(tr.warnings().toString()).contains("inserts into");
    }

    @Test
    void keepDenseRankFirstBecomesAnAggregateOverTheRowsWithTheGroupsExtremeKey() throws Exception {
        // DESC sorts NULL first in Oracle: a group with a NULL salary keeps only its NULL-salary rows
        assertThat(statements("SELECT dept, MAX(name) KEEP (DENSE_RANK FIRST ORDER BY salary DESC) FROM emp "
                + "GROUP BY dept", Dialect.ORACLE, Dialect.POSTGRESQL)).containsExactly(
                "SELECT dept, MAX(CASE WHEN (kn1__ > 0 AND salary IS NULL OR kn1__ = 0 AND salary = kx1__) THEN name END) "
                        + "FROM (SELECT emp.*, MAX(salary) OVER (PARTITION BY dept ) AS kx1__, COUNT(*) OVER (PARTITION BY dept ) "
                        + "- COUNT(salary) OVER (PARTITION BY dept ) AS kn1__ FROM emp) emp GROUP BY dept");
        // ASC (NULLs last) FIRST: the smallest key; a group of only NULL keys keeps all its rows
        assertThat(statements("SELECT MIN(e.hired) KEEP (DENSE_RANK FIRST ORDER BY e.salary) FROM emp e WHERE e.id > 1",
                Dialect.ORACLE, Dialect.SQLITE)).containsExactly(
                "SELECT MIN(CASE WHEN (e.salary = kx1__ OR kx1__ IS NULL) THEN e.hired END) "
                        + "FROM (SELECT e.*, MIN(e.salary) OVER () AS kx1__ FROM emp AS e WHERE e.id > 1) e");
    }

    @Test
    void mergeDeleteWhereIsADeleteBranchOnPostgresqlReadingTheNewValues() throws Exception {
        assertThat(statements("MERGE INTO inv i USING (SELECT id, stock FROM p) s ON (i.pid = s.id) "
                + "WHEN MATCHED THEN UPDATE SET i.qty = s.stock DELETE WHERE i.qty = 0 "
                + "WHEN NOT MATCHED THEN INSERT (pid, qty) VALUES (s.id, s.stock)", Dialect.ORACLE, Dialect.POSTGRESQL))
                .containsExactly("MERGE INTO inv i USING (SELECT id, stock FROM p) s ON (i.pid = s.id) "
                        + "WHEN MATCHED AND ((s.stock) = 0) THEN DELETE WHEN MATCHED THEN UPDATE SET qty = s.stock "
                        + "WHEN NOT MATCHED THEN INSERT (pid, qty) VALUES (s.id, s.stock)");
    }

    @Test
    void mergeDeleteWhereIsUpdateThenDeleteOnSqlite() throws Exception {
        Translation tr = t.translate("MERGE INTO inv i USING (SELECT id, stock FROM p) s ON (i.pid = s.id) "
                + "WHEN MATCHED THEN UPDATE SET i.qty = s.stock DELETE WHERE i.qty = 0", Dialect.ORACLE, Dialect.SQLITE);
        assertThat(tr.statements()).containsExactly(
                "UPDATE inv AS i SET qty = s.stock FROM (SELECT id, stock FROM p) s WHERE (i.pid = s.id)",
                "DELETE FROM inv AS i WHERE EXISTS (SELECT 1 FROM (SELECT id, stock FROM p) s WHERE (i.pid = s.id)) "
                        + "AND i.qty = 0");
        assertThat(tr.outcome()).isEqualTo(Outcome.EMULATED);
    }

    @Test
    void stringSplitIsARecursiveSplitWithTheTargetsPositionFunction() throws Exception {
        Translation tr = t.translate("SELECT value FROM STRING_SPLIT(?, ',')", Dialect.SQLSERVER, Dialect.POSTGRESQL);
        assertThat(tr.statements()).containsExactly("SELECT value FROM (WITH RECURSIVE ss__ (value, ss_rest, ss_sep) AS ("
                + "SELECT SUBSTR(CONCAT(ss_s, ss_sep), 1, STRPOS(CONCAT(ss_s, ss_sep), ss_sep) - 1), "
                + "SUBSTR(CONCAT(ss_s, ss_sep), STRPOS(CONCAT(ss_s, ss_sep), ss_sep) + 1, 2147483647), ss_sep "
                + "FROM (SELECT ? AS ss_s, ',' AS ss_sep) ss_in__ WHERE ss_s IS NOT NULL UNION ALL "
                + "SELECT SUBSTR(ss_rest, 1, STRPOS(ss_rest, ss_sep) - 1), SUBSTR(ss_rest, STRPOS(ss_rest, ss_sep) + 1, 2147483647), "
                + "ss_sep FROM ss__ WHERE STRPOS(ss_rest, ss_sep) > 0) SELECT value FROM ss__) AS string_split");
        assertThat(tr.outcome()).isEqualTo(Outcome.EMULATED);
        assertThat(String.join(" ", statements("SELECT value FROM STRING_SPLIT('a,b', ',') s", Dialect.SQLSERVER,
                Dialect.SQLITE))).contains("INSTR(ss_rest, ss_sep)").endsWith("SELECT value FROM ss__) AS s");
    }

    @Test
    void isNumericIsAPatternTestWithAWarning() throws Exception {
        Translation pg = t.translate("SELECT ISNUMERIC(v) FROM c", Dialect.SQLSERVER, Dialect.POSTGRESQL);
        String re = "'^[[:space:]]*[$]?[[:space:]]*[-+]?[[:space:]]*([0-9][0-9,]*([.][0-9]*)?([eEdD][-+]?[0-9]+)?"
                + "|[.][0-9]+([eEdD][-+]?[0-9]+)?|[.]?)[[:space:]]*$'";
        assertThat(pg.sql()).isEqualTo("SELECT CASE WHEN CAST(v AS TEXT) ~ " + re
                + " AND CAST(v AS TEXT) ~ '[-+$.0-9]' THEN 1 ELSE 0 END FROM c");
        assertThat(pg.outcome()).isEqualTo(Outcome.EMULATED);
        assertThat(pg.warnings().toString()).contains("ISNUMERIC approximated");
        assertThat(t.translate("SELECT ISNUMERIC(v) FROM c", Dialect.SQLSERVER, Dialect.MARIADB).sql())
                .isEqualTo("SELECT CASE WHEN v REGEXP " + re + " AND v REGEXP '[-+$.0-9]' THEN 1 ELSE 0 END FROM c");
        assertThat(t.translate("SELECT ISNUMERIC(v) FROM c", Dialect.SQLSERVER, Dialect.SQLITE).sql())
                .isEqualTo("SELECT CASE WHEN TRIM(v) IS NULL OR TRIM(v) = '' OR LTRIM(TRIM(v), '$+-') GLOB '*[^0-9.]*' "
                        + "OR LTRIM(TRIM(v), '$+-') GLOB '*.*.*' OR LENGTH(TRIM(v)) - LENGTH(LTRIM(TRIM(v), '$+-')) > 2 "
                        + "THEN 0 ELSE 1 END FROM c");
    }

    @Test
    void toCharDayAndMonthArePaddedToNineUnlessFm() throws Exception {
        assertThat(t.translate("SELECT TO_CHAR(d, 'Day'), TO_CHAR(d, 'fmDay') FROM x", Dialect.ORACLE,
                Dialect.POSTGRESQL).sql()).isEqualTo("SELECT TO_CHAR(d, 'Day'), TO_CHAR(d, 'FMDay') FROM x");
        assertThat(t.translate("SELECT TO_CHAR(d, 'DD Month YYYY'), TO_CHAR(d, 'fmMonth') FROM x", Dialect.ORACLE,
                Dialect.MARIADB).sql()).isEqualTo("SELECT CONCAT(DATE_FORMAT(d, '%d '), RPAD(DATE_FORMAT(d, '%M'), 9, ' '), "
                + "DATE_FORMAT(d, ' %Y')), DATE_FORMAT(d, '%M') FROM x");
        assertThat(t.translate("SELECT TO_CHAR(d, 'Day') FROM x", Dialect.ORACLE, Dialect.SQLITE).sql())
                .isEqualTo("SELECT CASE STRFTIME('%w', d) WHEN '0' THEN 'Sunday   ' WHEN '1' THEN 'Monday   ' "
                        + "WHEN '2' THEN 'Tuesday  ' WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday ' "
                        + "WHEN '5' THEN 'Friday   ' WHEN '6' THEN 'Saturday ' END FROM x");
    }

    @Test
    void rowCountOnPostgresqlIsReportedUnsupported() throws Exception {
        Translation tr = t.translate("SELECT @@ROWCOUNT", Dialect.SQLSERVER, Dialect.POSTGRESQL);
        assertThat(tr.outcome()).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(tr.warnings().toString()).contains("row count");
    }

    @Test
    void multiTableInsertAllFromDualIsOneInsertValuesPerInto() throws Exception {
        Translation tr = t.translate("INSERT ALL INTO a (x) VALUES (1) INTO b (y, z) VALUES (?, 'k') SELECT * FROM DUAL",
                Dialect.ORACLE, Dialect.MARIADB);
        assertThat(tr.statements()).containsExactly("INSERT INTO a (x) VALUES (1)", "INSERT INTO b (y, z) VALUES (?, 'k')");
        assertThat(tr.parameterMap()).containsExactly(1);
    }

    @Test
    void rownumOverAnOrderedDerivedTableNumbersInThatOrder() throws Exception {
        assertThat(statements("SELECT ROWNUM, name FROM (SELECT name FROM products ORDER BY id)", Dialect.ORACLE,
                Dialect.POSTGRESQL)).containsExactly("SELECT ROW_NUMBER() OVER (ORDER BY ro__), name FROM (SELECT name, "
                + "ROW_NUMBER() OVER (ORDER BY id) AS ro__ FROM products ORDER BY id) AS dt1 ORDER BY ro__");
    }

    @Test
    void constantOrderedRowNumberOverTopOrderByTakesTheDerivedTablesOrder() throws Exception {
        assertThat(statements("SELECT q.*, ROW_NUMBER() OVER (ORDER BY CURRENT_TIMESTAMP) AS rn FROM "
                + "(SELECT TOP(5) c.id AS id1, c.name AS n1 FROM customers c ORDER BY c.id) q", Dialect.SQLSERVER,
                Dialect.MARIADB)).containsExactly("SELECT q.*, ROW_NUMBER() OVER (ORDER BY q.id1) AS rn FROM "
                + "(SELECT c.id AS id1, c.name AS n1 FROM customers c ORDER BY c.id LIMIT 5) q");
    }
}
