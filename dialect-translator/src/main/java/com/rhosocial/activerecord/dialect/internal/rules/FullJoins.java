package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * {@code A FULL [OUTER] JOIN B ON c} on a target without it (MySQL, MariaDB): the rows of {@code A LEFT JOIN B ON c}
 * plus those of B that match no row of A,
 * {@code A RIGHT JOIN B ON c WHERE NOT EXISTS (SELECT 1 FROM A WHERE c)}, with the query's WHERE on both halves.
 * The halves are a UNION ALL in a derived table that also carries the sort keys, so ORDER BY and paging apply to
 * the whole result. Only a plain query over one FULL JOIN (no GROUP BY, aggregates, DISTINCT or window functions,
 * which would need the combined rows first) is rewritten; other shapes are reported unsupported.
 */
public final class FullJoins {
    private static final Pattern AGGREGATE = Pattern.compile(
            "(?i)\\b(COUNT|SUM|AVG|MIN|MAX|STRING_AGG|ARRAY_AGG|GROUP_CONCAT|BOOL_AND|BOOL_OR|EVERY|TOTAL)\\s*\\(|\\bOVER\\s*\\(");

    private FullJoins() {
    }

    /** The rewritten query, parsed from source-dialect text, or null when {@code ps} needs no rewrite. */
    public static Select rewrite(PlainSelect ps, RenderContext ctx) {
        if (ps.getJoins() == null || ctx.to().supportsFullJoin() || ps.getJoins().stream().noneMatch(Join::isFull)) {
            return null;
        }
        Join j = ps.getJoins().get(0);
        if (ps.getJoins().size() != 1 || !j.isFull() || j.getOnExpressions() == null || j.getOnExpressions().size() != 1
                || ps.getGroupBy() != null || ps.getHaving() != null || ps.getDistinct() != null
                || ps.getWithItemsList() != null || AGGREGATE.matcher(String.valueOf(ps.getSelectItems())).find()
                || ps.getOrderByElements() != null && AGGREGATE.matcher(ps.getOrderByElements().toString()).find()) {
            ctx.unsupported("full-join", "FULL JOIN", ctx.to() + " has no FULL JOIN, and this query shape has no"
                    + " emulation (one FULL JOIN without grouping only)");
            return null;
        }
        List<SelectItem<?>> items = ps.getSelectItems();
        List<String> names = new ArrayList<>();
        Set<String> used = new HashSet<>();
        StringBuilder branchItems = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            Expression e = items.get(i).getExpression();
            if (e instanceof AllColumns) {
                ctx.unsupported("full-join", "FULL JOIN", "FULL JOIN with * has no emulation on " + ctx.to());
                return null;
            }
            String name = items.get(i).getAlias() != null ? RenderContext.unquote(items.get(i).getAlias().getName())
                    : e instanceof Column c ? RenderContext.unquote(c.getColumnName()) : null;
            if (name == null || !used.add(name.toLowerCase(Locale.ROOT))) {
                name = "c" + (i + 1) + "__";
                used.add(name);
            }
            names.add(name);
            branchItems.append(i > 0 ? ", " : "").append(e).append(" AS ").append(name);
        }
        StringBuilder order = new StringBuilder();
        int hidden = 0;
        if (ps.getOrderByElements() != null) {
            for (OrderByElement o : ps.getOrderByElements()) {
                String key = null;
                Expression e = o.getExpression();
                if (e instanceof LongValue v && v.getValue() >= 1 && v.getValue() <= items.size()) {
                    key = names.get((int) v.getValue() - 1);
                } else {
                    for (int i = 0; i < items.size() && key == null; i++) {
                        if (items.get(i).getExpression().toString().equalsIgnoreCase(e.toString())
                                || e instanceof Column c && c.getTable() == null && items.get(i).getAlias() != null
                                && RenderContext.unquote(items.get(i).getAlias().getName())
                                .equalsIgnoreCase(RenderContext.unquote(c.getColumnName()))) {
                            key = names.get(i);
                        }
                    }
                }
                if (key == null) {
                    key = "o" + (++hidden) + "__";
                    branchItems.append(", ").append(e).append(" AS ").append(key);
                }
                order.append(order.length() == 0 ? " ORDER BY " : ", ").append(key)
                        .append(o.isAscDescPresent() ? o.isAsc() ? " ASC" : " DESC" : "")
                        .append(o.getNullOrdering() == null ? "" : o.getNullOrdering() == OrderByElement.NullOrdering.NULLS_FIRST
                                ? " NULLS FIRST" : " NULLS LAST");
            }
        }
        String a = ps.getFromItem().toString();
        String b = j.getRightItem().toString();
        String on = j.getOnExpressions().iterator().next().toString();
        String where = ps.getWhere() == null ? null : ps.getWhere().toString();
        StringBuilder sql = new StringBuilder("SELECT ").append(String.join(", ", names)).append(" FROM (SELECT ")
                .append(branchItems).append(" FROM ").append(a).append(" LEFT JOIN ").append(b).append(" ON ").append(on)
                .append(where == null ? "" : " WHERE " + where)
                .append(" UNION ALL SELECT ").append(branchItems).append(" FROM ").append(a).append(" RIGHT JOIN ")
                .append(b).append(" ON ").append(on).append(" WHERE NOT EXISTS (SELECT 1 FROM ").append(a)
                .append(" WHERE ").append(on).append(")").append(where == null ? "" : " AND (" + where + ")")
                .append(") fj__").append(order);
        if (ps.getLimit() != null) {
            sql.append(' ').append(ps.getLimit());
        }
        if (ps.getOffset() != null) {
            sql.append(' ').append(ps.getOffset());
        }
        if (ps.getFetch() != null) {
            sql.append(' ').append(ps.getFetch());
        }
        try {
            Statement st = CCJSqlParserUtil.newParser(sql.toString())
                    .withSquareBracketQuotation(ctx.from().squareBracketQuotes()).Statement();
            if (!(st instanceof Select s)) {
                return null;
            }
            ctx.emulated("full-join", "FULL JOIN as LEFT JOIN UNION ALL unmatched right rows");
            return s;
        } catch (Exception e) {
            ctx.unsupported("full-join", "FULL JOIN", "FULL JOIN emulation could not be built: " + e.getMessage());
            return null;
        }
    }
}
