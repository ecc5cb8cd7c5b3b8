package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.render.ExpressionRenderer;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.AnyComparisonExpression;
import net.sf.jsqlparser.expression.AnyType;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;

/**
 * {@code x op ANY|SOME|ALL (subquery)} on targets without quantified comparisons (SQLite). {@code = ANY} is
 * {@code IN} and {@code <> ALL} is {@code NOT IN}, by the standard's own definition, NULLs included. The other
 * operators become a three-valued CASE over the subquery read as a derived table: ANY is true when some row
 * compares true, unknown when none does but some comparison is unknown (x or the row's value NULL), else false;
 * ALL is false when some row compares false, unknown when none does but some comparison is unknown, else true
 * (an empty subquery: ANY false, ALL true).
 */
public final class Quantified {
    private static final String ALIAS = "q_any";
    private static final String VALUE = "q_value";
    private static final java.util.regex.Pattern AGGREGATE = java.util.regex.Pattern.compile(
            "(?i)\\b(COUNT|SUM|AVG|MIN|MAX|TOTAL|GROUP_CONCAT|STRING_AGG|ARRAY_AGG|BOOL_AND|BOOL_OR|EVERY|STDDEV\\w*|VARIANCE|VAR_\\w+)\\s*\\(");

    private Quantified() {
    }

    /** Renders {@code left op quantified}; false when the target writes quantified comparisons itself. */
    public static boolean render(ExpressionRenderer r, BinaryExpression e, String op) {
        if (!(e.getRightExpression() instanceof AnyComparisonExpression q) || r.ctx().to().supportsQuantifiedSubqueries()) {
            return false;
        }
        Expression x = e.getLeftExpression();
        boolean all = q.getAnyType() == AnyType.ALL;
        String o = op.trim();
        ParenthesedSelect sub = parenthesed(q.getSelect());
        if (!all && o.equals("=") || all && o.equals("<>")) {
            InExpression in = new InExpression(x, sub);
            in.setNot(all);
            r.expr(in);
            r.ctx().changed();
            return true;
        }
        if (x instanceof net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList<?> list
                && list.size() > 1) {
            return refuse(r, "a row value");
        }
        String name = valueName(q.getSelect());
        if (name == null) {
            return refuse(r, "a subquery of * or of several columns");
        }
        if (AGGREGATE.matcher(x.toString()).find()) {
            return aggregates(r, x, sub, o, all);
        }
        Column value = new Column(new Table(ALIAS), name);
        BinaryExpression test = comparison(o, x, value);
        if (test == null) {
            return refuse(r, "operator " + o);
        }
        r.text("CASE WHEN EXISTS (SELECT 1 FROM ").expr(sub).text(" AS " + ALIAS + " WHERE ");
        if (all) {
            r.text("NOT (").expr(test).text(")) THEN 0");
        } else {
            r.expr(test).text(") THEN 1");
        }
        r.text(" WHEN EXISTS (SELECT 1 FROM ").expr(sub).text(" AS " + ALIAS + " WHERE ").expr(x)
                .text(" IS NULL OR ").expr(value).text(" IS NULL) THEN NULL ELSE " + (all ? "1" : "0") + " END");
        r.ctx().changed();
        return true;
    }

    /**
     * With an aggregate in x (HAVING sum(t) > ALL (...)) x cannot move into the subquery: the same three-valued
     * answer from the subquery's row count, NULL count and MIN / MAX, comparing x outside.
     */
    private static boolean aggregates(ExpressionRenderer r, Expression x, ParenthesedSelect sub, String op, boolean all) {
        String rows = "(SELECT COUNT(*) FROM " + r.capture(sub) + " AS " + ALIAS + ")";
        String nulls = "(SELECT COUNT(*) - COUNT(" + VALUE + ") FROM " + r.capture(sub) + " AS " + ALIAS + ")";
        String min = "(SELECT MIN(" + VALUE + ") FROM " + r.capture(sub) + " AS " + ALIAS + ")";
        String max = "(SELECT MAX(" + VALUE + ") FROM " + r.capture(sub) + " AS " + ALIAS + ")";
        String v = r.capture(x);
        // ALL is decided false by one row that compares false; ANY true by one that compares true
        String decisive = switch (op) {
            case ">" -> all ? v + " <= " + max : v + " > " + min;
            case ">=" -> all ? v + " < " + max : v + " >= " + min;
            case "<" -> all ? v + " >= " + min : v + " < " + max;
            case "<=" -> all ? v + " > " + min : v + " <= " + max;
            case "=" -> v + " <> " + min + " OR " + v + " <> " + max;
            case "<>", "!=" -> v + " <> " + min + " OR " + v + " <> " + max;
            default -> null;
        };
        if (decisive == null) {
            return refuse(r, "operator " + op);
        }
        String empty = all ? "1" : "0";
        r.text("CASE WHEN " + rows + " = 0 THEN " + empty + " WHEN " + v + " IS NULL THEN NULL WHEN " + decisive
                + " THEN " + (all ? "0" : "1") + " WHEN " + nulls + " > 0 THEN NULL ELSE " + empty + " END");
        r.ctx().changed();
        return true;
    }

    private static boolean refuse(ExpressionRenderer r, String what) {
        r.ctx().unsupported("any-all", "ANY", r.ctx().to() + " has no quantified comparison; ANY / ALL with " + what
                + " is not emulated");
        return false;
    }

    private static ParenthesedSelect parenthesed(Select s) {
        if (s instanceof ParenthesedSelect p) {
            return p;
        }
        ParenthesedSelect p = new ParenthesedSelect();
        p.setSelect(s);
        return p;
    }

    /** The subquery's single column, renamed to a name the outer query does not use. */
    private static String valueName(Select s) {
        while (s instanceof ParenthesedSelect p) {
            s = p.getSelect();
        }
        PlainSelect first = s instanceof PlainSelect ps ? ps
                : s instanceof SetOperationList set && !set.getSelects().isEmpty()
                && set.getSelects().get(0) instanceof PlainSelect ps2 ? ps2 : null;
        if (first == null || first.getSelectItems() == null || first.getSelectItems().size() != 1) {
            return null;
        }
        SelectItem<?> item = first.getSelectItems().get(0);
        if (item.getExpression() instanceof net.sf.jsqlparser.statement.select.AllColumns) {
            return null;
        }
        // Always renamed: an unqualified outer x must not resolve to a same-named column of the derived table.
        item.setAlias(new Alias(VALUE, true));
        return VALUE;
    }

    private static BinaryExpression comparison(String op, Expression a, Expression b) {
        return switch (op) {
            case "=" -> new net.sf.jsqlparser.expression.operators.relational.EqualsTo(a, b);
            case "<>", "!=" -> new net.sf.jsqlparser.expression.operators.relational.NotEqualsTo(a, b);
            case ">" -> new net.sf.jsqlparser.expression.operators.relational.GreaterThan(a, b);
            case ">=" -> new net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals(a, b);
            case "<" -> new net.sf.jsqlparser.expression.operators.relational.MinorThan(a, b);
            case "<=" -> new net.sf.jsqlparser.expression.operators.relational.MinorThanEquals(a, b);
            default -> null;
        };
    }
}
