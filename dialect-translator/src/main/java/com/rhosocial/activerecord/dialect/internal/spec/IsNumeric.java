package com.rhosocial.activerecord.dialect.internal.spec;

import java.util.Map;

/**
 * T-SQL {@code ISNUMERIC(x)}: 1 when the text converts to one of SQL Server's numeric types, else 0 (also for NULL).
 * The documented rules, as far as the targets can follow them: blanks around, an optional {@code $}, an optional
 * sign, digits with thousands commas, a decimal point, an exponent ({@code e} or {@code d}); and, as T-SQL does, a
 * lone sign, {@code $} or point counts as numeric. Other currency symbols, tabs and the limits of each numeric type
 * are not checked, so every writer warns that the result is an approximation (outcome EMULATED).
 */
final class IsNumeric {
    static final String NAME = "ISNUMERIC";

    /** The whole text: blanks, currency, sign, then a mantissa with an optional exponent, or nothing at all. */
    static final String REGEX = "^[[:space:]]*[$]?[[:space:]]*[-+]?[[:space:]]*([0-9][0-9,]*([.][0-9]*)?([eEdD][-+]?[0-9]+)?"
            + "|[.][0-9]+([eEdD][-+]?[0-9]+)?|[.]?)[[:space:]]*$";

    private IsNumeric() {
    }

    private static void approximation(Out o) {
        o.ctx().emulated("isnumeric", "ISNUMERIC");
        o.ctx().warn("isnumeric", "ISNUMERIC", "ISNUMERIC approximated by a pattern on " + o.ctx().to().dialect()
                + ": currency symbols other than $ and the ranges of the numeric types are not checked");
    }

    /** PostgreSQL: a POSIX regular expression on the text form (a number argument is cast). */
    static void postgres(Map<String, FunctionWriter> w) {
        w.put(NAME, (c, o) -> {
            approximation(o);
            String x = "CAST(" + o.capture(c.arg(0)) + " AS TEXT)";
            o.text("CASE WHEN " + x + " ~ '" + REGEX + "' AND " + x + " ~ '[-+$.0-9]' THEN 1 ELSE 0 END");
        });
    }

    /** MariaDB: the same expression with REGEXP (PCRE understands the POSIX classes; no backslash needed). */
    static void mariadb(Map<String, FunctionWriter> w) {
        w.put(NAME, (c, o) -> {
            approximation(o);
            String x = o.capture(c.arg(0));
            o.text("CASE WHEN " + x + " REGEXP '" + REGEX + "' AND " + x + " REGEXP '[-+$.0-9]' THEN 1 ELSE 0 END");
        });
    }

    /**
     * SQLite (no regular expressions): after blanks and a leading {@code $} and sign, only digits with at most one
     * point; exponents and thousands commas are not recognised there.
     */
    static void sqlite(Map<String, FunctionWriter> w) {
        w.put(NAME, (c, o) -> {
            approximation(o);
            o.ctx().warn("isnumeric", "ISNUMERIC", "ISNUMERIC on SQLite does not recognise exponents or thousands commas");
            String t = "TRIM(" + o.capture(c.arg(0)) + ")";
            String body = "LTRIM(" + t + ", '$+-')";
            o.text("CASE WHEN " + t + " IS NULL OR " + t + " = '' OR " + body + " GLOB '*[^0-9.]*' OR " + body
                    + " GLOB '*.*.*' OR LENGTH(" + t + ") - LENGTH(" + body + ") > 2 THEN 0 ELSE 1 END");
        });
    }
}
