package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.render.StatementRenderer;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import net.sf.jsqlparser.statement.DescribeStatement;
import net.sf.jsqlparser.statement.ShowColumnsStatement;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.show.ShowTablesStatement;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.upsert.Upsert;

/**
 * Statements rendered by a rule as a whole (SHOW, DESCRIBE, upserts, DDL), or rewritten before the renderer
 * prints them (DML limits and joins). Returns null when the renderer should print the (possibly rewritten)
 * statement itself.
 */
public final class StatementRules {
    /** Prefix of rendered text already in the target's spelling (names must not be re-quoted). */
    public static final String RAW = "\u0001";
    private StatementRules() {
    }

    public static String render(Statement st, StatementRenderer r) {
        RenderContext ctx = r.ctx();
        if (st instanceof net.sf.jsqlparser.statement.select.PlainSelect ps) {
            ImplicitGroupOrder.apply(ps, ctx);
        }
        String modifying = DataModifyingCtes.render(st, r);
        if (modifying != null) {
            return modifying;
        }
        if (st instanceof Insert ins) {
            ctx.tableInScope(ins.getTable().getFullyQualifiedName());
            Identifiers.table(ins.getTable(), ctx);
            InsertForms.setToValues(ins, ctx);
            InsertForms.defaultRow(ins, ctx);
            InsertForms.generatedKeyNulls(ins, ctx);
            BooleanColumns.insert(ins, ctx);
            return Upserts.insert(ins, r);
        }
        if (st instanceof Upsert up) {
            return Upserts.upsert(up, r);
        }
        if (st instanceof Delete d) {
            String several = MultiTableDeletes.render(d, r);
            if (several != null) {
                return several;
            }
            DmlRules.delete(d, ctx);
            return null;
        }
        if (st instanceof Update u) {
            String split = MultiTableUpdates.render(u, r);
            if (split != null) {
                return split;
            }
            UpdateAssignmentOrder.apply(u, ctx);
            BooleanColumns.update(u, ctx);
            DmlRules.update(u, ctx);
            return null;
        }
        if (st instanceof net.sf.jsqlparser.statement.merge.Merge m) {
            return MergeRules.merge(m, r);
        }
        if (st instanceof ShowTablesStatement s) {
            return CatalogRules.showTables(s, ctx);
        }
        if (st instanceof ShowColumnsStatement s) {
            return CatalogRules.showColumns(s, ctx);
        }
        if (st instanceof DescribeStatement d) {
            return CatalogRules.describe(d, ctx);
        }
        if (st instanceof CreateTable ct) {
            return DdlRules.createTable(ct, r);
        }
        if (st instanceof net.sf.jsqlparser.statement.select.PlainSelect ps && ps.getIntoTables() != null
                && !ps.getIntoTables().isEmpty()) {
            String ctas = DdlRules.selectInto(ps, r);
            if (ctas != null) {
                return ctas;
            }
        }
        return DdlRules.other(st, r);
    }
}
