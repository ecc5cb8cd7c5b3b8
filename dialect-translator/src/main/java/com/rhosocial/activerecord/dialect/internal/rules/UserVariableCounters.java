package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.AnalyticType;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.UserVariable;
import net.sf.jsqlparser.expression.VariableAssignment;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * MySQL's classic row counter, {@code SELECT @n := @n + 1 AS rn, ... FROM t, (SELECT @n := 0) r ORDER BY x}, is
 * {@code ROW_NUMBER() OVER (ORDER BY x)} on targets without user variables (MySQL numbers the rows after the sort).
 * Other uses of {@code :=} in a query are reported as unsupported rather than passed on to fail in the target's parser.
 */
public final class UserVariableCounters {
    private UserVariableCounters() {
    }

    public static void apply(PlainSelect ps, RenderContext ctx) {
        if (!ctx.from().family().equals("MYSQL") || ctx.to().family().equals("MYSQL") || ps.getSelectItems() == null) {
            return;
        }
        boolean any = false;
        for (SelectItem<?> item : ps.getSelectItems()) {
            if (item.getExpression() instanceof VariableAssignment) {
                any = true;
            }
        }
        if (!any) {
            return;
        }
        for (SelectItem<?> item : ps.getSelectItems()) {
            if (!(item.getExpression() instanceof VariableAssignment va)) {
                continue;
            }
            String name = counterOf(va);
            Long start = name == null ? null : removeInitializer(ps, name);
            if (start == null) {
                ctx.unsupported("user-variables", va.toString(),
                        ctx.to().dialect() + " has no user variables; only the row counter @n := @n + 1 initialised"
                                + " in a joined (SELECT @n := k) is translated (as ROW_NUMBER())");
                return;
            }
            AnalyticExpression rn = new AnalyticExpression();
            rn.setName("ROW_NUMBER");
            rn.setType(AnalyticType.OVER);
            if (ps.getOrderByElements() != null && !ps.getOrderByElements().isEmpty()) {
                List<OrderByElement> order = new ArrayList<>();
                for (OrderByElement o : ps.getOrderByElements()) {
                    OrderByElement copy = new OrderByElement();
                    copy.setExpression(o.getExpression());
                    copy.setAsc(o.isAsc());
                    copy.setAscDescPresent(o.isAscDescPresent());
                    copy.setNullOrdering(o.getNullOrdering());
                    order.add(copy);
                }
                // ordered like the query itself (its collation and NULL order), which the counter follows
                rn.setOrderByElements(NullOrdering.apply(order, ps, ctx));
            }
            @SuppressWarnings("unchecked")
            SelectItem<Expression> it = (SelectItem<Expression>) item;
            it.setExpression(start == 0 ? rn : new Addition().withLeftExpression(rn).withRightExpression(new LongValue(start)));
            ctx.changed();
        }
    }

    /** The variable of {@code @n := @n + 1}, or null for any other assignment. */
    private static String counterOf(VariableAssignment va) {
        UserVariable v = va.getVariable();
        if (v != null && va.getExpression() instanceof Addition add
                && add.getLeftExpression() instanceof UserVariable same && same.getName().equalsIgnoreCase(v.getName())
                && add.getRightExpression() instanceof LongValue one && one.getValue() == 1) {
            return v.getName().toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /** Removes the joined {@code (SELECT @n := k)} and returns k, or null when there is none. */
    private static Long removeInitializer(PlainSelect ps, String name) {
        if (ps.getJoins() == null) {
            return null;
        }
        for (int i = 0; i < ps.getJoins().size(); i++) {
            Join j = ps.getJoins().get(i);
            if (j.getFromItem() instanceof ParenthesedSelect p && p.getSelect() instanceof PlainSelect init
                    && init.getFromItem() == null && init.getSelectItems() != null && init.getSelectItems().size() == 1
                    && init.getSelectItems().get(0).getExpression() instanceof VariableAssignment a
                    && a.getVariable() != null && a.getVariable().getName().equalsIgnoreCase(name)
                    && a.getExpression() instanceof LongValue k
                    && (j.getOnExpressions() == null || j.getOnExpressions().isEmpty())) {
                ps.getJoins().remove(i);
                if (ps.getJoins().isEmpty()) {
                    ps.setJoins(null);
                }
                return k.getValue();
            }
        }
        return null;
    }
}
