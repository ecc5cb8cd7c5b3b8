package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.render.ExpressionRenderer;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.AnyComparisonExpression;
import net.sf.jsqlparser.expression.AnyType;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * {@code x op ANY (q)} and {@code x op ALL (q)} on a target without quantified comparisons (SQLite): ANY is
 * {@code EXISTS (SELECT 1 FROM (q) WHERE x op value)}; ALL is {@code NOT EXISTS} of a value for which the comparison
 * is not true (false, or unknown through a NULL). Both are exact where a condition filters rows (WHERE, HAVING, ON),
 * which is where such comparisons are written; in a select list they read FALSE where the source reads NULL.
 */
public final class QuantifiedSubqueries {
    private static final String VALUE = "qv__";

    private QuantifiedSubqueries() {
    }

    /** Writes {@code left op ANY/ALL (q)} when the target needs it rewritten; false otherwise. */
    public static boolean render(ExpressionRenderer r, Expression left, Expression right, String op) {
        if (!(right instanceof AnyComparisonExpression a) || r.ctx().to().supportsQuantifiedSubquery()) {
            return false;
        }
        Select sel = a.getSelect();
        PlainSelect ps = sel instanceof ParenthesedSelect p && p.getSelect() instanceof PlainSelect inner ? inner
                : sel instanceof PlainSelect plain ? plain : null;
        if (ps == null || ps.getSelectItems() == null || ps.getSelectItems().size() != 1
                || ps.getSelectItems().get(0).getExpression() instanceof net.sf.jsqlparser.statement.select.AllColumns) {
            return false;
        }
        SelectItem<?> item = ps.getSelectItems().get(0);
        item.setAlias(new Alias(VALUE, true));
        String value = "qs__." + VALUE;
        boolean all = a.getAnyType() == AnyType.ALL;
        r.text(all ? "NOT EXISTS (SELECT 1 FROM (" : "EXISTS (SELECT 1 FROM (");
        r.expr(ps);
        r.text(") qs__ WHERE ");
        if (all) {
            r.text("NOT (").expr(left).text(op + value + ") OR " + value + " IS NULL OR ").expr(left).text(" IS NULL)");
        } else {
            r.expr(left).text(op + value + ")");
        }
        r.ctx().changed();
        return true;
    }
}
