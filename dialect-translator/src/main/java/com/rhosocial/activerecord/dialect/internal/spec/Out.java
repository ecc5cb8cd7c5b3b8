package com.rhosocial.activerecord.dialect.internal.spec;

import net.sf.jsqlparser.expression.Expression;

/** Where a function writer or hook renders its output: plain text, or an expression rendered by the target's rules. */
public interface Out {
    Out text(String s);

    Out expr(Expression e);

    /** The rendering context (source and target, schema, policies, warnings). */
    RenderContext ctx();

    /** Renders {@code e} into a string without appending it (for writers that build text around it). */
    default String capture(Expression e) {
        return e.toString();
    }

    /** Renders arguments of {@code c} from {@code from} on, separated by {@code ", "}. */
    default Out args(Call c, int from) {
        for (int i = from; i < c.arity(); i++) {
            if (i > from) {
                text(", ");
            }
            expr(c.arg(i));
        }
        return this;
    }
}
