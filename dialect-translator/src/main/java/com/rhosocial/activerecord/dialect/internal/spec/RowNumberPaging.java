package com.rhosocial.activerecord.dialect.internal.spec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * Paging by computed bounds on a target whose LIMIT takes only literals and placeholders (MySQL, MariaDB:
 * {@code LIMIT ? OFFSET (? - 1) * 3} is a syntax error there): the rows are numbered in a derived table,
 * {@code SELECT cols FROM (SELECT ..., ROW_NUMBER() OVER (ORDER BY k) AS ar_rn FROM ...) AS ar_page
 * WHERE ar_rn > off AND ar_rn <= off + n ORDER BY ar_rn}, which accepts any expression.
 */
final class RowNumberPaging {
    private RowNumberPaging() {
    }

    /** A LIMIT / OFFSET value the target takes as it is. */
    static boolean plain(Expression e) {
        return e == null || e instanceof LongValue || e instanceof JdbcParameter;
    }

    /** Rewrites {@code ps} in place; false (and untouched) when its shape does not allow it. */
    static boolean apply(PlainSelect ps, Paging p) {
        if (ps.getDistinct() != null || ps.getOrderByElements() == null || ps.getOrderByElements().isEmpty()
                || ps.getSelectItems() == null) {
            return false;
        }
        List<SelectItem<?>> outer = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> computed = new HashSet<>();
        for (SelectItem<?> it : ps.getSelectItems()) {
            String name;
            if (it.getAlias() != null) {
                name = it.getAlias().getName();
                if (!(it.getExpression() instanceof Column)) {
                    computed.add(name.toLowerCase(Locale.ROOT));
                }
            } else if (it.getExpression() instanceof Column c) {
                name = c.getColumnName();
            } else {
                return false;
            }
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                return false;
            }
            outer.add(new SelectItem<>(new Column(name)));
        }
        for (OrderByElement o : ps.getOrderByElements()) {
            // a select alias or position means nothing inside OVER (...)
            if (o.getExpression() instanceof LongValue || o.getExpression() instanceof Column c && c.getTable() == null
                    && computed.contains(c.getColumnName().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        PlainSelect inner = new PlainSelect();
        inner.setSelectItems(new ArrayList<>(ps.getSelectItems()));
        AnalyticExpression rn = new AnalyticExpression();
        rn.setName("ROW_NUMBER");
        rn.setOrderByElements(ps.getOrderByElements());
        inner.addSelectItem(rn, new Alias("ar_rn"));
        inner.setFromItem(ps.getFromItem());
        inner.setJoins(ps.getJoins());
        inner.setWhere(ps.getWhere());
        inner.setGroupByElement(ps.getGroupBy());
        inner.setHaving(ps.getHaving());
        ParenthesedSelect page = new ParenthesedSelect();
        page.setSelect(inner);
        page.setAlias(new Alias("ar_page"));
        Column rowNumber = new Column("ar_rn");
        Expression off = p.offset() == null ? new LongValue(0) : new ParenthesedExpressionList<>(p.offset());
        Expression where = new GreaterThan(rowNumber, off);
        if (p.rowCount() != null) {
            where = new AndExpression(where, new MinorThanEquals(rowNumber,
                    new Addition().withLeftExpression(off).withRightExpression(new ParenthesedExpressionList<>(p.rowCount()))));
        }
        ps.setSelectItems(outer);
        ps.setFromItem(page);
        ps.setJoins(null);
        ps.setWhere(where);
        ps.setGroupByElement(null);
        ps.setHaving(null);
        ps.setOrderByElements(List.of(new OrderByElement().withExpression(new Column("ar_rn"))));
        return true;
    }
}
