package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.KeepExpression;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * Oracle's {@code agg(x) KEEP (DENSE_RANK FIRST|LAST ORDER BY k) [OVER (PARTITION BY p)]}: the aggregate over only
 * the rows of the group (or partition) that rank first or last by {@code k}. On a target without KEEP the FROM item
 * becomes a derived table of the same name that filters with the query's WHERE and carries, per KEEP, the extreme
 * {@code k} of the group ({@code MIN} or {@code MAX} OVER (PARTITION BY the GROUP BY keys or p)) and, when NULLs
 * sort at that end, the group's count of NULL keys; the aggregate then reads
 * {@code agg(CASE WHEN <k ranks there> THEN x END)}. Oracle sorts NULL as the largest value (last ascending,
 * first descending) unless NULLS FIRST / LAST says otherwise: where NULLs come first, a group with a NULL key keeps
 * exactly its NULL-key rows; a group whose keys are all NULL keeps all rows. One sort key, one FROM item without
 * joins; other shapes are reported unsupported.
 */
public final class KeepAggregates {
    private KeepAggregates() {
    }

    /** Rewrites {@code ps} in place; false (and nothing changed) when it has no KEEP or the target has KEEP. */
    public static boolean apply(PlainSelect ps, RenderContext ctx) {
        if (ctx.to().supportsKeepDenseRank() || !ctx.sourceMayContain("KEEP") || ps.getSelectItems() == null) {
            return false;
        }
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < ps.getSelectItems().size(); i++) {
            if (keep(ps.getSelectItems().get(i).getExpression()) != null) {
                positions.add(i);
            }
        }
        if (positions.isEmpty()) {
            return false;
        }
        FromItem from = ps.getFromItem();
        String ref = from == null ? null : from.getAlias() != null ? from.getAlias().getName()
                : from instanceof Table t ? t.getName() : null;
        if (ref == null || ps.getJoins() != null && !ps.getJoins().isEmpty()
                || ps.getHaving() != null && keepIn(ps.getHaving().toString())
                || ps.getOrderByElements() != null && keepIn(ps.getOrderByElements().toString())
                || ps.getGroupBy() != null && (ps.getGroupBy().getGroupingSets() != null
                && !ps.getGroupBy().getGroupingSets().isEmpty() || ps.getGroupBy().toString().toUpperCase().contains("ROLLUP")
                || ps.getGroupBy().toString().toUpperCase().contains("CUBE"))) {
            ctx.unsupported("keep", "KEEP", "KEEP (DENSE_RANK ...) is emulated for one FROM item without joins, in the select list");
            return false;
        }
        String groupKeys = ps.getGroupBy() == null ? "" : ps.getGroupBy().getGroupByExpressionList().toString();
        StringBuilder windows = new StringBuilder();
        for (int n = 0; n < positions.size(); n++) {
            SelectItem<?> item = ps.getSelectItems().get(positions.get(n));
            Expression e = item.getExpression();
            KeepExpression keep = keep(e);
            if (!"DENSE_RANK".equalsIgnoreCase(keep.getName()) || keep.getOrderByElements() == null
                    || keep.getOrderByElements().size() != 1) {
                ctx.unsupported("keep", "KEEP", "KEEP is emulated for DENSE_RANK with one sort key");
                return false;
            }
            OrderByElement o = keep.getOrderByElements().get(0);
            String k = o.getExpression().toString();
            boolean asc = o.isAsc();
            boolean nullsFirst = o.getNullOrdering() == OrderByElement.NullOrdering.NULLS_FIRST
                    || o.getNullOrdering() == null && !asc;
            boolean first = keep.isFirst();
            boolean nullsThere = first == nullsFirst;
            String partition;
            String name;
            boolean distinct;
            String arg;
            String over;
            if (e instanceof AnalyticExpression ae) {
                if (ps.getGroupBy() != null || ae.getOrderByElements() != null || ae.getWindowElement() != null) {
                    ctx.unsupported("keep", "KEEP", "KEEP ... OVER is emulated with PARTITION BY only, outside GROUP BY");
                    return false;
                }
                partition = ae.getPartitionExpressionList() == null ? "" : ae.getPartitionExpressionList().toString();
                name = ae.getName();
                distinct = ae.isDistinct();
                arg = ae.isAllColumns() || ae.getExpression() == null
                        || ae.getExpression() instanceof net.sf.jsqlparser.statement.select.AllColumns
                        ? "1" : ae.getExpression().toString();
                over = " OVER (" + (partition.isBlank() ? "" : "PARTITION BY " + partition) + ")";
            } else {
                Function f = (Function) e;
                partition = groupKeys;
                name = f.getName();
                distinct = f.isDistinct();
                if (!f.isAllColumns() && (f.getParameters() == null || f.getParameters().size() != 1)) {
                    ctx.unsupported("keep", "KEEP", "KEEP is emulated for one-argument aggregates");
                    return false;
                }
                // COUNT(*) counts the kept rows: CASE ... THEN 1 END
                arg = f.isAllColumns() || f.getParameters().get(0) instanceof net.sf.jsqlparser.statement.select.AllColumns
                        ? "1" : f.getParameters().get(0).toString();
                over = "";
            }
            String by = " OVER (" + (partition.isBlank() ? "" : "PARTITION BY " + partition) + ")";
            String extreme = "kx" + (n + 1) + "__";
            String nulls = "kn" + (n + 1) + "__";
            windows.append(", ").append(first == asc ? "MIN(" : "MAX(").append(k).append(")").append(by)
                    .append(" AS ").append(extreme);
            String ranks;
            if (nullsThere) {
                windows.append(", COUNT(*)").append(by).append(" - COUNT(").append(k).append(")").append(by)
                        .append(" AS ").append(nulls);
                ranks = "(" + nulls + " > 0 AND " + k + " IS NULL OR " + nulls + " = 0 AND " + k + " = " + extreme + ")";
            } else {
                ranks = "(" + k + " = " + extreme + " OR " + extreme + " IS NULL)";
            }
            String replacement = name + "(" + (distinct ? "DISTINCT " : "") + "CASE WHEN " + ranks + " THEN " + arg
                    + " END)" + over;
            try {
                SelectItem<Expression> rewritten = new SelectItem<>(CCJSqlParserUtil.parseExpression(replacement));
                rewritten.setAlias(item.getAlias());
                ps.getSelectItems().set(positions.get(n), rewritten);
            } catch (Exception ex) {
                ctx.unsupported("keep", "KEEP", "KEEP emulation did not parse: " + ex.getMessage());
                return false;
            }
        }
        String derived = "SELECT * FROM (SELECT " + ref + ".*" + windows + " FROM " + from
                + (ps.getWhere() == null ? "" : " WHERE " + ps.getWhere()) + ") " + ref;
        try {
            PlainSelect p = (PlainSelect) CCJSqlParserUtil.parse(derived);
            ps.setFromItem((ParenthesedSelect) p.getFromItem());
            ps.setWhere(null);
        } catch (Exception ex) {
            ctx.unsupported("keep", "KEEP", "KEEP emulation did not parse: " + ex.getMessage());
            return false;
        }
        ctx.emulated("keep", "KEEP (DENSE_RANK ...) as an aggregate over the rows holding the group's extreme key");
        return true;
    }

    private static KeepExpression keep(Expression e) {
        return e instanceof Function f ? f.getKeep() : e instanceof AnalyticExpression a ? a.getKeep() : null;
    }

    private static boolean keepIn(String text) {
        return text.toUpperCase().contains(" KEEP ");
    }
}
