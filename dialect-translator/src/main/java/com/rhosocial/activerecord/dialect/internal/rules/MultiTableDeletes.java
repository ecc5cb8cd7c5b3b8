package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.render.StatementRenderer;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.delete.Delete;

/**
 * MySQL {@code DELETE t1, t2 FROM t1 JOIN t2 ON ... WHERE ...} removes the joined rows of both tables in one pass.
 * Deleting from one table and then the other would lose the join for the second, so where the target has
 * data-modifying CTEs (PostgreSQL) every DELETE goes into one statement, where all see the rows as they were; other
 * targets report it unsupported ({@code DmlRules}).
 */
public final class MultiTableDeletes {
    private MultiTableDeletes() {
    }

    /** The statement as one WITH ... DELETE, or null when {@code d} deletes from one table or the target cannot. */
    public static String render(Delete d, StatementRenderer r) {
        RenderContext ctx = r.ctx();
        if (d.getTables() == null || d.getTables().size() < 2 || ctx.to().supportsDmlLimit() || d.getLimit() != null) {
            return null;
        }
        if (!ctx.to().dataModifyingCte()) {
            return throughSessionTable(d, r);
        }
        List<String> parts = new ArrayList<>();
        for (Table target : d.getTables()) {
            Delete one = new Delete();
            one.setTable(d.getTable());
            one.setTables(new ArrayList<>(List.of(target)));
            one.setJoins(d.getJoins());
            one.setWhere(d.getWhere());
            StatementRenderer fresh = StatementRenderer.create(ctx);
            String special = StatementRules.render(one, fresh);
            if (special == null) {
                one.accept(fresh, null);
                special = fresh.getBuilder().toString();
            }
            parts.add(special);
        }
        StringBuilder b = new StringBuilder("WITH ");
        for (int i = 0; i < parts.size() - 1; i++) {
            b.append(i > 0 ? ", " : "").append("deleted_").append(i + 1).append(" AS (").append(parts.get(i))
                    .append(")");
        }
        b.append(' ').append(parts.get(parts.size() - 1));
        ctx.emulated("multi-table-delete", "DELETE");
        return b.toString();
    }

    /**
     * Without data-modifying CTEs: the row identifiers of every target are noted in a session table first, then
     * each table loses the rows noted for it, so no DELETE depends on another's result.
     */
    private static String throughSessionTable(Delete d, StatementRenderer r) {
        RenderContext ctx = r.ctx();
        String rowid = ctx.to().rowIdentifier();
        String create = ctx.to().createSessionTable("rhosocial_deleted_rows", "t INTEGER, r INTEGER");
        if (rowid == null || create == null) {
            return null;
        }
        List<Table> real = new ArrayList<>();
        for (Table target : d.getTables()) {
            Table t = find(target, d);
            if (t == null) {
                return null;
            }
            real.add(t);
        }
        StringBuilder b = new StringBuilder(create).append('\u0000').append("DELETE FROM rhosocial_deleted_rows");
        for (int k = 0; k < real.size(); k++) {
            Table t = real.get(k);
            String q = t.getAlias() != null && t.getAlias().getName() != null ? t.getAlias().getName() : t.getName();
            net.sf.jsqlparser.statement.select.PlainSelect ps = new net.sf.jsqlparser.statement.select.PlainSelect();
            ps.addSelectItem(new net.sf.jsqlparser.expression.LongValue(k + 1));
            ps.addSelectItem(new net.sf.jsqlparser.schema.Column(new Table(q), rowid));
            ps.setFromItem(d.getTable());
            if (d.getJoins() != null && !d.getJoins().isEmpty()) {
                ps.setJoins(d.getJoins());
            }
            ps.setWhere(d.getWhere());
            StatementRenderer fresh = StatementRenderer.create(ctx);
            ps.accept((net.sf.jsqlparser.statement.select.SelectVisitor<StringBuilder>) fresh.getSelectDeParser(),
                    null);
            b.append('\u0000').append("INSERT INTO rhosocial_deleted_rows (t, r) ").append(fresh.getBuilder());
        }
        for (int k = 0; k < real.size(); k++) {
            b.append('\u0000').append("DELETE FROM ").append(real.get(k).getFullyQualifiedName()).append(" WHERE ")
                    .append(rowid).append(" IN (SELECT r FROM rhosocial_deleted_rows WHERE t = ").append(k + 1)
                    .append(")");
        }
        ctx.emulated("multi-table-delete", "DELETE");
        return b.toString();
    }

    /** The table (with its alias) a DELETE target name stands for among the FROM items. */
    private static Table find(Table target, Delete d) {
        List<net.sf.jsqlparser.statement.select.FromItem> items = new ArrayList<>();
        items.add(d.getTable());
        if (d.getJoins() != null) {
            for (net.sf.jsqlparser.statement.select.Join j : d.getJoins()) {
                items.add(j.getRightItem());
            }
        }
        String n = RenderContext.unquote(target.getName());
        for (net.sf.jsqlparser.statement.select.FromItem fi : items) {
            if (fi instanceof Table t) {
                String a = t.getAlias() != null && t.getAlias().getName() != null
                        ? RenderContext.unquote(t.getAlias().getName()) : RenderContext.unquote(t.getName());
                if (a.equalsIgnoreCase(n)) {
                    return t;
                }
            }
        }
        return null;
    }
}
