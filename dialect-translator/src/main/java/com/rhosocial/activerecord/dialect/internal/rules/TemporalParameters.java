package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.TableInfo;
import com.rhosocial.activerecord.dialect.internal.render.ExpressionRenderer;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.Locale;
import java.util.Optional;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.schema.Column;

/**
 * Parameters compared with date/time columns on a target that stores them as text (SQLite): a
 * {@code java.sql.Timestamp} or {@code Date} reaches it as epoch milliseconds, which never compares with the stored
 * text as intended, so the parameter is written through the target's conversion ({@code DialectSpec.temporalParameter}).
 */
public final class TemporalParameters {
    private TemporalParameters() {
    }

    /** {@code a op b} with a parameter on one side and a date/time column on the other; false when not that. */
    public static boolean comparison(ExpressionRenderer r, Expression a, Expression b, String op) {
        RenderContext ctx = r.ctx();
        Boolean dateA = a instanceof JdbcParameter ? columnKind(b, ctx) : null;
        Boolean dateB = b instanceof JdbcParameter ? columnKind(a, ctx) : null;
        if (dateA == null && dateB == null) {
            return false;
        }
        operand(r, a, dateA);
        r.text(op);
        operand(r, b, dateB);
        ctx.changed();
        return true;
    }

    /** {@code col BETWEEN ? AND ?} on a date/time column. */
    public static boolean between(ExpressionRenderer r, Between b) {
        RenderContext ctx = r.ctx();
        Boolean date = columnKind(b.getLeftExpression(), ctx);
        if (date == null || !(b.getBetweenExpressionStart() instanceof JdbcParameter)
                && !(b.getBetweenExpressionEnd() instanceof JdbcParameter)) {
            return false;
        }
        r.expr(b.getLeftExpression()).text(b.isNot() ? " NOT BETWEEN " : " BETWEEN ");
        operand(r, b.getBetweenExpressionStart(), b.getBetweenExpressionStart() instanceof JdbcParameter ? date : null);
        r.text(" AND ");
        operand(r, b.getBetweenExpressionEnd(), b.getBetweenExpressionEnd() instanceof JdbcParameter ? date : null);
        ctx.changed();
        return true;
    }

    private static void operand(ExpressionRenderer r, Expression e, Boolean date) {
        if (date == null) {
            r.expr(e);
        } else {
            r.text(r.ctx().to().temporalParameter(r.capture(e), date));
        }
    }

    /** TRUE for a DATE column, FALSE for another date/time column, null when {@code e} is neither or no rule applies. */
    private static Boolean columnKind(Expression e, RenderContext ctx) {
        if (!(e instanceof Column c) || ctx.to().temporalParameter("?", true) == null) {
            return null;
        }
        Optional<TableInfo.ColumnInfo> info = ctx.column(c.getTable() == null ? null : c.getTable().getName(),
                c.getColumnName());
        if (info.isEmpty() && c.getTable() != null) {
            info = ctx.column(null, c.getColumnName());
        }
        if (info.isEmpty()) {
            return null;
        }
        String t = info.get().typeName() == null ? "" : info.get().typeName().toUpperCase(Locale.ROOT);
        if (Typing.ofJdbc(info.get().jdbcType(), info.get().typeName()) != Typing.Kind.TEMPORAL
                && !t.startsWith("DATE") && !t.startsWith("TIMESTAMP")) {
            return null;
        }
        return t.equals("DATE");
    }
}
