package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * T-SQL {@code CROSS/OUTER APPLY} on a target without LATERAL joins (MariaDB, SQLite), where the applied query gives
 * one column and at most one row: the column becomes a correlated scalar subquery in the select list. That keeps
 * the rows when the subquery always yields exactly one row (an aggregate without GROUP BY, under CROSS or OUTER
 * APPLY) or when a missing row must read as NULL (OUTER APPLY of a {@code TOP 1} query). Other shapes stay
 * unsupported.
 */
public final class Applies {
    private static final Set<String> AGGREGATES = Set.of("MIN", "MAX", "COUNT", "SUM", "AVG", "COUNT_BIG");

    private Applies() {
    }

    /** Rewrites {@code j} of {@code ps} away and returns true, or returns false with nothing changed. */
    public static boolean toScalarSubquery(PlainSelect ps, Join j, RenderContext ctx) {
        if (!(j.getRightItem() instanceof ParenthesedSelect p) || p.getAlias() == null
                || !(p.getSelect() instanceof PlainSelect inner) || inner.getSelectItems() == null
                || inner.getSelectItems().size() != 1) {
            return false;
        }
        SelectItem<?> only = inner.getSelectItems().get(0);
        String name = only.getAlias() != null ? only.getAlias().getName()
                : only.getExpression() instanceof Column c ? c.getColumnName() : null;
        if (name == null) {
            return false;
        }
        boolean aggregate = only.getExpression() instanceof Function f && f.getName() != null
                && AGGREGATES.contains(f.getName().toUpperCase(Locale.ROOT)) && inner.getGroupBy() == null
                && inner.getHaving() == null;
        boolean atMostOne = inner.getTop() != null && "1".equals(String.valueOf(inner.getTop().getExpression()))
                && !inner.getTop().isPercentage() && !inner.getTop().isWithTies()
                || inner.getLimit() != null && "1".equals(String.valueOf(inner.getLimit().getRowCount()))
                && inner.getLimit().getOffset() == null;
        if (!(aggregate || j.isOuter() && atMostOne)) {
            return false;
        }
        String alias = p.getAlias().getName();
        // The applied alias may be read only as a whole select item (x.col); anywhere else it would need the
        // subquery repeated, which this rule does not do.
        Pattern use = Pattern.compile("(?i)(?<![\\w.])" + Pattern.quote(alias) + "\\.");
        for (Object clause : new Object[]{ps.getWhere(), ps.getGroupBy(), ps.getHaving(), ps.getOrderByElements()}) {
            if (clause != null && use.matcher(clause.toString()).find()) {
                return false;
            }
        }
        for (Join other : ps.getJoins()) {
            if (other != j && use.matcher(other.toString()).find()) {
                return false;
            }
        }
        SelectItem<Expression> target = null;
        for (SelectItem<?> item : ps.getSelectItems()) {
            Expression e = item.getExpression();
            if (e instanceof Column c && c.getTable() != null && alias.equalsIgnoreCase(c.getTable().getName())
                    && name.equalsIgnoreCase(c.getColumnName()) && target == null) {
                @SuppressWarnings("unchecked")
                SelectItem<Expression> it = (SelectItem<Expression>) item;
                target = it;
            } else if (use.matcher(String.valueOf(e)).find()) {
                return false;
            }
        }
        p.setAlias(null);
        ps.getJoins().remove(j);
        if (target != null) {
            if (target.getAlias() == null) {
                target.setAlias(new Alias(name));
            }
            target.setExpression(p);
        }
        ctx.emulated("apply", "APPLY");
        return true;
    }

    /**
     * The general case on targets without LATERAL: an applied query whose only link to the outer row is equalities
     * ({@code o.customer_id = c.id}) becomes a derived table joined on those equalities, its {@code TOP n} a
     * per-partition {@code ROW_NUMBER()} (or {@code RANK()} WITH TIES) filter. CROSS APPLY is an inner join,
     * OUTER APPLY a left join. Returns false with nothing changed for other shapes.
     */
    public static boolean decorrelate(PlainSelect ps, Join j, RenderContext ctx) {
        if (!(j.getRightItem() instanceof ParenthesedSelect p) || p.getAlias() == null
                || !(p.getSelect() instanceof PlainSelect inner) || inner.getFromItem() == null
                || inner.getGroupBy() != null || inner.getHaving() != null || inner.getDistinct() != null
                || inner.getTop() != null && inner.getTop().isPercentage() || inner.getLimit() != null
                || inner.getOffset() != null || inner.getFetch() != null) {
            return false;
        }
        java.util.Set<String> outer = new java.util.HashSet<>();
        outer.add(name(ps.getFromItem()));
        for (Join o : ps.getJoins()) {
            if (o != j) {
                outer.add(name(o.getRightItem()));
            }
        }
        for (SelectItem<?> item : inner.getSelectItems()) {
            if (item.getExpression() instanceof net.sf.jsqlparser.statement.select.AllColumns
                    || item.getExpression() instanceof Function f && f.getName() != null
                    && AGGREGATES.contains(f.getName().toUpperCase(Locale.ROOT)) || reads(item.getExpression(), outer)) {
                return false;
            }
        }
        if (inner.getOrderByElements() != null) {
            for (net.sf.jsqlparser.statement.select.OrderByElement o : inner.getOrderByElements()) {
                if (reads(o.getExpression(), outer)) {
                    return false;
                }
            }
        }
        java.util.List<Expression> conjuncts = new java.util.ArrayList<>();
        flatten(inner.getWhere(), conjuncts);
        java.util.List<Expression> innerKeys = new java.util.ArrayList<>();
        java.util.List<Expression> outerKeys = new java.util.ArrayList<>();
        java.util.List<Expression> local = new java.util.ArrayList<>();
        for (Expression c : conjuncts) {
            if (!reads(c, outer)) {
                local.add(c);
                continue;
            }
            if (!(c instanceof net.sf.jsqlparser.expression.operators.relational.EqualsTo eq)) {
                return false;
            }
            boolean leftOuter = reads(eq.getLeftExpression(), outer);
            boolean rightOuter = reads(eq.getRightExpression(), outer);
            if (leftOuter == rightOuter || onlyOuter(leftOuter ? eq.getLeftExpression() : eq.getRightExpression(), outer)
                    == false) {
                return false;
            }
            innerKeys.add(leftOuter ? eq.getRightExpression() : eq.getLeftExpression());
            outerKeys.add(leftOuter ? eq.getLeftExpression() : eq.getRightExpression());
        }
        if (innerKeys.isEmpty() && inner.getTop() != null) {
            return false;
        }
        String alias = p.getAlias().getName();
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < inner.getSelectItems().size(); i++) {
            sql.append(i > 0 ? ", " : "").append(inner.getSelectItems().get(i));
        }
        for (int i = 0; i < innerKeys.size(); i++) {
            sql.append(", ").append(innerKeys.get(i)).append(" AS ar_k").append(i + 1);
        }
        String limit = null;
        if (inner.getTop() != null) {
            limit = String.valueOf(inner.getTop().getExpression());
            StringBuilder order = new StringBuilder();
            if (inner.getOrderByElements() != null) {
                for (net.sf.jsqlparser.statement.select.OrderByElement o : inner.getOrderByElements()) {
                    order.append(order.length() > 0 ? ", " : "").append(o);
                }
            }
            if (order.length() == 0) {
                order.append("(SELECT 1)");
            }
            StringBuilder partition = new StringBuilder();
            for (Expression k : innerKeys) {
                partition.append(partition.length() > 0 ? ", " : "").append(k);
            }
            sql.append(", ").append(inner.getTop().isWithTies() ? "RANK()" : "ROW_NUMBER()").append(" OVER (PARTITION BY ")
                    .append(partition).append(" ORDER BY ").append(order).append(") AS ar_rn");
        }
        sql.append(" FROM ").append(inner.getFromItem());
        if (inner.getJoins() != null) {
            for (Join ij : inner.getJoins()) {
                sql.append(ij.isSimple() ? ", " : " ").append(ij);
            }
        }
        if (!local.isEmpty()) {
            sql.append(" WHERE ");
            for (int i = 0; i < local.size(); i++) {
                sql.append(i > 0 ? " AND " : "").append(local.get(i));
            }
        }
        StringBuilder on = new StringBuilder();
        for (int i = 0; i < outerKeys.size(); i++) {
            on.append(i > 0 ? " AND " : "").append(alias).append(".ar_k").append(i + 1).append(" = ").append(outerKeys.get(i));
        }
        if (limit != null) {
            on.append(on.length() > 0 ? " AND " : "").append(alias).append(".ar_rn <= ").append(limit);
        }
        if (on.length() == 0) {
            on.append("1 = 1");
        }
        try {
            PlainSelect derived = (PlainSelect) net.sf.jsqlparser.parser.CCJSqlParserUtil.parse(sql.toString());
            Expression cond = net.sf.jsqlparser.parser.CCJSqlParserUtil.parseCondExpression(on.toString());
            ParenthesedSelect table = new ParenthesedSelect().withSelect(derived);
            table.setAlias(p.getAlias());
            boolean outerApply = j.isOuter();
            j.setApply(false);
            j.setOuter(false);
            j.setCross(false);
            j.setRightItem(table);
            if (outerApply) {
                j.setLeft(true);
            } else {
                j.setInner(true);
            }
            j.setOnExpressions(new java.util.ArrayList<>(java.util.List.of(cond)));
            ctx.emulated("apply", "APPLY");
            return true;
        } catch (net.sf.jsqlparser.JSQLParserException | RuntimeException e) {
            return false;
        }
    }

    private static String name(net.sf.jsqlparser.statement.select.FromItem fi) {
        if (fi == null) {
            return "";
        }
        if (fi.getAlias() != null) {
            return RenderContext.unquote(fi.getAlias().getName()).toLowerCase(Locale.ROOT);
        }
        return fi instanceof net.sf.jsqlparser.schema.Table t ? RenderContext.unquote(t.getName()).toLowerCase(Locale.ROOT) : "";
    }

    /** True when {@code e} reads a column qualified with one of {@code aliases} (subqueries included by text). */
    private static boolean reads(Expression e, java.util.Set<String> aliases) {
        if (e == null) {
            return false;
        }
        for (String a : aliases) {
            if (!a.isEmpty() && Pattern.compile("(?i)(?<![\\w.])" + Pattern.quote(a) + "\\.").matcher(e.toString()).find()) {
                return true;
            }
        }
        return false;
    }

    /** True when every column of {@code e} is qualified with an outer alias. */
    private static boolean onlyOuter(Expression e, java.util.Set<String> outer) {
        boolean[] ok = {true};
        e.accept(new net.sf.jsqlparser.expression.ExpressionVisitorAdapter<Void>() {
            @Override
            public <S> Void visit(Column c, S context) {
                if (c.getTable() == null || c.getTable().getName() == null
                        || !outer.contains(RenderContext.unquote(c.getTable().getName()).toLowerCase(Locale.ROOT))) {
                    ok[0] = false;
                }
                return null;
            }
        }, null);
        return ok[0];
    }

    private static void flatten(Expression e, java.util.List<Expression> out) {
        if (e == null) {
            return;
        }
        if (e instanceof net.sf.jsqlparser.expression.operators.conditional.AndExpression a) {
            flatten(a.getLeftExpression(), out);
            flatten(a.getRightExpression(), out);
        } else if (e instanceof net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList<?> l
                && l.size() == 1 && l.get(0) instanceof net.sf.jsqlparser.expression.operators.conditional.AndExpression a) {
            flatten(a, out);
        } else {
            out.add(e);
        }
    }

    /**
     * {@code CROSS/OUTER APPLY (VALUES (a1, b1), (a2, b2)) v(k, val)}, the unpivot idiom whose rows read the outer
     * row. With LATERAL the VALUES become a UNION ALL of one-row selects (applied as any subquery); without it a
     * join of a row-index table, each {@code v.k} a CASE over the index. Returns true when the join is done.
     */
    public static boolean values(Join j, RenderContext ctx) {
        if (!(j.getRightItem() instanceof net.sf.jsqlparser.statement.select.ParenthesedFromItem f)
                || !(f.getFromItem() instanceof net.sf.jsqlparser.statement.select.Values values)
                || f.getAlias() == null || f.getAlias().getAliasColumns() == null
                || f.getAlias().getAliasColumns().isEmpty() || f.getJoins() != null && !f.getJoins().isEmpty()) {
            return false;
        }
        List<String> names = new java.util.ArrayList<>();
        for (Alias.AliasColumn c : f.getAlias().getAliasColumns()) {
            names.add(c.name);
        }
        List<List<Expression>> rows = new java.util.ArrayList<>();
        for (Expression row : values.getExpressions()) {
            List<Expression> cells = new java.util.ArrayList<>();
            if (row instanceof net.sf.jsqlparser.expression.operators.relational.ExpressionList<?> l) {
                cells.addAll(l);
            } else if (row instanceof net.sf.jsqlparser.expression.Parenthesis p) {
                cells.add(p.getExpression());
            } else {
                cells.add(row);
            }
            if (cells.size() != names.size()) {
                return false;
            }
            rows.add(cells);
        }
        String alias = f.getAlias().getName();
        List<net.sf.jsqlparser.statement.select.Select> selects = new java.util.ArrayList<>();
        List<net.sf.jsqlparser.statement.select.SetOperation> ops = new java.util.ArrayList<>();
        boolean lateral = ctx.to().supportsLateral();
        for (int r = 0; r < rows.size(); r++) {
            PlainSelect s = new PlainSelect();
            List<SelectItem<?>> items = new java.util.ArrayList<>();
            if (lateral) {
                for (int i = 0; i < names.size(); i++) {
                    items.add(new SelectItem<>(rows.get(r).get(i), new Alias(names.get(i), true)));
                }
            } else {
                items.add(new SelectItem<>(new net.sf.jsqlparser.expression.LongValue(r + 1),
                        new Alias("rhosocial_row", true)));
            }
            s.setSelectItems(items);
            selects.add(s);
            if (r > 0) {
                ops.add(new net.sf.jsqlparser.statement.select.UnionOp().withAll(true));
            }
        }
        net.sf.jsqlparser.statement.select.SetOperationList union =
                new net.sf.jsqlparser.statement.select.SetOperationList();
        union.setSelects(selects);
        union.setOperations(ops);
        ParenthesedSelect p = new ParenthesedSelect();
        p.setSelect(union);
        p.setAlias(new Alias(alias, false));
        j.setRightItem(p);
        ctx.changed();
        if (lateral) {
            return false;
        }
        for (int i = 0; i < names.size(); i++) {
            net.sf.jsqlparser.expression.CaseExpression ce = new net.sf.jsqlparser.expression.CaseExpression();
            ce.setSwitchExpression(new Column(new net.sf.jsqlparser.schema.Table(alias), "rhosocial_row"));
            List<net.sf.jsqlparser.expression.WhenClause> whens = new java.util.ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                whens.add(new net.sf.jsqlparser.expression.WhenClause(
                        new net.sf.jsqlparser.expression.LongValue(r + 1), rows.get(r).get(i)));
            }
            ce.setWhenClauses(whens);
            ctx.derivedValue(alias, names.get(i), ce);
        }
        j.setApply(false);
        j.setOuter(false);
        j.setCross(true);
        return true;
    }
}
