package com.rhosocial.activerecord.dialect.internal.spec;

import java.util.Map;
import net.sf.jsqlparser.expression.StringValue;

/**
 * T-SQL {@code PATINDEX(pattern, s)}: the 1-based start of the first match of a LIKE pattern ({@code %}, {@code _},
 * {@code [a-z]}, {@code [^0-9]}), 0 when none, NULL for a NULL string. The canonical call keeps the LIKE pattern
 * (a literal) and a case-insensitivity flag; each target turns it into its own search: a regular expression where
 * the target has {@code REGEXP_INSTR}, a GLOB tried at each position on SQLite.
 */
final class PatIndex {
    static final String NAME = "PATINDEX";

    private PatIndex() {
    }

    /** Reads PATINDEX with a literal pattern; a computed pattern stays as written. */
    static FunctionReader reader(boolean caseInsensitive) {
        return (n, a) -> a.size() == 2 && a.get(0) instanceof StringValue
                ? new Call(NAME, java.util.List.of(a.get(1), a.get(0)), caseInsensitive ? "CI" : "CS") : null;
    }

    /** PostgreSQL 15: {@code REGEXP_INSTR} with the {@code i} flag for a case-insensitive source. */
    static void postgres(Map<String, FunctionWriter> w) {
        w.put(NAME, (c, o) -> o.text("REGEXP_INSTR(").expr(c.arg(0)).text(", '" + regex(pattern(c)) + "', 1, 1, 0, '"
                + ("CI".equals(c.unit()) ? "i" : "c") + "')"));
    }

    /** MariaDB: {@code REGEXP_INSTR} (PCRE), case chosen with an inline flag instead of the collation. */
    static void mariadb(Map<String, FunctionWriter> w) {
        w.put(NAME, (c, o) -> o.text("REGEXP_INSTR(").expr(c.arg(0)).text(", '" + ("CI".equals(c.unit()) ? "(?i)" : "(?-i)")
                + regex(pattern(c)) + "')"));
    }

    /** SQLite: the first position whose rest of the string GLOB-matches the pattern (no regular expressions there). */
    static void sqlite(Map<String, FunctionWriter> w) {
        w.put(NAME, (c, o) -> {
            String p = pattern(c);
            boolean ci = "CI".equals(c.unit());
            String s = o.capture(c.arg(0));
            String rest = "SUBSTR(" + s + ", ar_p.ar_i)";
            String glob = "'" + glob(p).replace("'", "''") + "'";
            o.text("(CASE WHEN " + s + " IS NULL THEN NULL ELSE (WITH RECURSIVE ar_p(ar_i) AS (SELECT 1 UNION ALL SELECT "
                    + "ar_p.ar_i + 1 FROM ar_p WHERE ar_p.ar_i < LENGTH(" + s + ")) SELECT COALESCE(MIN(ar_p.ar_i), 0) FROM ar_p WHERE "
                    + (p.startsWith("%") ? "" : "ar_p.ar_i = 1 AND ")
                    + (ci ? "LOWER(" + rest + ") GLOB LOWER(" + glob + ")" : rest + " GLOB " + glob) + ") END)");
        });
    }

    private static String pattern(Call c) {
        return ((StringValue) c.arg(1)).getValue();
    }

    /** The search for the pattern's first match: no leading {@code %} anchors at the start, none trailing at the end. */
    static String regex(String like) {
        boolean start = !like.startsWith("%");
        boolean end = !like.endsWith("%");
        String core = trim(like);
        StringBuilder sb = new StringBuilder(start ? "^" : "");
        for (int i = 0; i < core.length(); i++) {
            char ch = core.charAt(i);
            int close = ch == '[' ? core.indexOf(']', i + 2) : -1;
            if (close > 0) {
                sb.append(core, i, close + 1);
                i = close;
            } else if (ch == '%') {
                sb.append(".*");
            } else if (ch == '_') {
                sb.append('.');
            } else if (".^$|()*+?{}\\[]".indexOf(ch) >= 0) {
                // a one-character class needs no backslash (which MariaDB string literals would eat)
                sb.append(ch == '^' ? "\\^" : ch == '\\' ? "[\\\\]" : "[" + ch + "]");
            } else {
                sb.append(ch == '\'' ? "''" : String.valueOf(ch));
            }
        }
        return sb.append(end ? "$" : "").toString();
    }

    /** The GLOB tried at each position: the pattern without its leading {@code %}s, open-ended unless anchored. */
    static String glob(String like) {
        String core = like.startsWith("%") ? like.replaceFirst("^%+", "") : like;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < core.length(); i++) {
            char ch = core.charAt(i);
            int close = ch == '[' ? core.indexOf(']', i + 2) : -1;
            if (close > 0) {
                sb.append(core, i, close + 1);
                i = close;
            } else if (ch == '%') {
                sb.append('*');
            } else if (ch == '_') {
                sb.append('?');
            } else if (ch == '*' || ch == '?') {
                sb.append('[').append(ch).append(']');
            } else {
                sb.append(ch);
            }
        }
        // GLOB matches the whole rest of the string: a pattern without a trailing % must reach the end
        return sb.toString();
    }

    private static String trim(String like) {
        int a = 0;
        int b = like.length();
        while (a < b && like.charAt(a) == '%') {
            a++;
        }
        while (b > a && like.charAt(b - 1) == '%') {
            b--;
        }
        return like.substring(a, b);
    }
}
