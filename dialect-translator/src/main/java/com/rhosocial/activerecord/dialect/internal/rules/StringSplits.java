package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.List;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.TableFunction;

/**
 * T-SQL {@code STRING_SPLIT(s, sep)} in FROM on a target without it: a derived table of the same name with one
 * column {@code value}, computed by a recursive CTE that cuts the string at each separator. The CTE is written in
 * the source dialect (CONCAT, CHARINDEX, SUBSTRING) and rendered by the normal rules, so each target gets its own
 * position and substring functions. Unlike {@code string_to_array} or a JSON array built by {@code replace()} it is
 * exact for every input, a bound parameter included: an empty string gives one empty row, NULL gives no row, and
 * quotes or control characters in the string need no escaping. The rows come in the string's order, which T-SQL
 * does not promise either (its optional third argument, the ordinal, is not emulated).
 */
public final class StringSplits {
    private StringSplits() {
    }

    /** The replacement of {@code fi}, or {@code fi} itself when it is no STRING_SPLIT call or the target has one. */
    public static FromItem apply(FromItem fi, RenderContext ctx) {
        if (!(fi instanceof TableFunction tf) || tf.getFunction() == null || tf.getFunction().getName() == null
                || !tf.getFunction().getName().equalsIgnoreCase("STRING_SPLIT") || !ctx.from().supportsStringSplit()
                || ctx.to().supportsStringSplit()) {
            // another dialect's STRING_SPLIT is a user function of that name: left as written
            return fi;
        }
        List<Expression> a = tf.getFunction().getParameters() == null ? List.of()
                : List.copyOf(tf.getFunction().getParameters());
        if (a.size() != 2) {
            ctx.unsupported("string-split", "STRING_SPLIT", "STRING_SPLIT with " + a.size()
                    + " arguments (the ordinal column is not emulated)");
            return fi;
        }
        Alias alias = tf.getAlias();
        String name = alias == null ? "string_split" : alias.getName();
        String s = a.get(0).toString();
        String sep = a.get(1).toString();
        // The anchor row's value is as wide as the whole string: MariaDB types a recursive CTE's columns from it.
        String joined = "CONCAT(ss_s, ss_sep)";
        String sql = "SELECT * FROM (WITH ss__(value, ss_rest, ss_sep) AS (SELECT SUBSTRING(" + joined + ", 1, CHARINDEX(ss_sep, "
                + joined + ") - 1), SUBSTRING(" + joined + ", CHARINDEX(ss_sep, " + joined + ") + 1, 2147483647), ss_sep"
                + " FROM (SELECT " + s + " AS ss_s, " + sep + " AS ss_sep) ss_in__ WHERE ss_s IS NOT NULL"
                + " UNION ALL SELECT SUBSTRING(ss_rest, 1, CHARINDEX(ss_sep, ss_rest) - 1), SUBSTRING(ss_rest,"
                + " CHARINDEX(ss_sep, ss_rest) + 1, 2147483647), ss_sep FROM ss__ WHERE CHARINDEX(ss_sep, ss_rest) > 0)"
                + " SELECT value FROM ss__) AS " + name;
        try {
            Statement st = CCJSqlParserUtil.newParser(sql).Statement();
            if (st instanceof PlainSelect ps && ps.getFromItem() instanceof ParenthesedSelect p) {
                ctx.emulated("string-split", "STRING_SPLIT as a recursive CTE");
                return p;
            }
        } catch (Exception e) {
            // falls through to unsupported
        }
        ctx.unsupported("string-split", "STRING_SPLIT", "STRING_SPLIT(" + s + ", " + sep + ") has no emulation on "
                + ctx.to());
        return fi;
    }
}
