package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

/**
 * MySQL's single-table {@code UPDATE t SET a = a + 1, b = a} assigns left to right: {@code b} reads the new
 * {@code a}. Standard SQL (PostgreSQL, SQLite, ...) reads every right-hand side from the old row. Each reference to
 * a column assigned earlier in the same SET list is replaced by that assignment's expression (itself already
 * substituted), so the target computes the value MySQL would.
 */
final class UpdateAssignmentOrder {
    private UpdateAssignmentOrder() {
    }

    static void apply(Update u, RenderContext ctx) {
        if (!ctx.from().updateAssignsLeftToRight() || ctx.to().updateAssignsLeftToRight()
                || u.getUpdateSets() == null || u.getUpdateSets().size() < 2
                || u.getStartJoins() != null && !u.getStartJoins().isEmpty()
                || u.getJoins() != null && !u.getJoins().isEmpty() || u.getFromItem() != null) {
            return;
        }
        String table = RenderContext.unquote(u.getTable().getName()).toLowerCase(Locale.ROOT);
        String alias = u.getTable().getAlias() == null ? null
                : RenderContext.unquote(u.getTable().getAlias().getName()).toLowerCase(Locale.ROOT);
        sets(u.getUpdateSets(), table, alias, ctx);
    }

    /**
     * The same for the SET list of MySQL's {@code INSERT ... ON DUPLICATE KEY UPDATE}, which also assigns left to
     * right ({@code VALUES(c)}, the inserted value, is left alone).
     */
    static void duplicateSets(java.util.List<UpdateSet> sets, String table, RenderContext ctx) {
        if (ctx.from().updateAssignsLeftToRight() && !ctx.to().updateAssignsLeftToRight() && sets != null
                && sets.size() > 1) {
            sets(sets, RenderContext.unquote(table).toLowerCase(Locale.ROOT), null, ctx);
        }
    }

    private static void sets(java.util.List<UpdateSet> sets, String table, String alias, RenderContext ctx) {
        Map<String, Expression> assigned = new HashMap<>();
        boolean changed = false;
        for (UpdateSet set : sets) {
            if (set.getColumns().size() != 1 || set.getValues().size() != 1) {
                return;
            }
            @SuppressWarnings("unchecked")
            ExpressionList<Expression> values = (ExpressionList<Expression>) set.getValues();
            Expression v = values.get(0);
            if (!assigned.isEmpty()) {
                boolean[] hit = {false};
                Expression nv = replace(v, assigned, table, alias, hit);
                if (hit[0]) {
                    values.set(0, nv);
                    v = nv;
                    changed = true;
                }
            }
            assigned.put(RenderContext.unquote(set.getColumns().get(0).getColumnName()).toLowerCase(Locale.ROOT), v);
        }
        if (changed) {
            ctx.changed();
        }
    }

    private static Expression copy(Expression e) {
        try {
            return new net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList<>(
                    CCJSqlParserUtil.parseExpression(e.toString()));
        } catch (JSQLParserException ex) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static Expression replace(Expression e, Map<String, Expression> assigned, String table, String alias,
                                      boolean[] hit) {
        if (e instanceof Column c) {
            String q = c.getTable() == null || c.getTable().getName() == null ? null
                    : RenderContext.unquote(c.getTable().getName()).toLowerCase(Locale.ROOT);
            Expression a = q == null || q.equals(table) || q.equals(alias)
                    ? assigned.get(RenderContext.unquote(c.getColumnName()).toLowerCase(Locale.ROOT)) : null;
            Expression cp = a == null ? null : copy(a);
            if (cp != null) {
                hit[0] = true;
                return cp;
            }
            return e;
        }
        if (e instanceof BinaryExpression b) {
            b.setLeftExpression(replace(b.getLeftExpression(), assigned, table, alias, hit));
            b.setRightExpression(replace(b.getRightExpression(), assigned, table, alias, hit));
        } else if (e instanceof NotExpression n) {
            n.setExpression(replace(n.getExpression(), assigned, table, alias, hit));
        } else if (e instanceof SignedExpression s) {
            s.setExpression(replace(s.getExpression(), assigned, table, alias, hit));
        } else if (e instanceof CastExpression c) {
            c.setLeftExpression(replace(c.getLeftExpression(), assigned, table, alias, hit));
        } else if (e instanceof IsNullExpression n) {
            n.setLeftExpression(replace(n.getLeftExpression(), assigned, table, alias, hit));
        } else if (e instanceof Between b) {
            b.setLeftExpression(replace(b.getLeftExpression(), assigned, table, alias, hit));
            b.setBetweenExpressionStart(replace(b.getBetweenExpressionStart(), assigned, table, alias, hit));
            b.setBetweenExpressionEnd(replace(b.getBetweenExpressionEnd(), assigned, table, alias, hit));
        } else if (e instanceof InExpression in) {
            in.setLeftExpression(replace(in.getLeftExpression(), assigned, table, alias, hit));
            if (in.getRightExpression() instanceof ExpressionList<?>) {
                replace(in.getRightExpression(), assigned, table, alias, hit);
            }
        } else if (e instanceof CaseExpression k) {
            if (k.getSwitchExpression() != null) {
                k.setSwitchExpression(replace(k.getSwitchExpression(), assigned, table, alias, hit));
            }
            for (WhenClause w : k.getWhenClauses()) {
                w.setWhenExpression(replace(w.getWhenExpression(), assigned, table, alias, hit));
                w.setThenExpression(replace(w.getThenExpression(), assigned, table, alias, hit));
            }
            if (k.getElseExpression() != null) {
                k.setElseExpression(replace(k.getElseExpression(), assigned, table, alias, hit));
            }
        } else if (e instanceof ExpressionList<?> l && !(e instanceof net.sf.jsqlparser.statement.select.Select)) {
            ExpressionList<Expression> list = (ExpressionList<Expression>) l;
            for (int i = 0; i < list.size(); i++) {
                list.set(i, replace(list.get(i), assigned, table, alias, hit));
            }
        } else if (e instanceof Function f && f.getParameters() != null && !"VALUES".equalsIgnoreCase(f.getName())) {
            replace(f.getParameters(), assigned, table, alias, hit);
        }
        return e;
    }
}
