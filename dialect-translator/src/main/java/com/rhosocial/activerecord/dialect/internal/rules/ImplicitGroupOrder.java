package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.PlainSelect;

/**
 * The implicit sort of a grouped query: MariaDB returns the groups of {@code SELECT ... GROUP BY k} in k order when
 * there is no ORDER BY, and legacy code depends on it. On a target that does not sort the groups the outermost query
 * gets {@code ORDER BY k} (only the outermost: the order of a subquery's rows is not observable).
 */
public final class ImplicitGroupOrder {
    private ImplicitGroupOrder() {
    }

    /** Adds ORDER BY of the grouping keys to a top-level grouped query without one. */
    public static void apply(PlainSelect ps, RenderContext ctx) {
        if (!ctx.preserve() || !ctx.from().groupBySorts() || ctx.to().groupBySorts() || ps.getGroupBy() == null
                || ps.getOrderByElements() != null || ps.getGroupBy().getGroupByExpressionList() == null
                || ps.getGroupBy().getGroupingSets() != null && !ps.getGroupBy().getGroupingSets().isEmpty()
                || ps.getGroupBy().isMysqlWithRollup()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Expression> keys = (List<Expression>) ps.getGroupBy().getGroupByExpressionList();
        if (keys.isEmpty()) {
            return;
        }
        List<OrderByElement> order = new ArrayList<>();
        for (Expression k : keys) {
            OrderByElement o = new OrderByElement();
            o.setExpression(k);
            order.add(o);
        }
        ps.setOrderByElements(order);
        ctx.changed();
    }
}
