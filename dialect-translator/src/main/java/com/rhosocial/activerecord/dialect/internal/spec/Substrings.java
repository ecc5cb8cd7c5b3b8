package com.rhosocial.activerecord.dialect.internal.spec;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.SignedExpression;

/**
 * SUBSTR with a negative start counts from the end in MySQL, Oracle and SQLite; PostgreSQL and SQL Server read it
 * as a position before the string. A literal negative start is rewritten to {@code LENGTH(s) + start + 1}; a start
 * of 0 means the same (one before the first character) in SQLite, PostgreSQL and SQL Server.
 */
final class Substrings {
    private Substrings() {
    }

    static FunctionWriter negativeStart(String fn, String lengthFn) {
        return (c, o) -> {
            Long start = c.arity() >= 2 ? literal(c.arg(1)) : null;
            o.text(fn + "(").expr(c.arg(0)).text(", ");
            if (start != null && start < 0) {
                o.text(lengthFn + "(").expr(c.arg(0)).text(") + " + (start + 1));
            } else {
                // position 0 is "before the string" here as in SQLite (substr(s, 0, n) has n - 1 characters); MySQL's
                // empty result and Oracle's "0 is 1" are settled by their readers
                o.expr(c.arg(1));
            }
            if (c.arity() >= 3) {
                o.text(", ").expr(c.arg(2));
            } else if (fn.equals("SUBSTRING")) {
                o.text(", " + lengthFn + "(").expr(c.arg(0)).text(")");
            }
            o.text(")");
        };
    }

    private static Long literal(Expression e) {
        if (e instanceof LongValue v) {
            return v.getValue();
        }
        if (e instanceof SignedExpression s && s.getSign() == '-' && s.getExpression() instanceof LongValue v) {
            return -v.getValue();
        }
        return null;
    }
}
