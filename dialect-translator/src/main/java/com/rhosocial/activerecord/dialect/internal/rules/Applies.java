package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * T-SQL {@code CROSS/OUTER APPLY} on a target without LATERAL joins (MariaDB, SQLite), where the applied query gives
 * one column and at most one row: the column becomes a correlated scalar subquery in the select list. That keeps
 * the rows when the subquery always yields exactly one row (an aggregate without GROUP BY, under CROSS or OUTER
 * APPLY) or when a missing row must read as NULL (OUTER APPLY of a {@code TOP 1} query). Other shapes stay
 * unsupported.
 */
public final class Applies {
    private static final Set<String> AGGREGATES = Set.of("MIN", "MAX", "COUNT", "SUM", "AVG", "COUNT_BIG");

    private Applies() {
    }

    /** Rewrites {@code j} of {@code ps} away and returns true, or returns false with nothing changed. */
    public static boolean toScalarSubquery(PlainSelect ps, Join j, RenderContext ctx) {
        if (!(j.getRightItem() instanceof ParenthesedSelect p) || p.getAlias() == null
                || !(p.getSelect() instanceof PlainSelect inner) || inner.getSelectItems() == null
                || inner.getSelectItems().size() != 1) {
            return false;
        }
        SelectItem<?> only = inner.getSelectItems().get(0);
        String name = only.getAlias() != null ? only.getAlias().getName()
                : only.getExpression() instanceof Column c ? c.getColumnName() : null;
        if (name == null) {
            return false;
        }
        boolean aggregate = only.getExpression() instanceof Function f && f.getName() != null
                && AGGREGATES.contains(f.getName().toUpperCase(Locale.ROOT)) && inner.getGroupBy() == null
                && inner.getHaving() == null;
        boolean atMostOne = inner.getTop() != null && "1".equals(String.valueOf(inner.getTop().getExpression()))
                && !inner.getTop().isPercentage() && !inner.getTop().isWithTies()
                || inner.getLimit() != null && "1".equals(String.valueOf(inner.getLimit().getRowCount()))
                && inner.getLimit().getOffset() == null;
        if (!(aggregate || j.isOuter() && atMostOne)) {
            return false;
        }
        String alias = p.getAlias().getName();
        // The applied alias may be read only as a whole select item (x.col); anywhere else it would need the
        // subquery repeated, which this rule does not do.
        Pattern use = Pattern.compile("(?i)(?<![\\w.])" + Pattern.quote(alias) + "\\.");
        for (Object clause : new Object[]{ps.getWhere(), ps.getGroupBy(), ps.getHaving(), ps.getOrderByElements()}) {
            if (clause != null && use.matcher(clause.toString()).find()) {
                return false;
            }
        }
        for (Join other : ps.getJoins()) {
            if (other != j && use.matcher(other.toString()).find()) {
                return false;
            }
        }
        SelectItem<Expression> target = null;
        for (SelectItem<?> item : ps.getSelectItems()) {
            Expression e = item.getExpression();
            if (e instanceof Column c && c.getTable() != null && alias.equalsIgnoreCase(c.getTable().getName())
                    && name.equalsIgnoreCase(c.getColumnName()) && target == null) {
                @SuppressWarnings("unchecked")
                SelectItem<Expression> it = (SelectItem<Expression>) item;
                target = it;
            } else if (use.matcher(String.valueOf(e)).find()) {
                return false;
            }
        }
        p.setAlias(null);
        ps.getJoins().remove(j);
        if (target != null) {
            if (target.getAlias() == null) {
                target.setAlias(new Alias(name));
            }
            target.setExpression(p);
        }
        ctx.emulated("apply", "APPLY");
        return true;
    }
}
