package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.render.ExpressionRenderer;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.List;
import net.sf.jsqlparser.expression.Expression;

/**
 * Implicit conversions of sources that mix types freely (MySQL, SQLite) on targets that reject mixed operands:
 * {@code COALESCE(int_col, 'none')} is text in MySQL, so the non-text arguments are converted to text.
 */
final class Conversions {
    private Conversions() {
    }

    /** COALESCE / IFNULL with text and non-text arguments: the non-text ones as text; false when not mixed. */
    static boolean mixedCoalesce(ExpressionRenderer r, String name, List<Expression> args) {
        RenderContext ctx = r.ctx();
        boolean text = false;
        boolean other = false;
        Typing.Kind[] kinds = new Typing.Kind[args.size()];
        for (int i = 0; i < args.size(); i++) {
            Typing.Kind k = Typing.of(args.get(i), ctx);
            kinds[i] = k;
            text |= k == Typing.Kind.STRING;
            other |= k == Typing.Kind.INTEGER || k == Typing.Kind.EXACT || k == Typing.Kind.FLOAT
                    || k == Typing.Kind.TEMPORAL || k == Typing.Kind.BOOLEAN;
        }
        if (!text || !other) {
            return false;
        }
        r.text("COALESCE(");
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                r.text(", ");
            }
            Expression a = args.get(i);
            switch (kinds[i]) {
                case STRING, UNKNOWN -> r.expr(a);
                case BOOLEAN -> {
                    // MySQL shows a flag as 1/0, not true/false.
                    net.sf.jsqlparser.expression.CastExpression c = new net.sf.jsqlparser.expression.CastExpression();
                    c.setLeftExpression(a);
                    c.setColDataType(new net.sf.jsqlparser.statement.create.table.ColDataType("INTEGER"));
                    toText(r, c);
                }
                default -> toText(r, a);
            }
        }
        r.text(")");
        ctx.changed();
        return true;
    }

    private static void toText(ExpressionRenderer r, Expression e) {
        if (r.writeCall(new com.rhosocial.activerecord.dialect.internal.spec.Call("TO_TEXT", List.of(e)))) {
            return;
        }
        String type = r.ctx().to().writeCastType("TEXT");
        r.text("CAST(").expr(e).text(" AS " + (type == null ? "VARCHAR(4000)" : type) + ")");
    }
}
