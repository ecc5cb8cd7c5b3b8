package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.render.ExpressionRenderer;
import com.rhosocial.activerecord.dialect.internal.spec.DialectSpec;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.AnalyticType;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.MySQLGroupConcat;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.statement.select.OrderByElement;

/**
 * String aggregation in canonical form (value, separator, order, DISTINCT), read from MySQL/SQLite
 * {@code GROUP_CONCAT}, PostgreSQL {@code STRING_AGG(x, sep ORDER BY ...)}, Oracle {@code LISTAGG ... WITHIN GROUP}
 * and T-SQL {@code STRING_AGG ... WITHIN GROUP}, written in the target's form. Default separators differ
 * (',' in MySQL and SQLite, none in LISTAGG) and are made explicit.
 */
final class Aggregates {

    /** One string aggregation. */
    record StringAgg(Expression value, Expression separator, List<OrderByElement> order, boolean distinct) {
    }

    private Aggregates() {
    }

    static boolean stringAggFunction(ExpressionRenderer r, Function f) {
        RenderContext ctx = r.ctx();
        String name = f.getName().toUpperCase(Locale.ROOT);
        List<Expression> args = f.getParameters() == null ? List.of() : new ArrayList<>(f.getParameters());
        if (args.isEmpty()) {
            return false;
        }
        Expression sep;
        Expression value;
        if (name.equals("GROUP_CONCAT")) {
            Expression kw = f.getKeywordArguments() == null ? null : f.getKeywordArgumentValue("SEPARATOR");
            if (kw != null) {
                sep = kw;
                value = concatAll(args);
            } else if (args.size() == 2 && ctx.from().groupConcatTakesSeparator()) {
                sep = args.get(1);
                value = args.get(0);
            } else {
                sep = new StringValue(",");
                value = concatAll(args);
            }
        } else {
            value = args.get(0);
            sep = args.size() > 1 ? args.get(1) : new StringValue(name.equals("LISTAGG") ? "" : ",");
        }
        if (ctx.from().family().equals(ctx.to().family())) {
            return false;
        }
        write(r, new StringAgg(value, sep, f.getOrderByElements(), f.isDistinct()));
        return true;
    }

    private static Expression concatAll(List<Expression> args) {
        if (args.size() == 1) {
            return args.get(0);
        }
        // GROUP_CONCAT(a, b) concatenates a and b per row.
        Function c = new Function();
        c.setName("CONCAT");
        c.setParameters(new net.sf.jsqlparser.expression.operators.relational.ExpressionList<>(args));
        return c;
    }

    static void groupConcat(ExpressionRenderer r, MySQLGroupConcat g) {
        String s = g.getSeparator();
        Expression sep = new StringValue(s == null ? "," : s.startsWith("'") ? s.substring(1, s.length() - 1) : s);
        write(r, new StringAgg(concatAll(new ArrayList<>(g.getExpressionList())), sep, g.getOrderByElements(),
                g.isDistinct()));
    }

    static boolean analytic(ExpressionRenderer r, AnalyticExpression a) {
        String name = a.getName() == null ? "" : a.getName().toUpperCase(Locale.ROOT);
        RenderContext ctx = r.ctx();
        if (a.getType() != AnalyticType.WITHIN_GROUP && !ctx.from().family().equals(ctx.to().family())) {
            return window(r, a, name);
        }
        if (a.getType() != AnalyticType.WITHIN_GROUP || !(name.equals("LISTAGG") || name.equals("STRING_AGG"))
                || r.ctx().from().family().equals(r.ctx().to().family())) {
            return false;
        }
        Expression sep = a.getOffset() != null ? a.getOffset() : new StringValue(name.equals("LISTAGG") ? "" : ",");
        write(r, new StringAgg(a.getExpression(), sep, a.getOrderByElements(), a.isDistinct()));
        return true;
    }

    static void write(ExpressionRenderer r, StringAgg agg) {
        RenderContext ctx = r.ctx();
        DialectSpec to = ctx.to();
        ctx.changed();
        String d = agg.distinct() ? "DISTINCT " : "";
        switch (to.stringAggStyle()) {
            case GROUP_CONCAT_SEPARATOR -> {
                r.text("GROUP_CONCAT(" + d).expr(agg.value());
                order(r, agg.order(), " ORDER BY ");
                r.text(" SEPARATOR ").expr(agg.separator()).text(")");
            }
            case GROUP_CONCAT_ARG -> {
                if (agg.distinct()) {
                    if (!(agg.separator() instanceof StringValue sv && sv.getValue().equals(","))) {
                        ctx.unsupported("string-agg", "DISTINCT", "SQLite GROUP_CONCAT(DISTINCT ...) takes no separator");
                    }
                    r.text("GROUP_CONCAT(DISTINCT ").expr(agg.value());
                    order(r, agg.order(), " ORDER BY ");
                    r.text(")");
                    return;
                }
                r.text("GROUP_CONCAT(").expr(agg.value()).text(", ").expr(agg.separator());
                order(r, agg.order(), " ORDER BY ");
                r.text(")");
            }
            case STRING_AGG_ORDER -> {
                r.text("STRING_AGG(" + d + "CAST(").expr(agg.value()).text(" AS TEXT), ").expr(agg.separator());
                if (agg.distinct() && agg.order() != null && agg.order().size() == 1
                        && agg.order().get(0).getExpression().toString().equals(agg.value().toString())) {
                    // with DISTINCT, PostgreSQL wants the ORDER BY expression to be the aggregated one
                    r.text(" ORDER BY CAST(").expr(agg.value()).text(" AS TEXT)")
                            .text(agg.order().get(0).isAsc() ? "" : " DESC");
                } else {
                    order(r, agg.order(), " ORDER BY ");
                }
                r.text(")");
            }
            case STRING_AGG_WITHIN -> {
                if (agg.distinct()) {
                    ctx.unsupported("string-agg", "DISTINCT", "T-SQL STRING_AGG has no DISTINCT");
                }
                r.text("STRING_AGG(CAST(").expr(agg.value()).text(" AS NVARCHAR(MAX)), ").expr(agg.separator()).text(")");
                if (agg.order() != null && !agg.order().isEmpty()) {
                    order(r, agg.order(), " WITHIN GROUP (ORDER BY ");
                    r.text(")");
                }
            }
            default -> {
                r.text("LISTAGG(" + d).expr(agg.value()).text(", ").expr(agg.separator()).text(")");
                if (agg.order() != null && !agg.order().isEmpty()) {
                    order(r, agg.order(), " WITHIN GROUP (ORDER BY ");
                } else {
                    r.text(" WITHIN GROUP (ORDER BY NULL");
                }
                r.text(")");
            }
        }
    }

    /** Window functions and FILTER: NULL order of the window, LAG/LEAD defaults, FILTER as CASE. */
    private static boolean window(ExpressionRenderer r, AnalyticExpression a, String name) {
        RenderContext ctx = r.ctx();
        if (a.getOrderByElements() != null) {
            a.setOrderByElements(NullOrdering.apply(a.getOrderByElements(), null, ctx));
        }
        if (a.getFilterExpression() != null && !ctx.to().supportsAggregateFilter()) {
            // agg(x) FILTER (WHERE c)  ->  agg(CASE WHEN c THEN x END); COUNT(*) counts the 1s.
            Expression cond = a.getFilterExpression();
            Expression value = a.isAllColumns() || a.getExpression() == null
                    || a.getExpression() instanceof net.sf.jsqlparser.statement.select.AllColumns
                    ? new net.sf.jsqlparser.expression.LongValue(1) : a.getExpression();
            r.text(a.getName()).text(a.isDistinct() ? "(DISTINCT " : "(").text("CASE WHEN ");
            BooleanContext.render(r, cond);
            r.text(" THEN ").expr(value).text(" END)");
            ctx.changed();
            if (a.getType() == AnalyticType.FILTER_ONLY) {
                return true;
            }
            ctx.unsupported("filter", "FILTER", "FILTER combined with OVER");
            return true;
        }
        if (name.equals("RATIO_TO_REPORT") && a.getExpression() != null && a.getType() == AnalyticType.OVER) {
            // Oracle RATIO_TO_REPORT(x) OVER (w) is x / SUM(x) OVER (w), with the source's division rules
            Expression x = a.getExpression();
            a.setName("SUM");
            r.text("(").expr(new net.sf.jsqlparser.expression.operators.arithmetic.Division()
                    .withLeftExpression(x).withRightExpression(a)).text(")");
            ctx.changed();
            return true;
        }
        if ((name.equals("LAG") || name.equals("LEAD")) && a.getDefaultValue() != null
                && !ctx.to().supportsLagDefault()) {
            // The default applies only where the offset row does not exist, not where its value is NULL:
            // CASE WHEN LAG(1, n) OVER w IS NOT NULL THEN LAG(x, n) OVER w ELSE default END (the probe of a constant
            // is NULL exactly where the row is missing; the same window keeps MariaDB's evaluation consistent).
            Expression def = a.getDefaultValue();
            a.setDefaultValue(null);
            AnalyticExpression probe = sameWindow(a, name, false);
            probe.setAllColumns(false);
            probe.setExpression(new net.sf.jsqlparser.expression.LongValue(1));
            probe.setOffset(a.getOffset());
            r.text("CASE WHEN ");
            r.plainAnalytic(probe);
            r.text(" IS NOT NULL THEN ");
            r.plainAnalytic(a);
            r.text(" ELSE ").expr(def).text(" END");
            ctx.changed();
            return true;
        }
        return false;
    }

    /** ROW_NUMBER() or COUNT(*) over the window of {@code a}: its partition alone for COUNT, with its order otherwise. */
    private static AnalyticExpression sameWindow(AnalyticExpression a, String fn, boolean partitionOnly) {
        AnalyticExpression w = new AnalyticExpression();
        w.setName(fn);
        w.setAllColumns(fn.equals("COUNT"));
        w.setType(AnalyticType.OVER);
        if (a.getWindowName() != null) {
            w.setWindowName(a.getWindowName());
            return w;
        }
        if (a.getPartitionExpressionList() != null) {
            @SuppressWarnings("unchecked")
            net.sf.jsqlparser.expression.operators.relational.ExpressionList<Expression> part =
                    (net.sf.jsqlparser.expression.operators.relational.ExpressionList<Expression>) a.getPartitionExpressionList();
            w.setPartitionExpressionList(part, a.isPartitionByBrackets());
        }
        if (!partitionOnly) {
            w.setOrderByElements(a.getOrderByElements());
        }
        return w;
    }

    private static void order(ExpressionRenderer r, List<OrderByElement> order, String lead) {
        if (order == null || order.isEmpty()) {
            return;
        }
        order = NullOrdering.apply(order, null, r.ctx());
        r.text(lead);
        for (int i = 0; i < order.size(); i++) {
            OrderByElement o = order.get(i);
            if (i > 0) {
                r.text(", ");
            }
            r.expr(o.getExpression());
            if (!o.isAsc()) {
                r.text(" DESC");
            }
            if (o.getNullOrdering() != null) {
                r.text(o.getNullOrdering() == OrderByElement.NullOrdering.NULLS_FIRST ? " NULLS FIRST" : " NULLS LAST");
            }
        }
    }
}
