package com.rhosocial.activerecord.dialect.internal.spec;

import java.util.List;
import net.sf.jsqlparser.expression.Expression;

/**
 * A function call in canonical form: the source dialect's reader turns its own spelling into one of these
 * (canonical name, canonical argument order), and the target dialect's writer renders it.
 *
 * @param name canonical function name, upper case
 * @param args arguments in canonical order
 * @param unit a date/time unit (DAY, MONTH, ...) for date functions, upper case; null otherwise
 */
public record Call(String name, List<Expression> args, String unit) {

    public Call(String name, List<Expression> args) {
        this(name, args, null);
    }

    public int arity() {
        return args.size();
    }

    public Expression arg(int i) {
        return args.get(i);
    }
}
