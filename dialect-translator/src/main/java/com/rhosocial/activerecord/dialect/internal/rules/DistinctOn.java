package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.AnalyticType;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * PostgreSQL {@code SELECT DISTINCT ON (k) items ... ORDER BY k, o} on a target without it: the first row of each
 * {@code k} in the query's order is the row numbered 1 by {@code ROW_NUMBER() OVER (PARTITION BY k ORDER BY k, o)}.
 * The query becomes a derived table carrying that number (and any sort key that is not a select item), filtered on
 * it, sorted and paged outside:
 * {@code SELECT c1, c2 FROM (SELECT items AS c1.., ROW_NUMBER() ... AS rn__ FROM ...) dq__ WHERE rn__ = 1 ORDER BY ...}.
 */
public final class DistinctOn {
    private static final String ROW_NUMBER = "rn__";

    private DistinctOn() {
    }

    /** The rewritten query, or null when {@code ps} has no DISTINCT ON or the target has it. */
    public static PlainSelect rewrite(PlainSelect ps, RenderContext ctx) {
        if (ps.getDistinct() == null || ps.getDistinct().getOnSelectItems() == null || ctx.to().supportsDistinctOn()) {
            return null;
        }
        List<SelectItem<?>> items = ps.getSelectItems();
        List<String> names = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            SelectItem<?> item = items.get(i);
            Expression e = item.getExpression();
            if (e instanceof AllColumns) {
                // SELECT DISTINCT ON (k) * would carry the row number out: the columns must be named.
                ctx.unsupported("distinct-on", "DISTINCT ON", "DISTINCT ON with * has no emulation on " + ctx.to());
                return null;
            }
            String name = item.getAlias() != null ? RenderContext.unquote(item.getAlias().getName())
                    : e instanceof Column c ? RenderContext.unquote(c.getColumnName()) : null;
            if (name == null || !used.add(name.toLowerCase(Locale.ROOT))) {
                name = "c" + (i + 1) + "__";
                used.add(name);
            }
            names.add(name);
        }
        List<Expression> keys = new ArrayList<>();
        for (SelectItem<?> on : ps.getDistinct().getOnSelectItems()) {
            keys.add(resolve(on.getExpression(), items, names));
        }
        List<OrderByElement> order = ps.getOrderByElements() == null ? List.of() : ps.getOrderByElements();
        List<OrderByElement> windowOrder = new ArrayList<>();
        List<OrderByElement> outerOrder = new ArrayList<>();
        List<SelectItem<?>> hidden = new ArrayList<>();
        for (OrderByElement o : order) {
            Expression key = resolve(o.getExpression(), items, names);
            String name = nameOf(o.getExpression(), items, names);
            if (name == null) {
                name = "o" + (hidden.size() + 1) + "__";
                hidden.add(new SelectItem<>(key, new Alias(name)));
            }
            OrderByElement w = new OrderByElement();
            w.setExpression(key);
            w.setAsc(o.isAsc());
            w.setAscDescPresent(o.isAscDescPresent());
            w.setNullOrdering(o.getNullOrdering());
            windowOrder.add(w);
            OrderByElement out = new OrderByElement();
            out.setExpression(new Column(name));
            out.setAsc(o.isAsc());
            out.setAscDescPresent(o.isAscDescPresent());
            out.setNullOrdering(o.getNullOrdering());
            outerOrder.add(out);
        }
        List<SelectItem<?>> inner = new ArrayList<>();
        List<SelectItem<?>> outer = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            inner.add(new SelectItem<>(items.get(i).getExpression(), new Alias(names.get(i))));
            outer.add(new SelectItem<>(new Column(names.get(i))));
        }
        inner.addAll(hidden);
        AnalyticExpression rn = new AnalyticExpression();
        rn.setName("ROW_NUMBER");
        rn.setType(AnalyticType.OVER);
        rn.setPartitionExpressionList(new ExpressionList<>(keys));
        if (!windowOrder.isEmpty()) {
            rn.setOrderByElements(windowOrder);
        }
        inner.add(new SelectItem<>(rn, new Alias(ROW_NUMBER)));
        PlainSelect result = new PlainSelect();
        result.setSelectItems(outer);
        ParenthesedSelect sub = new ParenthesedSelect();
        sub.setAlias(new Alias("dq__"));
        result.setFromItem(sub);
        result.setWhere(new EqualsTo(new Column(ROW_NUMBER), new LongValue(1)));
        if (!outerOrder.isEmpty()) {
            result.setOrderByElements(outerOrder);
        }
        result.setLimit(ps.getLimit());
        result.setOffset(ps.getOffset());
        result.setFetch(ps.getFetch());
        result.setForMode(ps.getForMode());
        ps.setLimit(null);
        ps.setOffset(null);
        ps.setFetch(null);
        ps.setOrderByElements(null);
        ps.setDistinct(null);
        ps.setSelectItems(inner);
        sub.setSelect(ps);
        ctx.emulated("distinct-on", "DISTINCT ON as ROW_NUMBER() OVER (PARTITION BY ...) = 1");
        return result;
    }

    /** The expression a sort or DISTINCT ON key stands for: a position or a select alias means its item. */
    private static Expression resolve(Expression e, List<SelectItem<?>> items, List<String> names) {
        if (e instanceof LongValue v && v.getValue() >= 1 && v.getValue() <= items.size()) {
            return items.get((int) v.getValue() - 1).getExpression();
        }
        if (e instanceof Column c && c.getTable() == null) {
            for (SelectItem<?> item : items) {
                if (item.getAlias() != null && RenderContext.unquote(item.getAlias().getName())
                        .equalsIgnoreCase(RenderContext.unquote(c.getColumnName()))) {
                    return item.getExpression();
                }
            }
        }
        return e;
    }

    /** The derived-table column holding sort key {@code e} when it is a select item, or null. */
    private static String nameOf(Expression e, List<SelectItem<?>> items, List<String> names) {
        if (e instanceof LongValue v && v.getValue() >= 1 && v.getValue() <= items.size()) {
            return names.get((int) v.getValue() - 1);
        }
        String text = e.toString();
        for (int i = 0; i < items.size(); i++) {
            SelectItem<?> item = items.get(i);
            if (item.getExpression().toString().equalsIgnoreCase(text)
                    || e instanceof Column c && c.getTable() == null && item.getAlias() != null
                    && RenderContext.unquote(item.getAlias().getName()).equalsIgnoreCase(RenderContext.unquote(c.getColumnName()))) {
                return names.get(i);
            }
        }
        return null;
    }
}
