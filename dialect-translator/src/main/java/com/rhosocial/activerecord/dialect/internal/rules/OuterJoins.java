package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.relational.OldOracleJoinBinaryExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.expression.operators.relational.SupportsOldOracleJoinSyntax;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.PlainSelect;

/**
 * Oracle {@code (+)} outer joins, rewritten into ANSI joins for other targets: the tables marked optional become
 * {@code LEFT JOIN}s placed after the others, with every condition that carries their {@code (+)} (including
 * filters such as {@code o.status(+) = 'x'}) in their {@code ON}. Never silently an inner join: a {@code (+)} the
 * rule cannot place is reported unsupported.
 */
public final class OuterJoins {
    private OuterJoins() {
    }

    public static void apply(PlainSelect ps, RenderContext ctx) {
        if (ps.getWhere() == null || ctx.to().family().equals("ORACLE") || !ctx.sourceMayContain("+")
                || !ps.getWhere().toString().contains("(+)")) {
            return;
        }
        List<Expression> conjuncts = new ArrayList<>();
        flatten(ps.getWhere(), conjuncts);
        Map<String, List<Expression>> onByTable = new LinkedHashMap<>();
        List<Expression> rest = new ArrayList<>();
        for (Expression c : conjuncts) {
            if (c instanceof OldOracleJoinBinaryExpression b
                    && b.getOldOracleJoinSyntax() != SupportsOldOracleJoinSyntax.NO_ORACLE_JOIN) {
                // ORACLE_JOIN_LEFT: a left outer join, the (+) sits on the right operand (the optional side).
                Expression optionalSide = b.getOldOracleJoinSyntax() == SupportsOldOracleJoinSyntax.ORACLE_JOIN_LEFT
                        ? b.getRightExpression() : b.getLeftExpression();
                if (!(optionalSide instanceof Column col) || col.getTable() == null || col.getTable().getName() == null) {
                    ctx.unsupported("outer-join", "(+)", "(+) on an unqualified or computed operand");
                    return;
                }
                b.setOldOracleJoinSyntax(SupportsOldOracleJoinSyntax.NO_ORACLE_JOIN);
                onByTable.computeIfAbsent(key(col.getTable().getName()), k -> new ArrayList<>()).add(c);
            } else {
                if (c.toString().contains("(+)")) {
                    ctx.unsupported("outer-join", "(+)", "(+) inside OR or a nested condition");
                    return;
                }
                rest.add(c);
            }
        }
        List<FromItem> items = new ArrayList<>();
        items.add(ps.getFromItem());
        if (ps.getJoins() != null) {
            for (Join j : ps.getJoins()) {
                if (!j.isSimple()) {
                    ctx.unsupported("outer-join", "(+)", "(+) mixed with ANSI joins");
                    return;
                }
                items.add(j.getRightItem());
            }
        }
        List<FromItem> required = new ArrayList<>();
        List<FromItem> optional = new ArrayList<>();
        for (FromItem fi : items) {
            if (onByTable.containsKey(key(nameOf(fi)))) {
                optional.add(fi);
            } else {
                required.add(fi);
            }
        }
        if (required.isEmpty() || optional.size() != onByTable.size()) {
            ctx.unsupported("outer-join", "(+)", "cannot tell which table a (+) marks optional");
            return;
        }
        ps.setFromItem(required.get(0));
        List<Join> joins = new ArrayList<>();
        for (int i = 1; i < required.size(); i++) {
            Join j = new Join();
            j.setCross(true);
            j.setRightItem(required.get(i));
            joins.add(j);
        }
        for (FromItem fi : optional) {
            Join j = new Join();
            j.setLeft(true);
            j.setRightItem(fi);
            Expression on = null;
            for (Expression e : onByTable.get(key(nameOf(fi)))) {
                on = on == null ? e : new AndExpression(on, e);
            }
            j.addOnExpression(on);
            joins.add(j);
        }
        ps.setJoins(joins);
        Expression where = null;
        for (Expression e : rest) {
            where = where == null ? e : new AndExpression(where, e);
        }
        ps.setWhere(where);
        ctx.changed();
    }

    private static String nameOf(FromItem fi) {
        if (fi.getAlias() != null) {
            return fi.getAlias().getName();
        }
        return fi instanceof Table t ? t.getName() : "";
    }

    private static String key(String name) {
        return RenderContext.unquote(name).toLowerCase(Locale.ROOT);
    }

    private static void flatten(Expression e, List<Expression> out) {
        if (e instanceof AndExpression a) {
            flatten(a.getLeftExpression(), out);
            flatten(a.getRightExpression(), out);
        } else if (e instanceof ParenthesedExpressionList<?> p && p.size() == 1 && p.get(0) instanceof AndExpression a) {
            flatten(a, out);
        } else {
            out.add(e);
        }
    }
}
