package com.rhosocial.activerecord.dialect.internal.spec;

import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.StringValue;

/** Writers for string concatenation with NULL-propagating semantics. */
final class ConcatWriters {
    private ConcatWriters() {
    }

    /**
     * {@code a || b || ...}; non-literal operands are cast to {@code textType} so numbers concatenate as they do
     * in MySQL (PostgreSQL has no {@code integer || integer}).
     */
    static FunctionWriter pipes(String textType) {
        return (call, out) -> {
            out.text("(");
            for (int i = 0; i < call.arity(); i++) {
                if (i > 0) {
                    out.text(" || ");
                }
                if (textType == null || call.arg(i) instanceof StringValue || call.arg(i) instanceof NullValue) {
                    out.expr(call.arg(i));
                } else {
                    out.text("CAST(").expr(call.arg(i)).text(" AS " + textType + ")");
                }
            }
            out.text(")");
        };
    }

    /** NULL-as-empty concatenation with {@code ||} and COALESCE around each operand. */
    static FunctionWriter pipesSkippingNull(String textType) {
        return (call, out) -> {
            out.text("(");
            for (int i = 0; i < call.arity(); i++) {
                if (i > 0) {
                    out.text(" || ");
                }
                if (call.arg(i) instanceof StringValue) {
                    out.expr(call.arg(i));
                } else if (textType == null) {
                    out.text("COALESCE(").expr(call.arg(i)).text(", '')");
                } else {
                    out.text("COALESCE(CAST(").expr(call.arg(i)).text(" AS " + textType + "), '')");
                }
            }
            out.text(")");
        };
    }
}
