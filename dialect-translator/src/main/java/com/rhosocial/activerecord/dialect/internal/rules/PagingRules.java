package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.Paging;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.expression.AllValue;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.Fetch;
import net.sf.jsqlparser.statement.select.Limit;
import net.sf.jsqlparser.statement.select.Offset;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.Top;

/**
 * Paging: reads every source form ({@code LIMIT n OFFSET m}, {@code LIMIT m, n}, {@code TOP}, {@code OFFSET/FETCH},
 * Oracle {@code ROWNUM} filters) into one {@link Paging} and lets the target spec write it. Parameters keep their
 * source numbers, so a reordering ({@code LIMIT ?, ?} to {@code OFFSET ? ROWS FETCH NEXT ? ROWS ONLY}) is
 * recorded in the parameter map.
 */
public final class PagingRules {
    private PagingRules() {
    }

    /** Moves the paging of {@code s} into the target's form. */
    public static void apply(Select s, RenderContext ctx) {
        Paging p = extract(s, ctx);
        if (p == null || p.isEmpty()) {
            return;
        }
        if (p.percentOrTies()) {
            return;
        }
        ctx.to().applyPaging(s, p, ctx);
        ctx.changed();
    }

    static Paging extract(Select s, RenderContext ctx) {
        Fetch ties = s.getFetch();
        if (ties != null && ties.getFetchParameters() != null
                && String.valueOf(ties.getFetchParameters()).toUpperCase(Locale.ROOT).contains("TIES")) {
            // FETCH FIRST n ROWS WITH TIES: kept where it exists, else the TOP n WITH TIES window form (the rows
            // ranked within n); dropping WITH TIES would silently lose the tied rows.
            if (ctx.to().supportsFetchWithTies()) {
                return null;
            }
            if (s instanceof PlainSelect ps && s.getOffset() == null && s.getLimit() == null && ps.getTop() == null) {
                Top t = new Top();
                t.setExpression(ties.getExpression() == null ? new LongValue(1) : ties.getExpression());
                t.setWithTies(true);
                s.setFetch(null);
                if (topByWindow(ps, t, ctx)) {
                    return null;
                }
                s.setFetch(ties);
            }
            ctx.unsupported("paging", "FETCH", "FETCH ... WITH TIES has no equivalent on " + ctx.to());
            return new Paging(null, null, true);
        }
        Expression rows = null;
        Expression offset = null;
        boolean special = false;
        boolean found = false;
        Limit l = s.getLimit();
        if (l != null) {
            found = true;
            if (l.getRowCount() != null && !(l.getRowCount() instanceof AllValue)
                    && !(l.getRowCount() instanceof NullValue) && !isMinusOne(l.getRowCount())) {
                rows = l.getRowCount();
            }
            offset = l.getOffset();
            s.setLimit(null);
        }
        Offset o = s.getOffset();
        if (o != null) {
            found = true;
            offset = o.getOffset();
            s.setOffset(null);
        }
        Fetch f = s.getFetch();
        if (f != null) {
            found = true;
            rows = f.getExpression() == null ? new LongValue(1) : f.getExpression();
            if (f.isFetchParamFirst() && f.getFetchParameters() != null
                    && f.getFetchParameters().toString().toUpperCase(Locale.ROOT).contains("PERCENT")) {
                special = true;
            }
            s.setFetch(null);
        }
        if (s instanceof PlainSelect ps) {
            Top t = ps.getTop();
            if (t != null) {
                if (t.isWithTies() && !t.isPercentage() && ctx.to().supportsFetchWithTies()
                        && ps.getOrderByElements() != null && !ps.getOrderByElements().isEmpty()) {
                    // TOP (n) WITH TIES ... ORDER BY  ->  ... ORDER BY ... FETCH FIRST n ROWS WITH TIES
                    net.sf.jsqlparser.statement.select.Fetch f2 = new net.sf.jsqlparser.statement.select.Fetch();
                    f2.setExpression(t.getExpression());
                    f2.setFetchParamFirst(true);
                    f2.addFetchParameter("ROWS");
                    f2.addFetchParameter("WITH TIES");
                    ps.setTop(null);
                    ps.setOrderByElements(NullOrdering.apply(ps.getOrderByElements(), ps, ctx));
                    ps.setFetch(f2);
                    ctx.changed();
                    return null;
                }
                if ((t.isPercentage() || t.isWithTies()) && s.getLimit() == null && s.getOffset() == null
                        && s.getFetch() == null && topByWindow(ps, t, ctx)) {
                    return null;
                }
                if (t.isPercentage() || t.isWithTies()) {
                    ctx.unsupported("paging", "TOP", "TOP ... PERCENT / WITH TIES has no portable equivalent");
                    return new Paging(null, null, true);
                }
                found = true;
                rows = t.getExpression();
                ps.setTop(null);
            }
            Expression rownum = rownumLimit(ps, ctx);
            if (rownum != null) {
                found = true;
                rows = rownum;
                if (ps.getFromItem() instanceof net.sf.jsqlparser.statement.select.ParenthesedSelect p
                        && p.getSelect() != null && p.getSelect().getOrderByElements() != null
                        && !p.getSelect().getOrderByElements().isEmpty() && p.getSelect().getLimit() == null
                        && p.getSelect().getFetch() == null && (ps.getJoins() == null || ps.getJoins().isEmpty())) {
                    // SELECT * FROM (... ORDER BY x) WHERE ROWNUM <= n: MySQL ignores ORDER BY in a derived table
                    // without LIMIT, so the limit goes inside as well.
                    Limit inner = new Limit();
                    inner.setRowCount(rownum);
                    p.getSelect().setLimit(inner);
                }
            }
            rownumItems(ps, ctx);
        }
        return found ? new Paging(fold(rows), fold(offset), special) : null;
    }

    /**
     * A constant integer expression ({@code LIMIT 2 * 5 OFFSET (3 - 1) * 5}, which SQLite and PostgreSQL accept) as
     * its value: MySQL and MariaDB take only literals and placeholders there. Anything else stays as written.
     */
    static Expression fold(Expression e) {
        Long v = constant(e);
        return v == null || e instanceof LongValue ? e : new LongValue(v);
    }

    private static Long constant(Expression e) {
        if (e instanceof LongValue l) {
            return l.getValue();
        }
        if (e instanceof net.sf.jsqlparser.expression.SignedExpression s) {
            Long v = constant(s.getExpression());
            return v == null ? null : s.getSign() == '-' ? -v : v;
        }
        if (e instanceof ParenthesedExpressionList<?> p && p.size() == 1) {
            return constant(p.get(0));
        }
        if (e instanceof net.sf.jsqlparser.expression.BinaryExpression b) {
            Long l = constant(b.getLeftExpression());
            Long r = constant(b.getRightExpression());
            if (l == null || r == null) {
                return null;
            }
            if (b instanceof net.sf.jsqlparser.expression.operators.arithmetic.Addition) {
                return l + r;
            }
            if (b instanceof net.sf.jsqlparser.expression.operators.arithmetic.Subtraction) {
                return l - r;
            }
            if (b instanceof net.sf.jsqlparser.expression.operators.arithmetic.Multiplication) {
                return l * r;
            }
        }
        return null;
    }

    private static boolean isMinusOne(Expression e) {
        return e.toString().replace(" ", "").equals("-1");
    }

    /**
     * Oracle {@code WHERE ROWNUM <= n} (alone or AND-ed with other conditions): removed from WHERE and returned as
     * a row count.
     */
    private static Expression rownumLimit(PlainSelect ps, RenderContext ctx) {
        if (ps.getWhere() == null || ctx.to().family().equals("ORACLE") || !ctx.sourceMayContain("ROWNUM")
                || !ps.getWhere().toString().toUpperCase(Locale.ROOT).contains("ROWNUM")) {
            return null;
        }
        List<Expression> conjuncts = new ArrayList<>();
        flattenAnd(ps.getWhere(), conjuncts);
        Expression rows = null;
        List<Expression> rest = new ArrayList<>();
        for (Expression c : conjuncts) {
            Expression n = rownumBound(c);
            if (n != null && rows == null) {
                rows = n;
            } else {
                rest.add(c);
            }
        }
        if (rows == null) {
            return null;
        }
        Expression where = null;
        for (Expression c : rest) {
            where = where == null ? c : new AndExpression(where, c);
        }
        ps.setWhere(where);
        if (ps.getOrderByElements() != null && !ps.getOrderByElements().isEmpty()) {
            // Oracle numbers rows before ORDER BY; the usual intent is "first n in this order", which LIMIT gives.
            ctx.warn("paging", "ROWNUM", "ROWNUM filter combined with ORDER BY in one block is applied after ordering");
        }
        return rows;
    }

    private static void flattenAnd(Expression e, List<Expression> out) {
        if (e instanceof AndExpression a) {
            flattenAnd(a.getLeftExpression(), out);
            flattenAnd(a.getRightExpression(), out);
        } else if (e instanceof ParenthesedExpressionList<?> p && p.size() == 1
                && p.get(0) instanceof AndExpression a) {
            flattenAnd(a, out);
        } else {
            out.add(e);
        }
    }

    private static boolean isRownum(Expression e) {
        return e instanceof Column c && c.getTable() == null && c.getColumnName().equalsIgnoreCase("ROWNUM");
    }

    /** {@code ROWNUM <= n}, {@code ROWNUM < n}, {@code ROWNUM = 1} and mirrored forms to a row count. */
    private static Expression rownumBound(Expression c) {
        if (c instanceof MinorThanEquals m && isRownum(m.getLeftExpression())) {
            return m.getRightExpression();
        }
        if (c instanceof GreaterThanEquals g && isRownum(g.getRightExpression())) {
            return g.getLeftExpression();
        }
        if (c instanceof MinorThan m && isRownum(m.getLeftExpression())) {
            return minusOne(m.getRightExpression());
        }
        if (c instanceof GreaterThan g && isRownum(g.getRightExpression())) {
            return minusOne(g.getLeftExpression());
        }
        if (c instanceof EqualsTo eq && isRownum(eq.getLeftExpression()) && eq.getRightExpression() instanceof LongValue v
                && v.getValue() == 1) {
            return v;
        }
        return null;
    }

    private static Expression minusOne(Expression e) {
        if (e instanceof LongValue v) {
            return new LongValue(v.getValue() - 1);
        }
        return new Subtraction().withLeftExpression(e).withRightExpression(new LongValue(1));
    }

    /**
     * {@code SELECT TOP n [PERCENT] [WITH TIES] items ... ORDER BY k} for targets without {@code FETCH ... WITH TIES}
     * / {@code PERCENT}: the block moves into a derived table that numbers its rows with a window over {@code k}
     * ({@code RANK} for ties, else {@code ROW_NUMBER}; {@code COUNT(*) OVER ()} for a percentage), and the outer
     * block keeps the rows whose number is within n (rank &lt;= n includes exactly the rows tied with the n-th), or
     * within ceil(count * n / 100), written without CEILING as {@code (rn - 1) * 100 < count * n}. False (nothing
     * changed) for shapes this cannot keep exact: {@code *} items, DISTINCT, names that would clash.
     */
    private static boolean topByWindow(PlainSelect ps, Top t, RenderContext ctx) {
        String family = ctx.to().family();
        if (family.equals("ORACLE") || family.equals("SQLSERVER") || ps.getDistinct() != null
                || ps.getSelectItems() == null || t.getExpression() == null
                || t.isWithTies() && (ps.getOrderByElements() == null || ps.getOrderByElements().isEmpty())) {
            return false;
        }
        List<SelectItem<?>> inner = new ArrayList<>();
        List<SelectItem<?>> outer = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        int n = 0;
        for (SelectItem<?> item : ps.getSelectItems()) {
            Expression e = item.getExpression();
            if (e instanceof net.sf.jsqlparser.statement.select.AllColumns) {
                return false;
            }
            String name;
            if (item.getAlias() != null) {
                name = item.getAlias().getName();
            } else if (e instanceof Column c) {
                name = c.getColumnName();
            } else {
                name = "tr_c" + (++n);
            }
            if (!names.add(name.toLowerCase(Locale.ROOT).replace("\"", ""))) {
                return false;
            }
            boolean named = item.getAlias() == null && e instanceof Column c && c.getTable() == null;
            inner.add(named ? item : new SelectItem<>(e, new net.sf.jsqlparser.expression.Alias(name)));
            outer.add(new SelectItem<>(new Column(name)));
        }
        // The window cannot see select-list aliases or ordinals: put the aliased expressions in their place.
        List<net.sf.jsqlparser.statement.select.OrderByElement> order = new ArrayList<>();
        if (ps.getOrderByElements() != null) {
            for (net.sf.jsqlparser.statement.select.OrderByElement o : ps.getOrderByElements()) {
                Expression k = o.getExpression();
                if (k instanceof LongValue v && v.getValue() >= 1 && v.getValue() <= inner.size()) {
                    k = inner.get((int) v.getValue() - 1).getExpression();
                } else if (k instanceof Column c && c.getTable() == null) {
                    for (SelectItem<?> item : ps.getSelectItems()) {
                        if (item.getAlias() != null && item.getAlias().getName().equalsIgnoreCase(c.getColumnName())) {
                            k = item.getExpression();
                        }
                    }
                }
                o.setExpression(k);
                order.add(o);
            }
            // The NULL order of these keys is settled once, where the window's ORDER BY is rendered.
        }
        AnalyticExpression number = new AnalyticExpression();
        number.setName(t.isWithTies() ? "RANK" : "ROW_NUMBER");
        number.setOrderByElements(order);
        inner.add(new SelectItem<>(number, new net.sf.jsqlparser.expression.Alias("tr_rn")));
        Expression keep;
        if (t.isPercentage()) {
            AnalyticExpression count = new AnalyticExpression();
            count.setName("COUNT");
            count.setAllColumns(true);
            inner.add(new SelectItem<>(count, new net.sf.jsqlparser.expression.Alias("tr_cnt")));
            Expression before = new net.sf.jsqlparser.expression.operators.arithmetic.Multiplication()
                    .withLeftExpression(new ParenthesedExpressionList<>(minusOne(new Column("tr_rn"))))
                    .withRightExpression(new LongValue(100));
            Expression share = new net.sf.jsqlparser.expression.operators.arithmetic.Multiplication()
                    .withLeftExpression(new Column("tr_cnt")).withRightExpression(t.getExpression());
            keep = new MinorThan(before, share);
        } else {
            keep = new MinorThanEquals(new Column("tr_rn"), t.getExpression());
        }
        PlainSelect body = new PlainSelect();
        body.setSelectItems(inner);
        body.setFromItem(ps.getFromItem());
        body.setJoins(ps.getJoins());
        body.setWhere(ps.getWhere());
        body.setGroupByElement(ps.getGroupBy());
        body.setHaving(ps.getHaving());
        net.sf.jsqlparser.statement.select.ParenthesedSelect derived = new net.sf.jsqlparser.statement.select.ParenthesedSelect()
                .withSelect(body);
        derived.setAlias(new net.sf.jsqlparser.expression.Alias("tr_top"));
        ps.setTop(null);
        ps.setSelectItems(outer);
        ps.setFromItem(derived);
        ps.setJoins(null);
        ps.setWhere(keep);
        ps.setGroupByElement(null);
        ps.setHaving(null);
        net.sf.jsqlparser.statement.select.OrderByElement byNumber = new net.sf.jsqlparser.statement.select.OrderByElement();
        byNumber.setExpression(new Column("tr_rn"));
        ps.setOrderByElements(new ArrayList<>(List.of(byNumber)));
        ctx.changed();
        return true;
    }

    /**
     * MariaDB / MySQL reject {@code x IN (SELECT ... LIMIT n)} ("LIMIT & IN/ALL/ANY/SOME subquery"): the limited
     * subquery goes into a derived table, {@code x IN (SELECT * FROM (SELECT ... LIMIT n) AS tr_in)}, which is also
     * materialised first, so an UPDATE or DELETE may read its own table there. Walks the AND/OR chain of a condition.
     */
    public static void limitedInSubqueries(Expression condition, RenderContext ctx) {
        if (condition == null || !(ctx.to().family().equals("MYSQL") || ctx.to().family().equals("MARIADB"))) {
            return;
        }
        if (condition instanceof net.sf.jsqlparser.expression.BinaryExpression b
                && (condition instanceof AndExpression
                || condition instanceof net.sf.jsqlparser.expression.operators.conditional.OrExpression)) {
            limitedInSubqueries(b.getLeftExpression(), ctx);
            limitedInSubqueries(b.getRightExpression(), ctx);
            return;
        }
        if (condition instanceof net.sf.jsqlparser.expression.operators.relational.InExpression in
                && in.getRightExpression() instanceof net.sf.jsqlparser.statement.select.ParenthesedSelect p
                && p.getSelect() instanceof PlainSelect inner
                && (inner.getTop() != null || inner.getLimit() != null || inner.getFetch() != null)) {
            net.sf.jsqlparser.statement.select.ParenthesedSelect derived =
                    new net.sf.jsqlparser.statement.select.ParenthesedSelect().withSelect(inner);
            derived.setAlias(new net.sf.jsqlparser.expression.Alias("tr_in"));
            PlainSelect outer = new PlainSelect();
            outer.addSelectItem(new net.sf.jsqlparser.statement.select.AllColumns());
            outer.setFromItem(derived);
            p.setSelect(outer);
            ctx.changed();
        }
    }

    /**
     * {@code SELECT ROWNUM, ... FROM (SELECT ... ORDER BY k)} with no ORDER BY of its own: Oracle numbers and returns
     * the rows in the derived table's order, which other engines need not keep outside it. The derived table gets a
     * column {@code ro__} = {@code ROW_NUMBER() OVER (ORDER BY k)}, and the outer query numbers and sorts by it.
     * Returns that column's name, or "" when the query is not of that shape (no sort to carry, or a {@code *} that
     * would show the extra column).
     */
    private static String carryDerivedOrder(PlainSelect ps) {
        if (ps.getOrderByElements() != null && !ps.getOrderByElements().isEmpty() || ps.getGroupBy() != null
                || ps.getDistinct() != null || ps.getJoins() != null && !ps.getJoins().isEmpty()
                || !(ps.getFromItem() instanceof net.sf.jsqlparser.statement.select.ParenthesedSelect p)
                || !(p.getSelect() instanceof PlainSelect inner) || inner.getOrderByElements() == null
                || inner.getOrderByElements().isEmpty() || inner.getDistinct() != null || inner.getGroupBy() != null) {
            return "";
        }
        for (SelectItem<?> item : ps.getSelectItems()) {
            if (item.getExpression() instanceof net.sf.jsqlparser.statement.select.AllColumns
                    || item.getExpression() instanceof net.sf.jsqlparser.statement.select.AllTableColumns) {
                return "";
            }
        }
        List<OrderByElement> window = new ArrayList<>();
        for (OrderByElement o : inner.getOrderByElements()) {
            Expression e = o.getExpression();
            if (e instanceof LongValue v && v.getValue() >= 1 && v.getValue() <= inner.getSelectItems().size()) {
                e = inner.getSelectItems().get((int) v.getValue() - 1).getExpression();
            } else if (e instanceof net.sf.jsqlparser.schema.Column c && c.getTable() == null) {
                for (SelectItem<?> it : inner.getSelectItems()) {
                    if (it.getAlias() != null && RenderContext.unquote(it.getAlias().getName())
                            .equalsIgnoreCase(RenderContext.unquote(c.getColumnName()))) {
                        e = it.getExpression();
                    }
                }
            }
            if (e instanceof net.sf.jsqlparser.statement.select.AllColumns) {
                return "";
            }
            OrderByElement w = new OrderByElement();
            w.setExpression(e);
            w.setAsc(o.isAsc());
            w.setAscDescPresent(o.isAscDescPresent());
            w.setNullOrdering(o.getNullOrdering());
            window.add(w);
        }
        AnalyticExpression order = new AnalyticExpression();
        order.setName("ROW_NUMBER");
        order.setType(net.sf.jsqlparser.expression.AnalyticType.OVER);
        order.setOrderByElements(window);
        inner.addSelectItems(new SelectItem<>(order, new net.sf.jsqlparser.expression.Alias("ro__")));
        OrderByElement outer = new OrderByElement();
        outer.setExpression(new net.sf.jsqlparser.schema.Column("ro__"));
        ps.setOrderByElements(List.of(outer));
        return "ro__";
    }

    /**
     * {@code ROW_NUMBER() OVER (ORDER BY CURRENT_TIMESTAMP)} (or another constant) over one derived table with
     * {@code TOP n ... ORDER BY k}, as Hibernate's SQL Server 2005 paging writes it: the numbering follows the order
     * in which the source engine reads the derived table, which its {@code derivedTableOrderIsKept()} says is the
     * derived table's ORDER BY. Targets need not keep it, so the window is given that order, through the derived
     * table's own columns ({@code k} when it is a select item of the derived table; otherwise nothing changes).
     */
    public static void constantWindowOrder(PlainSelect ps, RenderContext ctx) {
        if (!ctx.from().derivedTableOrderIsKept() || ctx.to().derivedTableOrderIsKept() || ps.getSelectItems() == null
                || ps.getJoins() != null && !ps.getJoins().isEmpty()
                || !(ps.getFromItem() instanceof net.sf.jsqlparser.statement.select.ParenthesedSelect p)
                || p.getAlias() == null || !(p.getSelect() instanceof PlainSelect inner)
                || inner.getOrderByElements() == null || inner.getOrderByElements().isEmpty()) {
            return;
        }
        for (SelectItem<?> item : ps.getSelectItems()) {
            if (!(item.getExpression() instanceof AnalyticExpression a) || a.getOrderByElements() == null
                    || a.getPartitionExpressionList() != null && !a.getPartitionExpressionList().isEmpty()
                    || !a.getOrderByElements().stream().allMatch(o -> orderless(o.getExpression()))) {
                continue;
            }
            List<OrderByElement> order = new ArrayList<>();
            for (OrderByElement o : inner.getOrderByElements()) {
                String exposed = null;
                for (SelectItem<?> it : inner.getSelectItems()) {
                    if (it.getExpression().toString().equalsIgnoreCase(o.getExpression().toString())) {
                        exposed = it.getAlias() != null ? it.getAlias().getName()
                                : it.getExpression() instanceof Column c ? c.getColumnName() : null;
                    }
                }
                if (exposed == null) {
                    return;
                }
                OrderByElement w = new OrderByElement();
                w.setExpression(new Column(new net.sf.jsqlparser.schema.Table(p.getAlias().getName()), exposed));
                w.setAsc(o.isAsc());
                w.setAscDescPresent(o.isAscDescPresent());
                w.setNullOrdering(o.getNullOrdering());
                order.add(w);
            }
            a.setOrderByElements(order);
            ctx.changed();
        }
    }

    /** An ORDER BY key that orders nothing: a literal, CURRENT_TIMESTAMP and the like, {@code (SELECT NULL)}. */
    private static boolean orderless(Expression e) {
        if (e instanceof net.sf.jsqlparser.statement.select.ParenthesedSelect ps && ps.getSelect() instanceof PlainSelect s
                && s.getFromItem() == null && s.getSelectItems() != null && s.getSelectItems().size() == 1) {
            return orderless(s.getSelectItems().get(0).getExpression());
        }
        return e instanceof net.sf.jsqlparser.expression.TimeKeyExpression || e instanceof LongValue
                || e instanceof NullValue || e instanceof net.sf.jsqlparser.expression.StringValue;
    }

    /** {@code SELECT ..., ROWNUM rn} becomes {@code ROW_NUMBER() OVER ()}, numbering rows in the order read. */
    private static void rownumItems(PlainSelect ps, RenderContext ctx) {
        if (ctx.to().family().equals("ORACLE") || ps.getSelectItems() == null) {
            return;
        }
        String readOrder = null;
        for (SelectItem<?> item : ps.getSelectItems()) {
            if (isRownum(item.getExpression())) {
                AnalyticExpression rn = new AnalyticExpression();
                rn.setName("ROW_NUMBER");
                if (readOrder == null) {
                    readOrder = carryDerivedOrder(ps);
                }
                if (!readOrder.isEmpty()) {
                    OrderByElement by = new OrderByElement();
                    by.setExpression(new net.sf.jsqlparser.schema.Column(readOrder));
                    rn.setOrderByElements(List.of(by));
                }
                @SuppressWarnings("unchecked")
                SelectItem<Expression> it = (SelectItem<Expression>) item;
                it.setExpression(rn);
                ctx.changed();
            }
        }
    }
}
