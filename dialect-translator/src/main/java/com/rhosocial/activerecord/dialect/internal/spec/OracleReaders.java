package com.rhosocial.activerecord.dialect.internal.spec;

import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.operators.arithmetic.Division;
import net.sf.jsqlparser.expression.operators.arithmetic.Multiplication;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;

/** Readers for Oracle functions whose edge cases differ from the canonical call of the same name. */
final class OracleReaders {
    private OracleReaders() {
    }

    /** MOD(n, 0) is n in Oracle (an error or NULL elsewhere); a non-zero literal divisor needs no guard. */
    static FunctionReader modByZero() {
        return (name, a) -> {
            if (a.size() != 2) {
                return null;
            }
            Expression divisor = a.get(1);
            boolean nonZeroLiteral = divisor instanceof LongValue l && l.getValue() != 0
                    || divisor instanceof DoubleValue d && d.getValue() != 0;
            if (nonZeroLiteral) {
                return new Call("MOD", a);
            }
            return new Call("SAME", List.of(DateReaders.caseWhen(new EqualsTo(divisor, new LongValue(0)), a.get(0),
                    new CallNode(new Call("MOD", a)))));
        };
    }

    /**
     * REMAINDER(n2, n1) is n2 - n1 * N, N the integer nearest n2 / n1 and, for a quotient ending in .5, the even one
     * (MOD truncates instead). The quotient keeps Oracle's exact division through the usual division rules.
     */
    static FunctionReader remainder() {
        return (name, a) -> {
            if (a.size() != 2) {
                return null;
            }
            Expression q = new ParenthesedExpressionList<>(new Division().withLeftExpression(a.get(0))
                    .withRightExpression(a.get(1)));
            Expression frac = new CallNode(new Call("ABS", List.of(new Subtraction().withLeftExpression(q)
                    .withRightExpression(new CallNode(new Call("TRUNC_NUM", List.of(q)))))));
            Expression half = new EqualsTo(frac, new DoubleValue("0.5"));
            Expression even = new Multiplication().withLeftExpression(new LongValue(2)).withRightExpression(
                    new CallNode(new Call("ROUND", List.of(new Division().withLeftExpression(q)
                            .withRightExpression(new LongValue(2))))));
            Expression nearest = new CallNode(new Call("ROUND", List.of(q)));
            Expression n = new ParenthesedExpressionList<>(DateReaders.caseWhen(half, even, nearest));
            return new Call("SAME", List.of(new ParenthesedExpressionList<>(new Subtraction()
                    .withLeftExpression(a.get(0)).withRightExpression(new Multiplication()
                            .withLeftExpression(a.get(1)).withRightExpression(n)))));
        };
    }

    /** SUBSTR(s, 0, n): Oracle reads a start of 0 as 1 (elsewhere it yields one character less, or nothing). */
    static FunctionReader substrZeroStart() {
        return (name, a) -> {
            if (a.size() >= 2 && a.get(1) instanceof LongValue l && l.getValue() == 0) {
                List<Expression> args = new ArrayList<>(a);
                args.set(1, new LongValue(1));
                return new Call("SUBSTR", args);
            }
            return new Call("SUBSTR", a);
        };
    }
}
