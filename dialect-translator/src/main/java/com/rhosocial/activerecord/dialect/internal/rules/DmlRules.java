package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.TableInfo;
import com.rhosocial.activerecord.dialect.internal.spec.DialectSpec;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.Limit;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

/**
 * UPDATE and DELETE forms that differ: MySQL's {@code ... ORDER BY ... LIMIT n} and multi-table
 * {@code UPDATE t1 JOIN t2 ... SET} / {@code DELETE t1 FROM t1 JOIN t2}, PostgreSQL's {@code UPDATE ... FROM}.
 * Where the target lacks the form, the rows are chosen by a subquery on the primary key (from SchemaInfo) or the
 * target's row identifier (ctid, rowid, ROWID).
 */
public final class DmlRules {
    private DmlRules() {
    }

    /** Rewrites {@code d} in place for the target; reports what cannot be expressed. */
    public static void delete(Delete d, RenderContext ctx) {
        DialectSpec to = ctx.to();
        usingToExists(d, ctx);
        if (to.supportsDmlLimit() && d.getTable() != null && d.getTable().getAlias() != null
                && (d.getTables() == null || d.getTables().isEmpty()) && (d.getJoins() == null || d.getJoins().isEmpty())) {
            // MariaDB 10.11 has no alias in a single-table DELETE; the multi-table form allows it.
            d.setTables(new ArrayList<>(List.of(new Table(d.getTable().getAlias().getName()))));
            ctx.changed();
            return;
        }
        boolean limited = d.getLimit() != null || d.getOrderByElements() != null && !d.getOrderByElements().isEmpty();
        boolean multi = d.getJoins() != null && !d.getJoins().isEmpty()
                || d.getTables() != null && !d.getTables().isEmpty();
        if (to.supportsDmlLimit() || !limited && !multi) {
            return;
        }
        if (d.getTables() != null && d.getTables().size() > 1) {
            // DELETE t1, t2 FROM t1 JOIN t2 ...: rows of both go in one pass; one DELETE per table would lose the
            // join for the second.
            ctx.unsupported("multi-table-delete", "DELETE",
                    "a DELETE that removes rows from several tables has no single-statement form on " + to);
            return;
        }
        Table target = d.getTables() != null && !d.getTables().isEmpty() ? d.getTables().get(0) : d.getTable();
        Table real = resolve(target, d.getTable(), d.getJoins());
        String key = key(real, ctx);
        if (key == null) {
            ctx.unsupported("dml-limit", "LIMIT", "DELETE with LIMIT or joins needs a key or row identifier on " + to);
            return;
        }
        PlainSelect sub = new PlainSelect();
        String qualifier = target.getAlias() != null ? target.getAlias().getName() : target.getName();
        sub.addSelectItem(new Column(new Table(qualifier), key));
        sub.setFromItem(d.getTable());
        sub.setJoins(d.getJoins());
        sub.setWhere(d.getWhere());
        sub.setOrderByElements(d.getOrderByElements());
        sub.setLimit(d.getLimit());
        Table plain = new Table(real.getName());
        d.setTables(null);
        d.setJoins(null);
        d.setLimit(null);
        d.setOrderByElements(null);
        d.setTable(plain);
        d.setWhere(new InExpression(new Column(key), new ParenthesedSelect().withSelect(sub)));
        ctx.emulated("dml-limit", "DELETE");
    }

    /**
     * PostgreSQL {@code DELETE FROM t USING u, v WHERE cond}: {@code DELETE FROM t WHERE EXISTS (SELECT 1 FROM u, v
     * WHERE cond)} elsewhere (MariaDB's USING must list t as well, SQLite and Oracle have none); cond still sees t's
     * columns, as a correlated subquery, so the same rows go.
     */
    private static void usingToExists(Delete d, RenderContext ctx) {
        List<net.sf.jsqlparser.statement.select.FromItem> using = new ArrayList<>();
        if (d.getUsingFromItemList() != null) {
            using.addAll(d.getUsingFromItemList());
        }
        if (using.isEmpty() && d.getUsingList() != null) {
            using.addAll(d.getUsingList());
        }
        if (using.isEmpty() || ctx.to().family().equals("POSTGRESQL")) {
            return;
        }
        PlainSelect sub = new PlainSelect();
        sub.addSelectItem(new net.sf.jsqlparser.expression.LongValue(1));
        sub.setFromItem(using.get(0));
        for (int i = 1; i < using.size(); i++) {
            net.sf.jsqlparser.statement.select.Join j = new net.sf.jsqlparser.statement.select.Join();
            j.setSimple(true);
            j.setRightItem(using.get(i));
            sub.addJoins(j);
        }
        sub.setWhere(d.getWhere());
        d.setUsingFromItemList(new ArrayList<>());
        d.setUsingList(new ArrayList<>());
        d.setWhere(new net.sf.jsqlparser.expression.operators.relational.ExistsExpression()
                .withRightExpression(new ParenthesedSelect().withSelect(sub)));
        ctx.changed();
    }

    /** Rewrites {@code u} in place for the target. */
    public static void update(Update u, RenderContext ctx) {
        DialectSpec to = ctx.to();
        if (!to.supportsRowValueSet()) {
            splitRowValueSets(u, ctx);
        }
        boolean limited = u.getLimit() != null || u.getOrderByElements() != null && !u.getOrderByElements().isEmpty();
        boolean mysqlJoins = u.getStartJoins() != null && !u.getStartJoins().isEmpty();
        boolean pgFrom = u.getFromItem() != null;
        if (pgFrom && tsqlFromForm(u, ctx)) {
            return;
        }
        if (to.supportsDmlLimit()) {
            if (pgFrom) {
                // UPDATE t1 SET ... FROM t2 WHERE ...  ->  UPDATE t1, t2 SET t1.c = ... WHERE ...
                List<Join> joins = new ArrayList<>();
                Join j = new Join();
                j.setSimple(true);
                j.setRightItem(u.getFromItem());
                joins.add(j);
                if (u.getJoins() != null) {
                    joins.addAll(u.getJoins());
                }
                u.setStartJoins(joins);
                u.setFromItem(null);
                u.setJoins(null);
                qualifySets(u);
                ctx.changed();
            }
            return;
        }
        if (mysqlJoins && !limited && to.rowIdentifier() != null && !to.family().equals("ORACLE")) {
            // UPDATE t1 JOIN t2 ON c SET ... WHERE w  ->  UPDATE t1 SET ... FROM t2 WHERE c AND w
            if (setsOtherTables(u)) {
                // MySQL UPDATE t1, t2 SET t1.a = .., t2.b = ..: one UPDATE changes one table elsewhere.
                ctx.unsupported("multi-table-update", "UPDATE",
                        "an UPDATE that changes several tables has no single-statement form on " + to);
                return;
            }
            Expression where = u.getWhere();
            List<Join> joins = u.getStartJoins();
            FromItem first = joins.get(0).getRightItem();
            Expression conds = null;
            for (Join j : joins) {
                for (Expression on : j.getOnExpressions()) {
                    conds = conds == null ? on : new AndExpression(conds, on);
                }
            }
            u.setStartJoins(null);
            u.setFromItem(first);
            if (joins.size() > 1) {
                List<Join> rest = new ArrayList<>();
                for (int i = 1; i < joins.size(); i++) {
                    Join s = new Join();
                    s.setSimple(true);
                    s.setRightItem(joins.get(i).getRightItem());
                    rest.add(s);
                }
                u.setJoins(rest);
            }
            u.setWhere(conds == null ? where : where == null ? conds : new AndExpression(conds, where));
            unqualifySets(u);
            ctx.changed();
            return;
        }
        if (!limited && !mysqlJoins) {
            return;
        }
        String key = key(u.getTable(), ctx);
        if (key == null || mysqlJoins) {
            ctx.unsupported("dml-limit", "LIMIT", "UPDATE with LIMIT or joins is not expressible on " + to);
            return;
        }
        PlainSelect sub = new PlainSelect();
        sub.addSelectItem(new Column(key));
        Table t = new Table(u.getTable().getName());
        sub.setFromItem(t);
        sub.setWhere(u.getWhere());
        sub.setOrderByElements(u.getOrderByElements());
        sub.setLimit(u.getLimit());
        u.setLimit(null);
        u.setOrderByElements(null);
        u.setWhere(new InExpression(new Column(key), new ParenthesedSelect().withSelect(sub)));
        ctx.emulated("dml-limit", "UPDATE");
    }

    /**
     * T-SQL {@code UPDATE o SET ... FROM orders o JOIN customers c ON ... WHERE ...}: the updated name is an alias
     * declared in FROM. Rewritten to the target's multi-table form.
     */
    private static boolean tsqlFromForm(Update u, RenderContext ctx) {
        if (!(u.getFromItem() instanceof Table real) || u.getTable().getAlias() != null
                || ctx.to().family().equals("SQLSERVER")) {
            return false;
        }
        // the alias declared in FROM, or the table itself named again there (UPDATE t SET ... FROM t JOIN u ON ...)
        String declared = real.getAlias() != null ? real.getAlias().getName() : real.getFullyQualifiedName();
        if (!RenderContext.unquote(declared).equalsIgnoreCase(RenderContext.unquote(u.getTable().getName()))
                && !(real.getAlias() == null && RenderContext.unquote(real.getName())
                        .equalsIgnoreCase(RenderContext.unquote(u.getTable().getName())))) {
            return false;
        }
        List<Join> joins = u.getJoins() == null ? new ArrayList<>() : new ArrayList<>(u.getJoins());
        u.setTable(real);
        if (ctx.to().supportsDmlLimit()) {
            u.setFromItem(null);
            u.setJoins(null);
            u.setStartJoins(joins.isEmpty() ? null : joins);
            ctx.changed();
            return true;
        }
        if (joins.isEmpty()) {
            u.setFromItem(null);
            u.setJoins(null);
        } else {
            Join first = joins.remove(0);
            u.setFromItem(first.getRightItem());
            Expression cond = null;
            if (first.getOnExpressions() != null) {
                for (Expression on : first.getOnExpressions()) {
                    cond = cond == null ? on : new AndExpression(cond, on);
                }
            }
            u.setJoins(joins.isEmpty() ? null : joins);
            Expression where = u.getWhere();
            u.setWhere(cond == null ? where : where == null ? cond : new AndExpression(cond, where));
        }
        unqualifySets(u);
        ctx.changed();
        return true;
    }

    /**
     * {@code SET (a, b) = (SELECT x, y FROM ... WHERE ...)} as {@code SET a = (SELECT x ...), b = (SELECT y ...)}:
     * one scalar subquery per column, for targets without row-valued assignments. Only a plain select (no DISTINCT,
     * ORDER BY or paging) is split; others are left for the target to refuse.
     */
    private static void splitRowValueSets(Update u, RenderContext ctx) {
        if (u.getUpdateSets() == null) {
            return;
        }
        List<net.sf.jsqlparser.statement.update.UpdateSet> out = new ArrayList<>();
        boolean split = false;
        for (net.sf.jsqlparser.statement.update.UpdateSet set : u.getUpdateSets()) {
            int n = set.getColumns().size();
            if (n > 1 && set.getValues().size() == 1
                    && set.getValue(0) instanceof ParenthesedSelect sub && sub.getSelect() instanceof PlainSelect p
                    && p.getSelectItems().size() == n && p.getDistinct() == null && p.getLimit() == null
                    && p.getOffset() == null && p.getFetch() == null && p.getTop() == null
                    && (p.getOrderByElements() == null || p.getOrderByElements().isEmpty())) {
                for (int i = 0; i < n; i++) {
                    PlainSelect one = new PlainSelect();
                    one.addSelectItem(p.getSelectItems().get(i).getExpression());
                    one.setFromItem(p.getFromItem());
                    one.setJoins(p.getJoins());
                    one.setWhere(p.getWhere());
                    one.setGroupByElement(p.getGroupBy());
                    one.setHaving(p.getHaving());
                    out.add(new net.sf.jsqlparser.statement.update.UpdateSet(set.getColumns().get(i),
                            new ParenthesedSelect().withSelect(one)));
                }
                split = true;
            } else if (n > 1 && set.getValues().size() == n && independent(set)) {
                // SET (a, b) = (x, y): one assignment per column (x and y read no column assigned before them,
                // so MySQL's left-to-right assignment gives the same row)
                for (int i = 0; i < n; i++) {
                    out.add(new net.sf.jsqlparser.statement.update.UpdateSet(set.getColumns().get(i),
                            (net.sf.jsqlparser.expression.Expression) set.getValues().get(i)));
                }
                split = true;
            } else {
                out.add(set);
            }
        }
        if (split) {
            u.setUpdateSets(out);
            ctx.emulated("row-value-set", "UPDATE SET (...) = (SELECT ...)");
        }
    }

    private static boolean independent(net.sf.jsqlparser.statement.update.UpdateSet set) {
        for (int i = 1; i < set.getColumns().size(); i++) {
            String value = String.valueOf(set.getValues().get(i)).toLowerCase(java.util.Locale.ROOT);
            for (int j = 0; j < i; j++) {
                String c = RenderContext.unquote(set.getColumns().get(j).getColumnName()).toLowerCase(java.util.Locale.ROOT);
                if (java.util.regex.Pattern.compile("(?<![\\w.])" + java.util.regex.Pattern.quote(c) + "(?!\\w)")
                        .matcher(value).find()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Table resolve(Table target, Table from, List<Join> joins) {
        String n = target.getName();
        if (from != null && from.getAlias() != null && from.getAlias().getName().equalsIgnoreCase(n)) {
            return from;
        }
        if (joins != null) {
            for (Join j : joins) {
                if (j.getRightItem() instanceof Table t && t.getAlias() != null
                        && t.getAlias().getName().equalsIgnoreCase(n)) {
                    return t;
                }
            }
        }
        return target;
    }

    private static String key(Table t, RenderContext ctx) {
        Optional<TableInfo> info = ctx.table(t.getName());
        if (info.isPresent() && info.get().primaryKey().size() == 1) {
            return info.get().primaryKey().get(0);
        }
        return ctx.to().rowIdentifier();
    }

    private static void qualifySets(Update u) {
        Table t = u.getTable();
        String q = t.getAlias() != null ? t.getAlias().getName() : t.getName();
        for (UpdateSet s : u.getUpdateSets()) {
            for (Column c : s.getColumns()) {
                if (c.getTable() == null || c.getTable().getName() == null) {
                    c.setTable(new Table(q));
                }
            }
        }
    }

    /** Some SET column names a table other than the UPDATE's first one (by name or alias). */
    private static boolean setsOtherTables(Update u) {
        Table t = u.getTable();
        for (UpdateSet s : u.getUpdateSets()) {
            for (Column c : s.getColumns()) {
                Table q = c.getTable();
                if (q == null || q.getName() == null) {
                    continue;
                }
                boolean same = q.getName().equalsIgnoreCase(t.getName())
                        || t.getAlias() != null && q.getName().equalsIgnoreCase(t.getAlias().getName());
                if (!same) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void unqualifySets(Update u) {
        for (UpdateSet s : u.getUpdateSets()) {
            for (Column c : s.getColumns()) {
                c.setTable(null);
            }
        }
    }

    static SelectItem<?> item(Expression e) {
        return new SelectItem<>(e);
    }

    static Alias alias(String n) {
        return new Alias(n, false);
    }

    static Limit limit(Limit l) {
        return l;
    }

    static List<OrderByElement> order(List<OrderByElement> o) {
        return o;
    }
}
