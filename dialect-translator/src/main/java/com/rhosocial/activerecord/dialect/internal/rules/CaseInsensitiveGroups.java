package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.CollateExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.MySQLGroupConcat;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.GroupByElement;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * Grouping under a case-insensitive default collation (MySQL, SQL Server): {@code GROUP BY name} puts 'Bob' and
 * 'bob' in one group, {@code SELECT DISTINCT} returns one of them, MIN/MAX order by letters ignoring case. On a
 * case-sensitive target the text columns of the grouping key (per {@code SchemaInfo}) are grouped through the
 * target's case-insensitive collation ({@code COLLATE NOCASE}) or, without one, through {@code LOWER(col)}; then
 * every other reference to such a column outside an aggregate reads one spelling of the group
 * ({@code DialectSpec.groupRepresentative}).
 * A plain {@code SELECT DISTINCT} of columns becomes the equivalent {@code GROUP BY}.
 */
public final class CaseInsensitiveGroups {
    private static final Set<String> AGGREGATES = Set.of("COUNT", "SUM", "AVG", "MIN", "MAX", "GROUP_CONCAT",
            "STRING_AGG", "ARRAY_AGG", "LISTAGG", "BIT_AND", "BIT_OR", "BIT_XOR", "STD", "STDDEV", "STDDEV_POP",
            "STDDEV_SAMP", "VARIANCE", "VAR_POP", "VAR_SAMP", "JSON_ARRAYAGG", "JSON_OBJECTAGG", "BOOL_AND",
            "BOOL_OR", "EVERY", "TOTAL", "COUNT_BIG", "STDEV", "VAR");

    private CaseInsensitiveGroups() {
    }

    /** True when the pair needs the rewrite at all. */
    static boolean applies(RenderContext ctx) {
        return ctx.preserve() && ctx.from().caseInsensitiveStrings() && !ctx.to().caseInsensitiveStrings();
    }

    /** Rewrites one query block before it is rendered. */
    public static void apply(PlainSelect ps, RenderContext ctx) {
        if (!applies(ctx) || ps.getSelectItems() == null) {
            return;
        }
        distinctToGroupBy(ps, ctx);
        GroupByElement g = ps.getGroupBy();
        if (g == null || g.getGroupByExpressionList() == null || g.getGroupingSets() != null
                && !g.getGroupingSets().isEmpty()) {
            return;
        }
        String collation = ctx.to().caseInsensitiveCollation();
        @SuppressWarnings("unchecked")
        ExpressionList<Expression> keys = (ExpressionList<Expression>) g.getGroupByExpressionList();
        List<Column> grouped = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Expression k = resolve(keys.get(i), ps);
            if (k instanceof Column c && isText(c, ctx)) {
                Column copy = new Column(c.getTable(), c.getColumnName());
                keys.set(i, key(copy, collation));
                grouped.add(c);
            }
        }
        if (grouped.isEmpty()) {
            return;
        }
        ctx.changed();
        if (collation != null) {
            // SQLite returns a value of the group for a bare column: nothing else to do.
            return;
        }
        Marker m = new Marker(grouped, ctx::groupRepresentative);
        for (SelectItem<?> item : ps.getSelectItems()) {
            Expression e = item.getExpression();
            if (e instanceof Column c && item.getAlias() == null && m.matches(c)) {
                // Keep the column's name as the label: callers read the result by name.
                item.setAlias(new Alias(c.getColumnName(), true));
            }
            e.accept(m, null);
        }
        if (ps.getHaving() != null) {
            ps.getHaving().accept(m, null);
        }
        if (ps.getOrderByElements() != null) {
            for (OrderByElement o : ps.getOrderByElements()) {
                if (!(o.getExpression() instanceof LongValue) && !isOutputAlias(o.getExpression(), ps)) {
                    o.getExpression().accept(m, null);
                }
            }
        }
    }

    private static Expression key(Column c, String collation) {
        if (collation != null) {
            return new CollateExpression(c, collation);
        }
        Function lower = new Function();
        lower.setName("LOWER");
        lower.setParameters(new ExpressionList<>(c));
        return lower;
    }

    /** SELECT DISTINCT a, b (plain columns, at least one text) as GROUP BY a, b. */
    private static void distinctToGroupBy(PlainSelect ps, RenderContext ctx) {
        if (ps.getDistinct() == null || ps.getDistinct().getOnSelectItems() != null || ps.getGroupBy() != null
                || ps.getHaving() != null) {
            return;
        }
        boolean text = false;
        for (SelectItem<?> item : ps.getSelectItems()) {
            Expression e = item.getExpression();
            if (e instanceof Column c) {
                if (c.getColumnName().equals("*")) {
                    return;
                }
                text |= isText(c, ctx);
            } else if (!(e instanceof StringValue || e instanceof LongValue || e instanceof NullValue
                    || e instanceof JdbcParameter) && !plainExpression(e)) {
                return;
            }
        }
        if (!text) {
            return;
        }
        GroupByElement g = new GroupByElement();
        List<Column> textItems = new ArrayList<>();
        for (SelectItem<?> item : ps.getSelectItems()) {
            if (item.getExpression() instanceof Column c && isText(c, ctx)) {
                textItems.add(c);
            }
        }
        for (SelectItem<?> item : ps.getSelectItems()) {
            Expression e = item.getExpression();
            if (e instanceof Column c) {
                g.addGroupByExpression(new Column(c.getTable(), c.getColumnName()));
            } else if (!(e instanceof StringValue || e instanceof LongValue || e instanceof NullValue
                    || e instanceof JdbcParameter)) {
                // An expression over a column that is also grouped case-insensitively would read MIN(col) in its
                // GROUP BY copy as well: keep the DISTINCT then.
                boolean[] clash = {false};
                e.accept(new Marker(textItems, c -> clash[0] = true), null);
                if (clash[0]) {
                    return;
                }
                g.addGroupByExpression(e);
            }
        }
        ps.setDistinct(null);
        ps.setGroupByElement(g);
        ctx.changed();
    }

    /** An expression without aggregates, window functions or subqueries (it can be a GROUP BY key). */
    private static boolean plainExpression(Expression e) {
        boolean[] bad = {false};
        e.accept(new ExpressionVisitorAdapter<Void>() {
            @Override
            public <S> Void visit(Function f, S context) {
                if (isAggregate(f)) {
                    bad[0] = true;
                }
                return super.visit(f, context);
            }

            @Override
            public <S> Void visit(AnalyticExpression a, S context) {
                bad[0] = true;
                return null;
            }

            @Override
            public <S> Void visit(MySQLGroupConcat g, S context) {
                bad[0] = true;
                return null;
            }

            @Override
            public <S> Void visit(net.sf.jsqlparser.statement.select.ParenthesedSelect p, S context) {
                bad[0] = true;
                return null;
            }
        }, null);
        return !bad[0];
    }

    /** A GROUP BY position or select alias as the select item's expression; else the key itself. */
    private static Expression resolve(Expression k, PlainSelect ps) {
        if (k instanceof LongValue v) {
            int i = (int) v.getValue() - 1;
            return i >= 0 && i < ps.getSelectItems().size() ? ps.getSelectItems().get(i).getExpression() : k;
        }
        if (k instanceof Column c && c.getTable() == null) {
            for (SelectItem<?> item : ps.getSelectItems()) {
                if (item.getAlias() != null && RenderContext.unquote(item.getAlias().getName())
                        .equalsIgnoreCase(RenderContext.unquote(c.getColumnName()))) {
                    return item.getExpression() instanceof Column ? item.getExpression() : k;
                }
            }
        }
        return k;
    }

    private static boolean isOutputAlias(Expression e, PlainSelect ps) {
        if (!(e instanceof Column c) || c.getTable() != null) {
            return false;
        }
        for (SelectItem<?> item : ps.getSelectItems()) {
            if (item.getAlias() != null && RenderContext.unquote(item.getAlias().getName())
                    .equalsIgnoreCase(RenderContext.unquote(c.getColumnName()))
                    && !(item.getExpression() instanceof Column)) {
                return true;
            }
        }
        return false;
    }

    static boolean isText(Column c, RenderContext ctx) {
        return Typing.of(c, ctx) == Typing.Kind.STRING;
    }

    /** True for a call of an aggregate function (not a window function). */
    static boolean isAggregate(Function f) {
        return f.getName() != null && AGGREGATES.contains(f.getName().toUpperCase(Locale.ROOT));
    }

    /** Finds references to grouped columns outside aggregates and subqueries. */
    static final class Marker extends ExpressionVisitorAdapter<Void> {
        private final List<Column> grouped;
        private final java.util.function.Consumer<Column> found;

        Marker(List<Column> grouped, java.util.function.Consumer<Column> found) {
            this.grouped = grouped;
            this.found = found;
        }

        boolean matches(Column c) {
            String name = RenderContext.unquote(c.getColumnName());
            String q = c.getTable() == null || c.getTable().getName() == null ? null
                    : RenderContext.unquote(c.getTable().getName());
            for (Column g : grouped) {
                String gq = g.getTable() == null || g.getTable().getName() == null ? null
                        : RenderContext.unquote(g.getTable().getName());
                if (RenderContext.unquote(g.getColumnName()).equalsIgnoreCase(name)
                        && (q == null || gq == null || q.equalsIgnoreCase(gq))) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public <S> Void visit(Column c, S context) {
            if (matches(c)) {
                found.accept(c);
            }
            return null;
        }

        @Override
        public <S> Void visit(Function f, S context) {
            if (isAggregate(f)) {
                return null;
            }
            return super.visit(f, context);
        }

        @Override
        public <S> Void visit(MySQLGroupConcat g, S context) {
            return null;
        }

        @Override
        public <S> Void visit(AnalyticExpression a, S context) {
            return super.visit(a, context);
        }
    }
}
