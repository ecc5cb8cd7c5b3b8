package com.rhosocial.activerecord.dialect.internal.rules;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;

/**
 * A node put into the AST by a rule to say in which context its expression is used, so the renderer can apply
 * {@link BooleanContext}. It extends a list node only because JSqlParser's visitor has no slot for new node kinds.
 */
public final class Marked extends ParenthesedExpressionList<Expression> {
    private static final long serialVersionUID = 1L;

    /** The context. */
    public enum Kind { CONDITION, VALUE }

    private final Kind kind;

    private Marked(Kind kind, Expression e) {
        super(e);
        this.kind = kind;
    }

    public static Expression condition(Expression e) {
        return e == null || e instanceof Marked ? e : new Marked(Kind.CONDITION, e);
    }

    public static Expression value(Expression e) {
        return e == null || e instanceof Marked || !BooleanContext.isPredicate(e) ? e : new Marked(Kind.VALUE, e);
    }

    public Kind kind() {
        return kind;
    }

    public Expression expression() {
        return get(0);
    }

    @Override
    public String toString() {
        return get(0).toString();
    }
}
