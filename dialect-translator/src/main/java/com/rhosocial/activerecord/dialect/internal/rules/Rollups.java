package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.GroupByElement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * MySQL {@code GROUP BY a, b WITH ROLLUP}: {@code GROUP BY ROLLUP(a, b)} where the target has it; on a target
 * without subtotals (SQLite) one grouped block per level joined by {@code UNION ALL}, the rolled-up columns reading
 * NULL in the subtotal rows as in MySQL.
 */
public final class Rollups {
    private Rollups() {
    }

    /** True when {@code ps} has WITH ROLLUP and the target needs the UNION ALL form. */
    public static boolean needsUnion(PlainSelect ps, RenderContext ctx) {
        return ps.getGroupBy() != null && ps.getGroupBy().isMysqlWithRollup()
                && "UNION".equals(ctx.to().rollupStyle()) && ps.getGroupBy().getGroupByExpressionList() != null;
    }

    /** Rewrites WITH ROLLUP to ROLLUP(...) in place where the target writes it that way. */
    public static void nativeForm(PlainSelect ps, RenderContext ctx) {
        GroupByElement g = ps.getGroupBy();
        if (g == null || !g.isMysqlWithRollup() || !"FUNCTION".equals(ctx.to().rollupStyle())) {
            return;
        }
        List<Expression> keys = keys(ps);
        // Text keys of a case-insensitive source group by LOWER(); their other references read one spelling of
        // the group, NULL in the rows where the key is rolled up.
        boolean ci = CaseInsensitiveGroups.applies(ctx) && ctx.to().caseInsensitiveCollation() == null;
        List<Column> ciColumns = new ArrayList<>();
        List<Expression> ciKeys = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (ci && keys.get(i) instanceof Column c && CaseInsensitiveGroups.isText(c, ctx)) {
                Function lower = new Function();
                lower.setName("LOWER");
                lower.setParameters(new ExpressionList<>(new Column(c.getTable(), c.getColumnName())));
                keys.set(i, lower);
                ciColumns.add(c);
                ciKeys.add(lower);
            }
        }
        if (!ciColumns.isEmpty()) {
            for (int i = 0; i < ciColumns.size(); i++) {
                Expression key = ciKeys.get(i);
                CaseInsensitiveGroups.Marker m = new CaseInsensitiveGroups.Marker(List.of(ciColumns.get(i)), c -> {
                    ctx.groupRepresentative(c);
                    ctx.rollupKey(c, key);
                });
                for (SelectItem<?> item : ps.getSelectItems()) {
                    if (item.getExpression() instanceof Column c && item.getAlias() == null && m.matches(c)) {
                        item.setAlias(new net.sf.jsqlparser.expression.Alias(c.getColumnName(), true));
                    }
                    item.getExpression().accept(m, null);
                }
                if (ps.getHaving() != null) {
                    ps.getHaving().accept(m, null);
                }
                if (ps.getOrderByElements() != null) {
                    for (net.sf.jsqlparser.statement.select.OrderByElement o : ps.getOrderByElements()) {
                        o.getExpression().accept(m, null);
                    }
                }
            }
        }
        Function rollup = new Function();
        rollup.setName("ROLLUP");
        // Positions inside ROLLUP() would be constants: use the select items they point at.
        rollup.setParameters(new ExpressionList<>(new ArrayList<>(keys)));
        GroupByElement n = new GroupByElement();
        n.addGroupByExpression(rollup);
        ps.setGroupByElement(n);
        if (ps.getOrderByElements() == null || ps.getOrderByElements().isEmpty()) {
            // MySQL returns the rows sorted by the keys, each subtotal after its detail rows.
            List<net.sf.jsqlparser.statement.select.OrderByElement> order = new ArrayList<>();
            for (Expression k : keys) {
                Function grouping = new Function();
                grouping.setName("GROUPING");
                grouping.setParameters(new ExpressionList<>(k));
                order.add(new net.sf.jsqlparser.statement.select.OrderByElement().withExpression(grouping));
                order.add(new net.sf.jsqlparser.statement.select.OrderByElement().withExpression(k));
            }
            ps.setOrderByElements(order);
        }
        ctx.changed();
    }

    /** The sort key the UNION form orders a rolled-up key column by (case-insensitive for text). */
    public static String sortKey(String alias, Expression key, RenderContext ctx) {
        return key instanceof Column c && CaseInsensitiveGroups.applies(ctx) && CaseInsensitiveGroups.isText(c, ctx)
                ? "LOWER(" + alias + ")" : alias;
    }

    /** The grouping keys of a WITH ROLLUP block (positions resolved to the select items). */
    public static List<Expression> keys(PlainSelect ps) {
        List<Expression> keys = new ArrayList<>();
        for (Expression k : ps.getGroupBy().getGroupByExpressionList()) {
            if (k instanceof LongValue v && v.getValue() >= 1 && v.getValue() <= ps.getSelectItems().size()) {
                keys.add(ps.getSelectItems().get((int) v.getValue() - 1).getExpression());
            } else {
                keys.add(k);
            }
        }
        return keys;
    }

    /**
     * Prepares {@code ps} for the subtotal level that groups by the first {@code level} keys: sets its GROUP BY
     * (none at level 0, which then only yields a row when there are rows, as MySQL's grand total) and marks the
     * references to the other keys as NULL. {@code having} is the block's own HAVING.
     */
    public static void level(PlainSelect ps, List<Expression> keys, int level, Expression having,
                             RenderContext ctx) {
        ctx.rollupNulls().clear();
        if (level == 0) {
            ps.setGroupByElement(null);
            Function count = new Function();
            count.setName("COUNT");
            count.setParameters(new ExpressionList<>(new net.sf.jsqlparser.statement.select.AllColumns()));
            Expression any = new GreaterThan(count, new LongValue(0));
            ps.setHaving(having == null ? any : new AndExpression(having, any));
        } else {
            GroupByElement g = new GroupByElement();
            for (int i = 0; i < level; i++) {
                g.addGroupByExpression(keys.get(i));
            }
            ps.setGroupByElement(g);
            ps.setHaving(having);
        }
        List<Column> rolled = new ArrayList<>();
        for (int i = level; i < keys.size(); i++) {
            if (keys.get(i) instanceof Column c) {
                rolled.add(c);
            }
        }
        if (rolled.isEmpty()) {
            return;
        }
        CaseInsensitiveGroups.Marker m = new CaseInsensitiveGroups.Marker(rolled, ctx.rollupNulls()::add);
        for (SelectItem<?> item : ps.getSelectItems()) {
            item.getExpression().accept(m, null);
        }
        ctx.changed();
    }

    /**
     * The grouping sets of {@code ps} when the target must build them as one grouped block per set: ROLLUP(...)
     * and GROUPING SETS on a target without them (MariaDB has only WITH ROLLUP, SQLite nothing), and WITH ROLLUP
     * with an ORDER BY (MariaDB refuses the pair). Null when the statement needs none of that.
     */
    public static List<List<Expression>> groupingSets(PlainSelect ps, RenderContext ctx) {
        GroupByElement g = ps.getGroupBy();
        if (g == null || "FUNCTION".equals(ctx.to().rollupStyle())) {
            return null;
        }
        List<List<Expression>> sets = new ArrayList<>();
        if (g.getGroupingSets() != null && !g.getGroupingSets().isEmpty()) {
            if (g.getGroupByExpressionList() != null && !g.getGroupByExpressionList().isEmpty()) {
                return null;
            }
            for (ExpressionList<Expression> set : g.getGroupingSets()) {
                List<Expression> keys = new ArrayList<>();
                for (Expression e : set) {
                    flatten(e, keys);
                }
                sets.add(keys);
            }
            return sets;
        }
        ExpressionList<Expression> list = g.getGroupByExpressionList();
        if (list == null || list.isEmpty()) {
            return null;
        }
        List<Expression> keys;
        if (g.isMysqlWithRollup()) {
            if (ps.getOrderByElements() == null || ps.getOrderByElements().isEmpty()) {
                return null;
            }
            keys = keys(ps);
        } else if (list.size() == 1 && list.get(0) instanceof Function f && "ROLLUP".equalsIgnoreCase(f.getName())
                && f.getParameters() != null) {
            keys = new ArrayList<>();
            for (Expression e : f.getParameters()) {
                flatten(e, keys);
            }
        } else {
            return null;
        }
        for (int level = keys.size(); level >= 0; level--) {
            sets.add(new ArrayList<>(keys.subList(0, level)));
        }
        return sets;
    }

    private static void flatten(Expression e, List<Expression> into) {
        if (e instanceof ExpressionList<?> l) {
            for (Expression x : l) {
                flatten(x, into);
            }
        } else if (e instanceof net.sf.jsqlparser.expression.Parenthesis p) {
            flatten(p.getExpression(), into);
        } else {
            into.add(e);
        }
    }

    /** {@code GROUPING(k)} read as the constant it has in the block grouping by {@code set}; else {@code e}. */
    public static Expression groupingConstant(Expression e, List<Expression> set, List<Expression> all) {
        if (e instanceof Function f && "GROUPING".equalsIgnoreCase(f.getName()) && f.getParameters() != null
                && f.getParameters().size() == 1) {
            String k = f.getParameters().get(0).toString();
            for (Expression x : set) {
                if (x.toString().equalsIgnoreCase(k)) {
                    return new LongValue(0);
                }
            }
            return new LongValue(1);
        }
        return e;
    }

    /**
     * Prepares {@code ps} for the block grouping by {@code set}: its GROUP BY, and the references to the keys
     * outside the set marked NULL.
     */
    public static void groupingSet(PlainSelect ps, List<Expression> set, List<Expression> all, RenderContext ctx) {
        ctx.rollupNulls().clear();
        if (set.isEmpty()) {
            ps.setGroupByElement(null);
        } else {
            GroupByElement g = new GroupByElement();
            for (Expression k : set) {
                g.addGroupByExpression(k);
            }
            ps.setGroupByElement(g);
        }
        List<Column> rolled = new ArrayList<>();
        for (Expression k : all) {
            boolean in = false;
            for (Expression x : set) {
                in |= x.toString().equalsIgnoreCase(k.toString());
            }
            if (!in && k instanceof Column c) {
                rolled.add(c);
            }
        }
        if (!rolled.isEmpty()) {
            CaseInsensitiveGroups.Marker m = new CaseInsensitiveGroups.Marker(rolled, ctx.rollupNulls()::add);
            for (SelectItem<?> item : ps.getSelectItems()) {
                item.getExpression().accept(m, null);
            }
        }
        ctx.changed();
    }
}
