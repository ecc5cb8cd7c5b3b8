package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.render.StatementRenderer;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

/**
 * MySQL's multi-table {@code UPDATE t1 JOIN t2 ON c SET t1.a = .., t2.b = ..} (or {@code UPDATE t1, t2 SET ..
 * WHERE c}) changes several tables at once; elsewhere an UPDATE changes one table. Written as one
 * {@code UPDATE ... FROM} per changed table, in an order where no later statement reads a column an earlier one
 * changed (so every statement sees the rows as MySQL's single pass saw them). When no such order exists, or a join
 * is an outer join, the statement is reported unsupported.
 */
public final class MultiTableUpdates {
    private MultiTableUpdates() {
    }

    /**
     * Renders {@code u} as several statements separated by NUL when it changes several tables and the target takes
     * {@code UPDATE ... FROM}; null when the statement is not such an update (the usual rules apply).
     */
    public static String render(Update u, StatementRenderer r) {
        RenderContext ctx = r.ctx();
        if (u.getStartJoins() == null || u.getStartJoins().isEmpty() || ctx.to().supportsDmlLimit()
                || ctx.to().rowIdentifier() == null || u.getLimit() != null
                || u.getOrderByElements() != null && !u.getOrderByElements().isEmpty()) {
            return null;
        }
        List<FromItem> items = new ArrayList<>();
        items.add(u.getTable());
        Expression cond = null;
        for (Join j : u.getStartJoins()) {
            if (j.isOuter() || j.isLeft() || j.isRight() || j.isFull() || !(j.getRightItem() instanceof Table)) {
                return null;
            }
            items.add(j.getRightItem());
            if (j.getOnExpressions() != null) {
                for (Expression on : j.getOnExpressions()) {
                    cond = cond == null ? on : new AndExpression(cond, on);
                }
            }
        }
        if (u.getWhere() != null) {
            cond = cond == null ? u.getWhere() : new AndExpression(cond, u.getWhere());
        }
        // Assignments grouped by the table they change, in the order written.
        Map<String, List<UpdateSet>> byTable = new LinkedHashMap<>();
        for (UpdateSet s : u.getUpdateSets()) {
            String owner = null;
            for (Column c : s.getColumns()) {
                String q = c.getTable() == null || c.getTable().getName() == null
                        ? name(u.getTable()) : RenderContext.unquote(c.getTable().getName()).toLowerCase(Locale.ROOT);
                if (owner != null && !owner.equals(q)) {
                    return null;
                }
                owner = q;
            }
            byTable.computeIfAbsent(owner, k -> new ArrayList<>()).add(s);
        }
        if (byTable.size() < 2) {
            return null;
        }
        List<String> order = order(byTable, cond);
        if (order == null) {
            ctx.unsupported("multi-table-update", "UPDATE", "an UPDATE that changes several tables reads a column it"
                    + " also changes; no order of single-table UPDATEs on " + ctx.to() + " keeps its meaning");
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String owner : order) {
            Table target = null;
            List<Join> others = new ArrayList<>();
            for (FromItem fi : items) {
                if (name((Table) fi).equals(owner) && target == null) {
                    target = (Table) fi;
                } else {
                    Join j = new Join();
                    j.setSimple(true);
                    j.setRightItem(fi);
                    others.add(j);
                }
            }
            if (target == null) {
                return null;
            }
            Update part = new Update();
            part.setTable(target);
            part.setStartJoins(others);
            part.setUpdateSets(byTable.get(owner));
            part.setWhere(cond);
            StatementRenderer fresh = StatementRenderer.create(ctx);
            String special = StatementRules.render(part, fresh);
            if (special == null) {
                part.accept(fresh, null);
                special = fresh.getBuilder().toString();
            }
            if (out.length() > 0) {
                out.append('\u0000');
            }
            out.append(special);
        }
        ctx.emulated("multi-table-update", "UPDATE");
        return out.toString();
    }

    /** The alias, else the name, of a table in lower case. */
    private static String name(Table t) {
        String n = t.getAlias() != null && t.getAlias().getName() != null ? t.getAlias().getName() : t.getName();
        return RenderContext.unquote(n).toLowerCase(Locale.ROOT);
    }

    /** An order of the tables where no statement reads what an earlier one changed; null when there is none. */
    private static List<String> order(Map<String, List<UpdateSet>> byTable, Expression cond) {
        List<String> written = new ArrayList<>(byTable.keySet());
        List<List<String>> tries = new ArrayList<>();
        tries.add(written);
        List<String> reversed = new ArrayList<>(written);
        java.util.Collections.reverse(reversed);
        tries.add(reversed);
        for (List<String> t : tries) {
            if (valid(t, byTable, cond)) {
                return t;
            }
        }
        return null;
    }

    private static boolean valid(List<String> order, Map<String, List<UpdateSet>> byTable, Expression cond) {
        List<String[]> changed = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            List<Column> reads = new ArrayList<>();
            collect(cond, reads);
            for (UpdateSet s : byTable.get(order.get(i))) {
                for (Object v : s.getValues()) {
                    collect((Expression) v, reads);
                }
            }
            if (i > 0) {
                for (Column c : reads) {
                    String q = c.getTable() == null || c.getTable().getName() == null ? null
                            : RenderContext.unquote(c.getTable().getName()).toLowerCase(Locale.ROOT);
                    String n = RenderContext.unquote(c.getColumnName()).toLowerCase(Locale.ROOT);
                    for (String[] ch : changed) {
                        if (ch[1].equals(n) && (q == null || q.equals(ch[0]))) {
                            return false;
                        }
                    }
                }
            }
            for (UpdateSet s : byTable.get(order.get(i))) {
                for (Column c : s.getColumns()) {
                    changed.add(new String[] {order.get(i),
                            RenderContext.unquote(c.getColumnName()).toLowerCase(Locale.ROOT)});
                }
            }
        }
        return true;
    }

    private static void collect(Expression e, List<Column> out) {
        if (e == null) {
            return;
        }
        e.accept(new ExpressionVisitorAdapter<Void>() {
            @Override
            public <S> Void visit(Column c, S context) {
                out.add(c);
                return null;
            }
        }, null);
    }
}
