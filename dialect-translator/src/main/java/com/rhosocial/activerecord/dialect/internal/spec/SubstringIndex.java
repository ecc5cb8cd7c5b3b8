package com.rhosocial.activerecord.dialect.internal.spec;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;

/**
 * Writers of MySQL's {@code SUBSTRING_INDEX(s, delim, n)}: the text before the n-th delimiter (n > 0) or after the
 * n-th from the end (n < 0), the whole string when there are fewer.
 */
final class SubstringIndex {
    private SubstringIndex() {
    }

    private static Long count(Expression e) {
        if (e instanceof LongValue v) {
            return v.getValue();
        }
        if (e instanceof SignedExpression s && s.getSign() == '-' && s.getExpression() instanceof LongValue v) {
            return -v.getValue();
        }
        return null;
    }

    /** PostgreSQL: SPLIT_PART for the first / last part (negative positions since 14), else array slices. */
    static void postgres(Call c, Out o) {
        Long n = count(c.arg(2));
        if (n != null && (n == 1 || n == -1)) {
            o.text("SPLIT_PART(").expr(c.arg(0)).text(", ").expr(c.arg(1)).text(n == 1 ? ", 1)" : ", -1)");
            return;
        }
        String arr = "STRING_TO_ARRAY(" + o.capture(c.arg(0)) + ", " + o.capture(c.arg(1)) + ")";
        String d = o.capture(c.arg(1));
        String k = o.capture(c.arg(2));
        String head = "ARRAY_TO_STRING((" + arr + ")[1:" + k + "], " + d + ")";
        String tail = "ARRAY_TO_STRING((" + arr + ")[GREATEST(CARDINALITY(" + arr + ") + " + k + " + 1, 1):], " + d
                + ")";
        if (n != null) {
            o.text(n == 0 ? "''" : n > 0 ? head : tail);
        } else {
            o.text("CASE WHEN " + k + " > 0 THEN " + head + " WHEN " + k + " < 0 THEN " + tail + " ELSE '' END");
        }
    }

    /** SQLite: the first part through INSTR, the last one (one-character delimiter) through RTRIM. */
    static void sqlite(Call c, Out o) {
        Long n = count(c.arg(2));
        String s = o.capture(c.arg(0));
        String d = o.capture(c.arg(1));
        if (n != null && n == 1) {
            o.text("CASE WHEN INSTR(" + s + ", " + d + ") > 0 THEN SUBSTR(" + s + ", 1, INSTR(" + s + ", " + d
                    + ") - 1) ELSE " + s + " END");
            return;
        }
        if (n != null && n == -1 && c.arg(1) instanceof StringValue sv && sv.getValue().length() == 1) {
            // RTRIM strips the trailing characters other than the delimiter: what is left ends at its last one.
            o.text("SUBSTR(" + s + ", LENGTH(RTRIM(" + s + ", REPLACE(" + s + ", " + d + ", ''))) + 1)");
            return;
        }
        o.ctx().unsupported("function", "SUBSTRING_INDEX", "SQLite has no SUBSTRING_INDEX beyond the first part or"
                + " the last part after a one-character delimiter");
        o.text("NULL");
    }
}
