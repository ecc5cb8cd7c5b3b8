package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.render.ExpressionRenderer;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.ExtractExpression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.IntervalExpression;

/** Date and time rules: literals, date arithmetic, differences, parts, truncation and formatting. */
public final class DateRules {
    private final ExpressionRenderer r;
    private final RenderContext ctx;

    DateRules(ExpressionRenderer r) {
        this.r = r;
        this.ctx = r.ctx();
    }

    /** DATE '...', TIMESTAMP '...', JDBC {d ...} and {ts ...}. */
    void literal(String kind, String value) {
        r.text(ctx.to().temporalLiteral(kind, value));
    }

    boolean function(String name, Function f) {
        return false;
    }

    boolean addition(BinaryExpression e, boolean subtract) {
        return false;
    }

    boolean extract(ExtractExpression e) {
        return false;
    }

    boolean interval(IntervalExpression e) {
        return false;
    }
}
