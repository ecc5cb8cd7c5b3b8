package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * {@code A FULL [OUTER] JOIN B ON c} for targets without full joins (MariaDB): the rows of {@code A LEFT JOIN B},
 * then the rows of B that match no row of A ({@code A RIGHT JOIN B ON c WHERE NOT EXISTS (SELECT 1 FROM A WHERE
 * c)}, where A's alias inside the probe shadows the outer one), glued with UNION ALL. The WHERE applies to both
 * halves; ORDER BY expressions travel as hidden columns so the combined rows sort as the original did. Only the
 * plain shape (one FULL JOIN, no grouping, DISTINCT or paging) is rewritten; others are reported unsupported.
 */
public final class FullJoins {
    private FullJoins() {
    }

    /** The rewritten query, or null when {@code ps} has no FULL JOIN or the target has them. */
    public static Select rewrite(PlainSelect ps, RenderContext ctx) {
        if (ps.getJoins() == null || ctx.to().supportsFullJoin()) {
            return null;
        }
        Join full = null;
        for (Join j : ps.getJoins()) {
            if (j.isFull()) {
                full = j;
            }
        }
        if (full == null) {
            return null;
        }
        if (ps.getJoins().size() != 1 || ps.getGroupBy() != null || ps.getHaving() != null || ps.getDistinct() != null
                || ps.getLimit() != null || ps.getOffset() != null || ps.getFetch() != null || ps.getTop() != null
                || full.getOnExpressions() == null || full.getOnExpressions().size() != 1 || hasAggregate(ps)) {
            ctx.unsupported("full-join", "FULL JOIN", ctx.to().dialect() + " has no FULL JOIN; only a single FULL JOIN "
                    + "without grouping or paging is emulated");
            return null;
        }
        FromItem a = ps.getFromItem();
        FromItem b = full.getRightItem();
        String on = full.getOnExpressions().iterator().next().toString();
        List<String> items = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (SelectItem<?> item : ps.getSelectItems()) {
            if (item.getExpression() instanceof AllColumns) {
                ctx.unsupported("full-join", "FULL JOIN", "SELECT * over an emulated FULL JOIN");
                return null;
            }
            items.add(item.getExpression().toString());
            labels.add(item.getAlias() != null ? item.getAlias().getName()
                    : item.getExpression() instanceof Column c ? c.getColumnName() : null);
        }
        StringBuilder cols = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            cols.append(i > 0 ? ", " : "").append(items.get(i)).append(" AS ar_c").append(i + 1);
        }
        List<OrderByElement> order = ps.getOrderByElements() == null ? List.of() : ps.getOrderByElements();
        StringBuilder outerOrder = new StringBuilder();
        for (int i = 0; i < order.size(); i++) {
            OrderByElement o = order.get(i);
            cols.append(", ").append(o.getExpression()).append(" AS ar_o").append(i + 1);
            String rest = o.toString().substring(o.getExpression().toString().length());
            outerOrder.append(i > 0 ? ", " : "").append("ar_o").append(i + 1).append(rest);
        }
        String where = ps.getWhere() == null ? null : "(" + ps.getWhere() + ")";
        String left = "SELECT " + cols + " FROM " + a + " LEFT JOIN " + b + " ON " + on
                + (where == null ? "" : " WHERE " + where);
        String right = "SELECT " + cols + " FROM " + a + " RIGHT JOIN " + b + " ON " + on + " WHERE NOT EXISTS (SELECT 1 FROM "
                + a + " WHERE " + on + ")" + (where == null ? "" : " AND " + where);
        StringBuilder outer = new StringBuilder("SELECT ");
        for (int i = 0; i < items.size(); i++) {
            outer.append(i > 0 ? ", " : "").append("ar_fj.ar_c").append(i + 1);
            if (labels.get(i) != null) {
                outer.append(" AS ").append(labels.get(i));
            }
        }
        outer.append(" FROM (").append(left).append(" UNION ALL ").append(right).append(") ar_fj");
        if (outerOrder.length() > 0) {
            outer.append(" ORDER BY ").append(outerOrder);
        }
        try {
            Select out = (Select) CCJSqlParserUtil.parse(outer.toString());
            ctx.emulated("full-join", "FULL JOIN");
            return out;
        } catch (Exception e) {
            ctx.unsupported("full-join", "FULL JOIN", "FULL JOIN could not be emulated: " + e.getMessage());
            return null;
        }
    }

    private static boolean hasAggregate(PlainSelect ps) {
        for (SelectItem<?> item : ps.getSelectItems()) {
            if (item.getExpression() instanceof Function f && f.getName() != null
                    && f.getName().toUpperCase(java.util.Locale.ROOT).matches("COUNT|SUM|AVG|MIN|MAX|LISTAGG|STRING_AGG|GROUP_CONCAT")) {
                return true;
            }
        }
        return false;
    }
}
