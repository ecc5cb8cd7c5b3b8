package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
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
            Marks marks = marks(c);
            if (marks.unqualified) {
                ctx.unsupported("outer-join", "(+)", "(+) on an unqualified column");
                return;
            }
            if (marks.tables.isEmpty()) {
                rest.add(c);
                continue;
            }
            if (marks.insideOr) {
                ctx.unsupported("outer-join", "(+)", "(+) inside OR or a nested condition");
                return;
            }
            if (marks.tables.size() > 1) {
                ctx.unsupported("outer-join", "(+)", "(+) on columns of two tables in one condition");
                return;
            }
            marks.clear();
            onByTable.computeIfAbsent(marks.tables.iterator().next(), k -> new ArrayList<>()).add(c);
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
        Set<String> known = new HashSet<>();
        for (FromItem fi : items) {
            known.add(key(nameOf(fi)));
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
        Set<String> placed = new HashSet<>();
        for (int i = 0; i < required.size(); i++) {
            placed.add(key(nameOf(required.get(i))));
            if (i > 0) {
                Join j = new Join();
                j.setCross(true);
                j.setRightItem(required.get(i));
                joins.add(j);
            }
        }
        // An optional table joins after every table its ON condition reads (a chain a <- b(+) <- c(+) keeps its order).
        List<FromItem> pending = new ArrayList<>(optional);
        while (!pending.isEmpty()) {
            FromItem next = null;
            for (FromItem fi : pending) {
                String self = key(nameOf(fi));
                Set<String> needs = new HashSet<>();
                for (Expression e : onByTable.get(self)) {
                    needs.addAll(qualifiers(e));
                }
                needs.remove(self);
                needs.retainAll(known);
                if (placed.containsAll(needs)) {
                    next = fi;
                    break;
                }
            }
            if (next == null) {
                ctx.unsupported("outer-join", "(+)", "(+) joins that depend on each other in a cycle");
                return;
            }
            pending.remove(next);
            String self = key(nameOf(next));
            placed.add(self);
            Join j = new Join();
            j.setLeft(true);
            j.setRightItem(next);
            Expression on = null;
            for (Expression e : onByTable.get(self)) {
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

    /** The {@code (+)} markers of one condition: on columns (anywhere in it) or on a comparison's operand. */
    private static final class Marks {
        final Set<String> tables = new LinkedHashSet<>();
        final List<Column> columns = new ArrayList<>();
        final List<SupportsOldOracleJoinSyntax> comparisons = new ArrayList<>();
        boolean unqualified;
        boolean insideOr;

        void clear() {
            for (Column c : columns) {
                c.setOldOracleJoinSyntax(SupportsOldOracleJoinSyntax.NO_ORACLE_JOIN);
            }
            for (SupportsOldOracleJoinSyntax b : comparisons) {
                b.setOldOracleJoinSyntax(SupportsOldOracleJoinSyntax.NO_ORACLE_JOIN);
            }
        }
    }

    private static Marks marks(Expression condition) {
        Marks m = new Marks();
        Expression c = condition;
        if (c instanceof OldOracleJoinBinaryExpression b
                && b.getOldOracleJoinSyntax() != SupportsOldOracleJoinSyntax.NO_ORACLE_JOIN) {
            // ORACLE_JOIN_LEFT: a left outer join, the (+) sits on the right operand (the optional side).
            Expression optionalSide = b.getOldOracleJoinSyntax() == SupportsOldOracleJoinSyntax.ORACLE_JOIN_LEFT
                    ? b.getRightExpression() : b.getLeftExpression();
            Set<String> q = qualifiers(optionalSide);
            if (q.isEmpty()) {
                m.unqualified = true;
            }
            m.tables.addAll(q);
            m.comparisons.add(b);
        }
        condition.accept(new ExpressionVisitorAdapter<Void>() {
            private int ors;

            @Override
            public <S> Void visit(OrExpression or, S context) {
                ors++;
                super.visit(or, context);
                ors--;
                return null;
            }

            @Override
            public <S> Void visit(Column col, S context) {
                if (col.getOldOracleJoinSyntax() != SupportsOldOracleJoinSyntax.NO_ORACLE_JOIN) {
                    if (col.getTable() == null || col.getTable().getName() == null) {
                        m.unqualified = true;
                    } else {
                        m.tables.add(key(col.getTable().getName()));
                    }
                    m.columns.add(col);
                    if (ors > 0) {
                        m.insideOr = true;
                    }
                }
                return null;
            }
        }, null);
        if (!m.comparisons.isEmpty() && hasOr(condition)) {
            m.insideOr = true;
        }
        return m;
    }

    private static boolean hasOr(Expression e) {
        boolean[] found = {false};
        e.accept(new ExpressionVisitorAdapter<Void>() {
            @Override
            public <S> Void visit(OrExpression or, S context) {
                found[0] = true;
                return null;
            }
        }, null);
        return found[0];
    }

    /** Lower-cased table qualifiers of the columns read by {@code e} (subqueries excluded). */
    private static Set<String> qualifiers(Expression e) {
        Set<String> out = new LinkedHashSet<>();
        e.accept(new ExpressionVisitorAdapter<Void>() {
            @Override
            public <S> Void visit(Column col, S context) {
                if (col.getTable() != null && col.getTable().getName() != null) {
                    out.add(key(col.getTable().getName()));
                }
                return null;
            }
        }, null);
        return out;
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
