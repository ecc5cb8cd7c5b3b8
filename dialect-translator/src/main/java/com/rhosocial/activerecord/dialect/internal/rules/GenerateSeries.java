package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.IntervalExpression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.TableFunction;

/**
 * PostgreSQL {@code generate_series(start, stop[, step])} in FROM on a target without it: a recursive CTE in a
 * derived table of the same name and column,
 * {@code (WITH RECURSIVE gs__(g) AS (SELECT start UNION ALL SELECT g + step FROM gs__ WHERE g + step <= stop)
 * SELECT g FROM gs__) AS g}. Numbers and timestamps (with an interval step) are both covered; the step's sign picks
 * the comparison, a step of unknown sign compares both ways. The derived table is written in source SQL and
 * rendered by the normal rules, so the interval arithmetic is translated like any other.
 */
public final class GenerateSeries {
    private GenerateSeries() {
    }

    /** The replacement of {@code fi}, or {@code fi} itself when it is no generate_series call or the target has one. */
    public static FromItem apply(FromItem fi, RenderContext ctx) {
        if (!(fi instanceof TableFunction tf) || tf.getFunction() == null || tf.getFunction().getName() == null
                || !tf.getFunction().getName().equalsIgnoreCase("generate_series") || ctx.to().supportsGenerateSeries()) {
            return fi;
        }
        List<Expression> a = tf.getFunction().getParameters() == null ? List.of()
                : List.copyOf(tf.getFunction().getParameters());
        if (a.size() < 2 || a.size() > 3) {
            ctx.unsupported("generate-series", "generate_series", "generate_series with " + a.size() + " arguments");
            return fi;
        }
        Alias alias = tf.getAlias();
        String name = alias == null ? "generate_series" : alias.getName();
        String column = alias != null && alias.getAliasColumns() != null && alias.getAliasColumns().size() == 1
                ? alias.getAliasColumns().get(0).name : name;
        Expression step = a.size() == 3 ? a.get(2) : new LongValue(1);
        boolean temporal = step instanceof IntervalExpression;
        String start = temporal ? "CAST(" + a.get(0) + " AS TIMESTAMP)" : a.get(0).toString();
        String stop = temporal ? "CAST(" + a.get(1) + " AS TIMESTAMP)" : a.get(1).toString();
        String next = column + " + " + step;
        String cond;
        if (step instanceof LongValue || temporal && !step.toString().contains("-")) {
            cond = next + " <= " + stop;
        } else if (step instanceof SignedExpression s && s.getSign() == '-' && s.getExpression() instanceof LongValue
                || temporal) {
            cond = next + " >= " + stop;
        } else {
            cond = "(" + step + " > 0 AND " + next + " <= " + stop + " OR " + step + " < 0 AND " + next + " >= " + stop + ")";
        }
        String sql = "SELECT * FROM (WITH RECURSIVE gs__(" + column + ") AS (SELECT " + start + " UNION ALL SELECT " + next
                + " FROM gs__ WHERE " + cond + ") SELECT " + column + " FROM gs__) AS " + name;
        try {
            Statement st = CCJSqlParserUtil.newParser(sql).Statement();
            if (st instanceof net.sf.jsqlparser.statement.select.PlainSelect ps
                    && ps.getFromItem() instanceof ParenthesedSelect p) {
                ctx.emulated("generate-series", "generate_series as a recursive CTE");
                return p;
            }
        } catch (Exception e) {
            // falls through to unsupported
        }
        ctx.unsupported("generate-series", "generate_series", "generate_series(" + String.join(", ",
                a.stream().map(Object::toString).toList()).toLowerCase(Locale.ROOT) + ") has no emulation on " + ctx.to());
        return fi;
    }
}
