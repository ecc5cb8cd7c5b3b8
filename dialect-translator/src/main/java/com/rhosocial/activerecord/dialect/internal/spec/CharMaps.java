package com.rhosocial.activerecord.dialect.internal.spec;

import java.util.Map;
import java.util.function.BiFunction;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.StringValue;

/**
 * Character-by-character string functions ({@code INITCAP}, {@code TRANSLATE}) for targets that lack them: the
 * string is walked one position at a time (MariaDB's sequence table, SQLite's recursive CTE, both allowed to read
 * the outer row there) and each character is mapped by a CASE, then the pieces are joined back in order.
 */
final class CharMaps {

    private CharMaps() {
    }

    /** Builds the per-character CASE from the text of the current character and of the one before it. */
    private interface CharCase extends BiFunction<String, String, String> {
    }

    /** MariaDB 10.11: the {@code seq_1_to_N} tables of the built-in Sequence engine number the positions. */
    static void mariadb(Map<String, FunctionWriter> w) {
        w.put("INITCAP", (call, out) -> walkMariadb(call.arg(0), out, (c, prev) ->
                "CASE WHEN ar_k.seq = 1 OR " + prev + " NOT REGEXP '[[:alnum:]]' THEN UPPER(" + c + ") ELSE LOWER("
                        + c + ") END"));
        w.put("TRANSLATE", (call, out) -> {
            String map = translateCase(call, out, "BINARY ");
            if ("NULL".equals(map)) {
                out.text("NULL");
            } else if (map != null) {
                walkMariadb(call.arg(0), out, (c, prev) -> map.replace("{c}", c));
            }
        });
    }

    /** SQLite: a recursive CTE numbers the positions and appends the mapped characters. */
    static void sqlite(Map<String, FunctionWriter> w) {
        w.put("INITCAP", (call, out) -> walkSqlite(call.arg(0), out, (c, prev) ->
                "CASE WHEN ar_cm.ar_i = 1 OR " + prev + " NOT GLOB '[A-Za-z0-9]' THEN UPPER(" + c + ") ELSE LOWER(" + c
                        + ") END"));
        w.put("TRANSLATE", (call, out) -> {
            String map = translateCase(call, out, "");
            if ("NULL".equals(map)) {
                out.text("NULL");
            } else if (map != null) {
                walkSqlite(call.arg(0), out, (c, prev) -> map.replace("{c}", c));
            }
        });
    }

    private static void walkMariadb(Expression arg, Out out, CharCase charCase) {
        String s = out.capture(arg);
        String c = "SUBSTRING(" + s + ", ar_k.seq, 1)";
        String prev = "SUBSTRING(" + s + ", ar_k.seq - 1, 1)";
        out.text("(SELECT GROUP_CONCAT(" + charCase.apply(c, prev) + " ORDER BY ar_k.seq SEPARATOR '') FROM "
                + "seq_1_to_32000 ar_k WHERE ar_k.seq <= CHAR_LENGTH(" + s + "))");
    }

    /** SQLite's walk, for other writers of this package. */
    static void walk(Expression arg, Out out, BiFunction<String, String, String> charCase) {
        walkSqlite(arg, out, charCase::apply);
    }

    private static void walkSqlite(Expression arg, Out out, CharCase charCase) {
        String s = out.capture(arg);
        String c = "SUBSTR(" + s + ", ar_cm.ar_i, 1)";
        String prev = "SUBSTR(" + s + ", ar_cm.ar_i - 1, 1)";
        out.text("(WITH RECURSIVE ar_cm(ar_i, ar_r) AS (SELECT 1, '' UNION ALL SELECT ar_cm.ar_i + 1, ar_cm.ar_r || "
                + charCase.apply(c, prev) + " FROM ar_cm WHERE ar_cm.ar_i <= LENGTH(" + s + ")) SELECT CASE WHEN " + s
                + " IS NULL THEN NULL ELSE ar_r END FROM ar_cm ORDER BY ar_i DESC LIMIT 1)");
    }

    /**
     * {@code CASE <c> WHEN 'a' THEN 'x' ... ELSE <c> END} for literal from/to lists ({@code {c}} stands for the
     * character); characters of the from list past the end of the to list are removed, the first mapping of a
     * repeated character wins. Null (and reported unsupported) when the lists are not literals.
     */
    private static String translateCase(Call call, Out out, String binary) {
        if (call.arity() != 3 || !(call.arg(1) instanceof StringValue from) || !(call.arg(2) instanceof StringValue to)) {
            out.ctx().unsupported("translate", "TRANSLATE",
                    out.ctx().to().dialect() + " has no TRANSLATE; only literal character lists can be emulated");
            return null;
        }
        String f = from.getValue();
        String t = to.getValue();
        if (f.isEmpty() || t.isEmpty() && out.ctx().from().emptyStringIsNull()) {
            return "NULL";
        }
        StringBuilder sb = new StringBuilder("CASE ").append(binary).append("{c}");
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; i < f.length(); ) {
            int cp = f.codePointAt(i);
            int n = Character.charCount(cp);
            if (seen.add(cp)) {
                int idx = f.codePointCount(0, i);
                String repl = idx < t.codePointCount(0, t.length())
                        ? new String(Character.toChars(t.codePointAt(t.offsetByCodePoints(0, idx)))) : "";
                sb.append(" WHEN '").append(new String(Character.toChars(cp)).replace("'", "''")).append("' THEN '")
                        .append(repl.replace("'", "''")).append('\'');
            }
            i += n;
        }
        return sb.append(" ELSE {c} END").toString();
    }
}
