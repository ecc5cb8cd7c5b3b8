package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.render.ExpressionRenderer;
import com.rhosocial.activerecord.dialect.internal.spec.DialectSpec;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.conditional.XorExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsBooleanExpression;
import net.sf.jsqlparser.expression.operators.relational.IsDistinctExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.expression.operators.relational.RegExpMatchOperator;
import net.sf.jsqlparser.expression.operators.relational.SimilarToExpression;

/**
 * Values used as conditions and conditions used as values. MySQL and SQLite accept {@code WHERE flag} on an
 * integer and return 1/0 from {@code SELECT a > b}; PostgreSQL wants booleans, Oracle and SQL Server have no
 * boolean values at all.
 */
public final class BooleanContext {
    private BooleanContext() {
    }

    /** True for expressions that are predicates (yield a truth value). */
    public static boolean isPredicate(Expression e) {
        if (e instanceof Parenthesis p) {
            return isPredicate(p.getExpression());
        }
        if (e instanceof ParenthesedExpressionList<?> l && l.size() == 1) {
            return isPredicate(l.get(0));
        }
        return e instanceof ComparisonOperator || e instanceof AndExpression || e instanceof OrExpression
                || e instanceof XorExpression || e instanceof NotExpression || e instanceof InExpression
                || e instanceof Between || e instanceof IsNullExpression || e instanceof LikeExpression
                || e instanceof ExistsExpression || e instanceof IsBooleanExpression
                || e instanceof IsDistinctExpression || e instanceof RegExpMatchOperator
                || e instanceof SimilarToExpression;
    }

    /** Renders {@code e} where a condition is expected. */
    public static void render(ExpressionRenderer r, Expression e) {
        DialectSpec to = r.ctx().to();
        if (isPredicate(e) || to.predicateValuesAreNumbers()) {
            r.expr(e);
            return;
        }
        if (e instanceof BooleanValue b) {
            r.text(to.hasBooleanLiterals() ? to.booleanLiteral(b.getValue()) : b.getValue() ? "1 = 1" : "1 = 0");
            return;
        }
        if (to.hasBooleanLiterals()) {
            if (r.ctx().from().predicateValuesAreNumbers()) {
                // An integer used as a condition (MySQL WHERE flag); CAST(... AS BOOLEAN) also accepts booleans.
                r.text("CAST(").expr(e).text(" AS BOOLEAN)");
                r.ctx().changed();
            } else {
                r.expr(e);
            }
            return;
        }
        r.text("(").expr(e).text(" <> 0)");
        r.ctx().changed();
    }

    /** Renders predicate {@code e} where a value is expected (SELECT a > b, SUM(a > b)). */
    public static void renderValue(ExpressionRenderer r, Expression e) {
        DialectSpec to = r.ctx().to();
        DialectSpec from = r.ctx().from();
        if (!isPredicate(e) || e instanceof ParenthesedExpressionList) {
            r.expr(e);
            return;
        }
        if (!to.predicatesAreValues()) {
            r.text("CASE WHEN ").expr(e).text(" THEN 1 WHEN NOT (").expr(e).text(") THEN 0 END");
            r.ctx().changed();
        } else if (from.predicateValuesAreNumbers() && !to.predicateValuesAreNumbers()) {
            r.text("CAST((").expr(e).text(") AS INTEGER)");
            r.ctx().changed();
        } else {
            r.expr(e);
        }
    }
}
