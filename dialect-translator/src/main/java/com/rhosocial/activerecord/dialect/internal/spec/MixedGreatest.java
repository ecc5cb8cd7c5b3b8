package com.rhosocial.activerecord.dialect.internal.spec;

import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.StringValue;

/**
 * MySQL GREATEST / LEAST: with a number among the arguments every argument compares as a number (so
 * {@code LEAST('10', 9)} is 9, not '10'); with text alone, the comparison follows the case-insensitive default
 * collation ({@code GREATEST('apple', 'Banana')} is 'Banana') and the first of equal arguments wins.
 */
final class MixedGreatest {

    private MixedGreatest() {
    }

    static Call read(List<Expression> a, boolean greatest) {
        boolean number = a.stream().anyMatch(x -> x instanceof LongValue || x instanceof DoubleValue);
        boolean text = a.stream().anyMatch(x -> x instanceof StringValue);
        String plain = greatest ? "GREATEST_NULL" : "LEAST_NULL";
        if (number && text) {
            List<Expression> out = new ArrayList<>(a.size());
            for (Expression x : a) {
                if (x instanceof StringValue s) {
                    String v = s.getValue().trim();
                    if (v.matches("[-+]?[0-9]{1,18}")) {
                        out.add(new LongValue(Long.parseLong(v.startsWith("+") ? v.substring(1) : v)));
                        continue;
                    }
                    if (v.matches("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?")) {
                        out.add(new DoubleValue(v.startsWith("+") ? v.substring(1) : v));
                        continue;
                    }
                    return new Call(plain, a);
                }
                out.add(x);
            }
            return new Call(plain, out);
        }
        if (text && !number && a.size() >= 2 && a.size() <= 3) {
            return new Call(greatest ? "GREATEST_CI" : "LEAST_CI", a);
        }
        return new Call(plain, a);
    }

    /** Pairwise CASE over LOWER(): NULL if any argument is NULL, the first of equal arguments. */
    static void writeCaseless(Call c, Out o, String op) {
        Expression acc = c.arg(0);
        for (int i = 1; i < c.arity() - 1; i++) {
            acc = new CallNode(new Call(op.equals(">=") ? "GREATEST_CI" : "LEAST_CI", List.of(acc, c.arg(i))));
        }
        pair(o, acc, c.arg(c.arity() - 1), op);
    }

    private static void pair(Out o, Expression a, Expression b, String op) {
        o.text("CASE WHEN ").expr(a).text(" IS NULL OR ").expr(b).text(" IS NULL THEN NULL WHEN LOWER(").expr(a)
                .text(") ").text(op).text(" LOWER(").expr(b).text(") THEN ").expr(a).text(" ELSE ").expr(b).text(" END");
    }
}
