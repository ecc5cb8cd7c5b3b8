package com.rhosocial.activerecord.dialect.internal.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;

/**
 * PostgreSQL string functions whose edge cases differ from the canonical (MySQL-like) meaning, read into
 * canonical calls that keep PostgreSQL's result everywhere:
 * <ul>
 * <li>{@code substring(s FROM start FOR n)}: a start before 1 shortens the length (the SQL standard's window),
 *     where MySQL / SQLite count a negative start from the end and MySQL returns '' for 0;</li>
 * <li>{@code substring(s FROM 'pattern')} with a text pattern is a regular-expression match (first match);</li>
 * <li>{@code left(s, -n)} / {@code right(s, -n)}: all but the last / first n characters (MySQL gives '');</li>
 * <li>{@code overlay(s PLACING t FROM n [FOR m])}: the parts around the replaced window, concatenated.</li>
 * </ul>
 */
final class PostgresStrings {
    /** substring(s FROM pattern) with a capture group: the group's text. */
    static final String REGEXP_GROUP = "REGEXP_GROUP";
    private PostgresStrings() {
    }

    static void read(Map<String, FunctionReader> r) {
        r.put("SUBSTRING", PostgresStrings::substring);
        r.put("SUBSTR", PostgresStrings::substring);
        r.put("LEFT", (n, a) -> a.size() == 2 ? leftRight("LEFT", a) : null);
        r.put("RIGHT", (n, a) -> a.size() == 2 ? leftRight("RIGHT", a) : null);
        r.put("OVERLAY", PostgresStrings::overlay);
    }

    private static Call substring(String name, List<Expression> a) {
        if (a.size() == 2 && a.get(1) instanceof StringValue) {
            // substring(s FROM 'regex'): the first match (a capture group would select that group instead)
            String p = ((StringValue) a.get(1)).getValue();
            if (p.replace("(?", "").replace("\\(", "").indexOf('(') >= 0) {
                return new Call(REGEXP_GROUP, a);
            }
            return new Call(Regexps.SUBSTR, List.of(a.get(0), a.get(1), new LongValue(1), new LongValue(1)), "c");
        }
        if (a.size() < 2 || a.size() > 3) {
            return null;
        }
        Long start = literal(a.get(1));
        if (start != null && start >= 1) {
            return new Call("SUBSTR", a);
        }
        Expression s = a.get(0);
        if (start != null) {
            // start 0 or below: the window [start, start + n) clipped at position 1
            if (a.size() == 2) {
                return new Call("SUBSTR", List.of(s, new LongValue(1)));
            }
            Long len = literal(a.get(2));
            Expression n = len != null ? new LongValue(Math.max(0, len + start - 1))
                    : node("GREATEST_NULL", plus(a.get(2), start - 1), new LongValue(0));
            return new Call("SUBSTR", List.of(s, new LongValue(1), n));
        }
        Expression from = node("GREATEST_NULL", a.get(1), new LongValue(1));
        if (a.size() == 2) {
            return new Call("SUBSTR", List.of(s, from));
        }
        Expression n = node("GREATEST_NULL", new Subtraction().withLeftExpression(new Addition()
                .withLeftExpression(a.get(2)).withRightExpression(node("LEAST_NULL", a.get(1), new LongValue(1))))
                .withRightExpression(new LongValue(1)), new LongValue(0));
        return new Call("SUBSTR", List.of(s, from, n));
    }

    /** left/right with a negative count drop that many characters from the other end. */
    private static Call leftRight(String fn, List<Expression> a) {
        Long n = literal(a.get(1));
        if (n != null && n >= 0) {
            return new Call(fn, a);
        }
        Expression length = node("LENGTH", a.get(0));
        if (n != null) {
            return new Call(fn, List.of(a.get(0), plus(length, n)));
        }
        CaseExpression count = new CaseExpression();
        count.setWhenClauses(new ArrayList<>(List.of(new WhenClause()
                .withWhenExpression(new MinorThan(a.get(1), new LongValue(0)))
                .withThenExpression(new Addition().withLeftExpression(length).withRightExpression(grouped(a.get(1)))))));
        count.setElseExpression(a.get(1));
        return new Call(fn, List.of(a.get(0), count));
    }

    /** overlay(s PLACING t FROM n [FOR m]) = the first n - 1 characters, t, then s from n + m (m: length of t). */
    private static Call overlay(String name, List<Expression> a) {
        if (a.size() < 3 || a.size() > 4) {
            return null;
        }
        Expression s = a.get(0);
        Expression t = a.get(1);
        Expression from = a.get(2);
        Expression count = a.size() == 4 ? a.get(3) : node("LENGTH", t);
        Long start = literal(from);
        Expression head = node("SUBSTR", s, new LongValue(1), start != null ? new LongValue(Math.max(0, start - 1))
                : new Subtraction().withLeftExpression(from).withRightExpression(new LongValue(1)));
        Expression tail = node("SUBSTR", s, new Addition().withLeftExpression(from).withRightExpression(grouped(count)));
        return new Call("CONCAT_NULL", List.of(head, t, tail));
    }

    private static Expression plus(Expression e, long k) {
        if (e instanceof LongValue v) {
            return new LongValue(v.getValue() + k);
        }
        return k == 0 ? e : k > 0 ? new Addition().withLeftExpression(e).withRightExpression(new LongValue(k))
                : new Subtraction().withLeftExpression(e).withRightExpression(new LongValue(-k));
    }

    /** {@code e} in parentheses when it is an operator expression (it goes to the right of a '+'). */
    private static Expression grouped(Expression e) {
        return e instanceof net.sf.jsqlparser.expression.BinaryExpression
                ? new net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList<>(e) : e;
    }

    private static Expression node(String name, Expression... args) {
        return new CallNode(new Call(name, List.of(args)));
    }

    static Long literal(Expression e) {
        if (e instanceof LongValue v) {
            return v.getValue();
        }
        if (e instanceof SignedExpression s && s.getSign() == '-' && s.getExpression() instanceof LongValue v) {
            return -v.getValue();
        }
        return null;
    }
}
