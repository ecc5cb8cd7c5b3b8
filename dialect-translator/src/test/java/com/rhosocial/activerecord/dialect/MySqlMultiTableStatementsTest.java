package com.rhosocial.activerecord.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * MySQL statements that change or count across statements (multi-table UPDATE / DELETE, FOUND_ROWS()): where no
 * translation keeps the meaning, the outcome is UNSUPPORTED with the rule named, never a statement that silently
 * does less. The translations that do keep it run in the differential corpus ({@code my-mtu-*},
 * {@code my-found-rows-*}).
 */
class MySqlMultiTableStatementsTest {
    private final SqlTranslator t = SqlTranslator.builder().cacheSize(0).build();

    @Test
    void updateOfTwoTablesThatReadEachOthersNewValuesIsUnsupported() throws Exception {
        // i.qty reads p.stock and p.stock reads i.qty: neither order of two UPDATEs keeps MySQL's single pass.
        String src = "UPDATE products p JOIN inventory i ON p.id = i.product_id SET i.qty = p.stock, p.stock = i.qty";
        for (Dialect to : new Dialect[] {Dialect.POSTGRESQL, Dialect.SQLITE}) {
            Translation tr = t.translate(src, Dialect.MYSQL, to);
            assertThat(tr.outcome()).isEqualTo(Outcome.UNSUPPORTED);
            assertThat(tr.warnings()).anyMatch(w -> w.rule().equals("multi-table-update"));
        }
    }

    @Test
    void updateOfTwoTablesBecomesOneUpdatePerTableInAnOrderThatKeepsTheReads() throws Exception {
        // p.stock reads i.qty, which the inventory statement changes: products must be updated first.
        String src = "UPDATE inventory i JOIN products p ON p.id = i.product_id SET i.qty = 0, p.stock = i.qty "
                + "WHERE p.id = ?";
        Translation tr = t.translate(src, Dialect.MYSQL, Dialect.POSTGRESQL);
        assertThat(tr.statements()).containsExactly(
                "UPDATE products p SET stock = i.qty FROM inventory i WHERE p.id = i.product_id AND p.id = ?",
                "UPDATE inventory i SET qty = 0 FROM products p WHERE p.id = i.product_id AND p.id = ?");
        assertThat(tr.parameterMap()).containsExactly(1, 1);
    }

    @Test
    void deleteFromTwoTablesIsUnsupportedRatherThanDeletingFromOne() throws Exception {
        String src = "DELETE oi, o FROM order_items oi JOIN orders o ON o.id = oi.order_id WHERE o.status = 'x'";
        // Oracle has neither data-modifying CTEs nor a session table here (SQLite notes the rows in a TEMP table:
        // corpus case my-mtd-delete-two-tables).
        Translation tr = t.translate(src, Dialect.MYSQL, Dialect.ORACLE);
        assertThat(tr.outcome()).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(tr.warnings()).anyMatch(w -> w.rule().equals("multi-table-delete"));
    }

    @Test
    void deleteFromTwoTablesIsOneStatementWithADataModifyingCteOnPostgresql() throws Exception {
        String src = "DELETE oi, o FROM order_items oi JOIN orders o ON o.id = oi.order_id WHERE o.id = ?";
        Translation tr = t.translate(src, Dialect.MYSQL, Dialect.POSTGRESQL);
        assertThat(tr.statements()).containsExactly("WITH deleted_1 AS (DELETE FROM order_items WHERE ctid IN "
                + "(SELECT oi.ctid FROM order_items oi JOIN orders o ON o.id = oi.order_id WHERE o.id = ?)) "
                + "DELETE FROM orders WHERE ctid IN (SELECT o.ctid FROM order_items oi JOIN orders o "
                + "ON o.id = oi.order_id WHERE o.id = ?)");
        assertThat(tr.parameterMap()).containsExactly(1, 1);
    }

    @Test
    void foundRowsWithoutASessionCounterIsUnsupportedWhileThePageStillTranslates() throws Exception {
        Translation read = t.translate("SELECT FOUND_ROWS()", Dialect.MYSQL, Dialect.ORACLE);
        assertThat(read.outcome()).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(read.warnings()).anyMatch(w -> w.rule().equals("found-rows"));
        Translation page = t.translate("SELECT SQL_CALC_FOUND_ROWS id FROM orders ORDER BY id LIMIT 2",
                Dialect.MYSQL, Dialect.ORACLE);
        assertThat(page.outcome()).isNotEqualTo(Outcome.UNSUPPORTED);
        assertThat(page.sql()).doesNotContain("SQL_CALC_FOUND_ROWS");
    }
}
