package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.OutputClause;
import net.sf.jsqlparser.statement.ReturningClause;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * {@code RETURNING} on a target without it (MySQL, Oracle outside PL/SQL, SQL Server): dropped with a warning, the
 * driver fetching generated keys through JDBC instead. T-SQL {@code OUTPUT INSERTED.x} of an INSERT (and {@code OUTPUT
 * DELETED.x} of a DELETE, which the pre-pass turns into RETURNING) becomes {@code RETURNING x} where the target has it.
 */
public final class Returning {
    private Returning() {
    }

    public static void insert(Insert ins, RenderContext ctx) {
        if (ins.getReturningClause() != null && !ctx.to().supportsReturning()) {
            ctx.generatedKeyColumns(plainColumns(ins.getReturningClause()));
            ctx.warn("returning", "RETURNING", "RETURNING removed; use getGeneratedKeys() on " + ctx.to());
            ins.setReturningClause(null);
            ctx.changed();
        }
        if (ins.getOutputClause() != null && !ctx.to().family().equals("SQLSERVER") && ctx.to().supportsReturning()) {
            List<SelectItem<?>> items = pseudoTableItems(ins.getOutputClause(), "INSERTED");
            if (items != null) {
                ins.setOutputClause(null);
                ins.setReturningClause(new ReturningClause("RETURNING", items));
                ctx.changed();
            }
        }
        if (ins.getOutputClause() != null && !ctx.to().family().equals("SQLSERVER")) {
            ctx.warn("returning", "OUTPUT", "OUTPUT removed; use getGeneratedKeys() on " + ctx.to());
            ins.setOutputClause(null);
            ctx.changed();
        }
    }

    /**
     * T-SQL {@code UPDATE ... OUTPUT INSERTED.x} (the new values) as {@code RETURNING x}; any RETURNING where the
     * target has no UPDATE ... RETURNING (MariaDB) becomes the UPDATE followed by a SELECT of the returned items
     * with the same WHERE (returned: the query to run after the update), when that WHERE cannot select other rows
     * after the update: one table, no column of the WHERE assigned by SET. Otherwise it is reported unsupported,
     * since the caller expects rows back.
     */
    public static net.sf.jsqlparser.statement.select.PlainSelect update(net.sf.jsqlparser.statement.update.Update u,
                                                                         RenderContext ctx) {
        if (u.getOutputClause() != null && !ctx.to().family().equals("SQLSERVER")) {
            List<SelectItem<?>> items = pseudoTableItems(u.getOutputClause(), "INSERTED");
            if (items == null) {
                ctx.unsupported("returning", "OUTPUT", "UPDATE ... OUTPUT of DELETED values has no RETURNING form");
                return null;
            }
            u.setOutputClause(null);
            u.setReturningClause(new ReturningClause("RETURNING", items));
            ctx.changed();
        }
        if (u.getReturningClause() != null && ctx.to().supportsUpdateReturning()) {
            // RETURNING o.id of "UPDATE t o": the only table there is, so the plain name means the same (and
            // SQLite accepts no qualified names in RETURNING).
            for (SelectItem<?> item : u.getReturningClause()) {
                if (item.getExpression() instanceof Column c && c.getTable() != null && c.getTable().getName() != null
                        && (c.getTable().getName().equalsIgnoreCase(u.getTable().getName()) || u.getTable().getAlias() != null
                        && c.getTable().getName().equalsIgnoreCase(u.getTable().getAlias().getName()))) {
                    c.setTable(null);
                    ctx.changed();
                }
            }
        }
        if (u.getReturningClause() != null && !ctx.to().supportsUpdateReturning()) {
            net.sf.jsqlparser.statement.select.PlainSelect after = selectAfter(u);
            if (after == null) {
                ctx.unsupported("returning", "RETURNING", ctx.to() + " has no UPDATE ... RETURNING, and the WHERE"
                        + " reads columns the update assigns");
                return null;
            }
            u.setReturningClause(null);
            ctx.emulated("returning", "UPDATE ... RETURNING as UPDATE then SELECT with the same WHERE");
            return after;
        }
        return null;
    }

    private static net.sf.jsqlparser.statement.select.PlainSelect selectAfter(net.sf.jsqlparser.statement.update.Update u) {
        if (u.getJoins() != null && !u.getJoins().isEmpty() || u.getFromItem() != null || u.getStartJoins() != null
                && !u.getStartJoins().isEmpty() || u.getLimit() != null || u.getWithItemsList() != null) {
            return null;
        }
        String where = u.getWhere() == null ? "" : u.getWhere().toString().toLowerCase(Locale.ROOT);
        for (net.sf.jsqlparser.statement.update.UpdateSet set : u.getUpdateSets()) {
            for (Column c : set.getColumns()) {
                String name = RenderContext.unquote(c.getColumnName()).toLowerCase(Locale.ROOT);
                if (java.util.regex.Pattern.compile("(?<![\\w$])[\"`\\[]?" + java.util.regex.Pattern.quote(name)
                        + "(?![\\w$])").matcher(where).find()) {
                    return null;
                }
            }
        }
        net.sf.jsqlparser.statement.select.PlainSelect s = new net.sf.jsqlparser.statement.select.PlainSelect();
        s.setSelectItems(new ArrayList<>(u.getReturningClause()));
        net.sf.jsqlparser.schema.Table t = new net.sf.jsqlparser.schema.Table(u.getTable().getFullyQualifiedName());
        t.setAlias(u.getTable().getAlias());
        s.setFromItem(t);
        s.setWhere(u.getWhere());
        return s;
    }

    /** RETURNING of a DELETE on a target without it: dropped with a warning (the rows are deleted all the same). */
    public static void delete(Delete d, RenderContext ctx) {
        if (d.getReturningClause() != null && !ctx.to().supportsReturning()) {
            ctx.warn("returning", "RETURNING", "RETURNING removed: " + ctx.to() + " has no DELETE ... RETURNING");
            d.setReturningClause(null);
            ctx.changed();
        }
    }

    /** The names of a RETURNING list of plain columns (unquoted), or empty when it holds anything else. */
    private static List<String> plainColumns(List<SelectItem<?>> items) {
        List<String> names = new ArrayList<>();
        for (SelectItem<?> item : items) {
            if (!(item.getExpression() instanceof Column c) || item.getAlias() != null) {
                return List.of();
            }
            names.add(RenderContext.unquote(c.getColumnName()));
        }
        return names;
    }

    /**
     * The OUTPUT items with the pseudo-table prefix taken off ({@code INSERTED.id} -> {@code id}), or null when the
     * clause writes into a table or names anything else (expressions over both pseudo-tables have no RETURNING form).
     */
    private static List<SelectItem<?>> pseudoTableItems(OutputClause out, String pseudo) {
        if (out.getOutputTable() != null || out.getTableVariable() != null || out.getSelectItemList() == null) {
            return null;
        }
        List<SelectItem<?>> items = new ArrayList<>();
        for (SelectItem<?> item : out.getSelectItemList()) {
            if (item.getExpression() instanceof AllTableColumns all && all.getTable() != null
                    && pseudo.equals(all.getTable().getName().toUpperCase(Locale.ROOT))) {
                items.add(new SelectItem<>(new AllColumns()));
            } else if (item.getExpression() instanceof Column c && c.getTable() != null
                    && c.getTable().getName() != null
                    && pseudo.equals(c.getTable().getName().toUpperCase(Locale.ROOT))) {
                items.add(new SelectItem<>(new Column(c.getColumnName()), item.getAlias()));
            } else {
                return null;
            }
        }
        return items;
    }
}
