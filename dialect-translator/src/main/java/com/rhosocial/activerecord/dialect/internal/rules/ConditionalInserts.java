package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import com.rhosocial.activerecord.dialect.internal.text.SqlScanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Oracle's multi-table insert, {@code INSERT ALL|FIRST [WHEN c THEN] INTO t [(cols)] [VALUES (...)] ... [ELSE INTO
 * ...] subquery}, on a target without it: one {@code INSERT INTO t (cols) SELECT values FROM (subquery) ia__ WHERE
 * ...} per INTO branch, in the order written. A branch keeps the rows for which its WHEN is true; under FIRST also
 * none of the earlier WHENs, under ELSE none of them. "Not true" is written {@code CASE WHEN c THEN 1 ELSE 0 END = 0}
 * so that a condition that is NULL counts as false, as Oracle has it, on every target. The rewrite works on the
 * pre-passed text, where each placeholder is already numbered, so the copies of the subquery bind the same values.
 * Oracle reads the subquery once before inserting: when it reads a table the statement inserts into, the separate
 * statements would see each other's rows, so that shape is refused. (The unconditional multi-row form with
 * {@code SELECT * FROM DUAL} into one table is already a single multi-row INSERT, see {@link SchemaScripts}.)
 */
public final class ConditionalInserts {
    private static final Pattern HEAD = Pattern.compile("(?is)\\s*INSERT\\s+(ALL|FIRST)\\s+(?=WHEN\\b|INTO\\b)");
    private static final Pattern DUAL = Pattern.compile("(?is)SELECT\\s+(\\*|1|NULL)\\s+FROM\\s+DUAL");
    private static final Pattern INTO = Pattern.compile("(?is)INTO\\s+([\\w$#.\"]+)\\s*(\\([^()]*\\))?\\s*");

    private ConditionalInserts() {
    }

    private record Branch(String condition, String table, String columns, String values) {
    }

    /** The statements replacing a multi-table insert (separated by {@code ;}), or {@code sql} itself. */
    public static String rewrite(String sql, RenderContext ctx) {
        Matcher h = HEAD.matcher(sql);
        if (!h.lookingAt() || ctx.to().supportsMultiTableInsert()) {
            return sql;
        }
        boolean first = h.group(1).equalsIgnoreCase("FIRST");
        List<int[]> words = topLevelWords(sql, h.end());
        List<Branch> branches = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        String condition = null;
        boolean conditional = false;
        boolean inElse = false;
        int k = 0;
        int subquery = -1;
        int lastEnd = -1;
        while (k < words.size()) {
            int[] w = words.get(k);
            String word = sql.substring(w[0], w[1]).toUpperCase(Locale.ROOT);
            if (word.equals("WHEN")) {
                int then = find(words, sql, k + 1, "THEN");
                if (then < 0 || inElse) {
                    return refuse(sql, ctx, "WHEN without THEN");
                }
                condition = sql.substring(w[1], words.get(then)[0]).trim();
                conditions.add(condition);
                conditional = true;
                k = then + 1;
            } else if (word.equals("ELSE")) {
                inElse = true;
                condition = null;
                k++;
            } else if (word.equals("INTO")) {
                Matcher m = INTO.matcher(sql);
                m.region(w[0], sql.length());
                if (!m.lookingAt()) {
                    return refuse(sql, ctx, "INTO branch not understood");
                }
                int end = m.end();
                String values = null;
                int next = k + 1;
                while (next < words.size() && words.get(next)[0] < end) {
                    next++;
                }
                if (next < words.size() && sql.substring(words.get(next)[0], words.get(next)[1]).equalsIgnoreCase("VALUES")) {
                    int open = sql.indexOf('(', words.get(next)[1]);
                    int close = open < 0 ? -1 : closing(sql, open);
                    if (close < 0) {
                        return refuse(sql, ctx, "VALUES list not closed");
                    }
                    values = sql.substring(open + 1, close).trim();
                    end = close + 1;
                    while (next < words.size() && words.get(next)[0] < end) {
                        next++;
                    }
                }
                String when;
                if (inElse) {
                    when = noneOf(conditions);
                } else if (!conditional) {
                    when = null;
                } else if (first) {
                    String earlier = noneOf(conditions.subList(0, conditions.size() - 1));
                    when = earlier == null ? "(" + condition + ")" : "(" + condition + ") AND " + earlier;
                } else {
                    when = "(" + condition + ")";
                }
                branches.add(new Branch(when, m.group(1), m.group(2), values));
                lastEnd = end;
                k = next;
            } else {
                // the subquery, possibly in parentheses, follows the last INTO branch
                subquery = lastEnd;
                break;
            }
        }
        if (branches.isEmpty() || subquery < 0) {
            return refuse(sql, ctx, "no INTO branch or no subquery");
        }
        String query = sql.substring(subquery).trim();
        while (query.endsWith(";")) {
            query = query.substring(0, query.length() - 1).trim();
        }
        String lowered = " " + query.toLowerCase(Locale.ROOT).replaceAll("[^\\w$#]+", " ") + " ";
        for (Branch b : branches) {
            String t = b.table().replace("\"", "").toLowerCase(Locale.ROOT);
            if (lowered.contains(" " + t + " ")) {
                return refuse(sql, ctx, "the subquery reads " + b.table() + ", which the statement inserts into: "
                        + "separate INSERTs would see each other's rows");
            }
        }
        boolean dual = DUAL.matcher(query).matches();
        if (dual) {
            // one row and no columns: each branch inserts its VALUES once (when its WHEN holds)
            query = "SELECT 1 AS one__ FROM DUAL";
        }
        StringBuilder out = new StringBuilder();
        for (Branch b : branches) {
            if (dual && b.condition() == null && b.values() != null) {
                out.append(out.length() > 0 ? ";\n" : "").append("INSERT INTO ").append(b.table())
                        .append(b.columns() == null ? "" : " " + b.columns()).append(" VALUES (").append(b.values()).append(')');
                continue;
            }
            out.append(out.length() > 0 ? ";\n" : "").append("INSERT INTO ").append(b.table())
                    .append(b.columns() == null ? "" : " " + b.columns())
                    .append(" SELECT ").append(b.values() == null ? "*" : b.values())
                    .append(" FROM (").append(query).append(") ia__");
            if (b.condition() != null) {
                out.append(" WHERE ").append(b.condition());
            }
        }
        ctx.emulated("insert-all", "INSERT " + h.group(1));
        if (branches.size() > 1 && !dual) {
            ctx.warn("insert-all", "INSERT", "INSERT " + h.group(1).toUpperCase(Locale.ROOT) + " written as "
                    + branches.size() + " INSERT ... SELECT statements, one per INTO branch: generated keys follow "
                    + "the branches rather than the source rows");
        }
        return out.toString();
    }

    /** {@code CASE WHEN c1 THEN 1 WHEN c2 THEN 1 ELSE 0 END = 0}: none true (NULL counts as not true); null for none. */
    private static String noneOf(List<String> conditions) {
        if (conditions.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder("CASE");
        for (String c : conditions) {
            b.append(" WHEN ").append(c).append(" THEN 1");
        }
        return b.append(" ELSE 0 END = 0").toString();
    }

    private static String refuse(String sql, RenderContext ctx, String why) {
        ctx.unsupported("insert-all", "INSERT", "multi-table INSERT not translated: " + why);
        return sql;
    }

    private static int find(List<int[]> words, String sql, int from, String word) {
        for (int i = from; i < words.size(); i++) {
            if (sql.regionMatches(true, words.get(i)[0], word, 0, word.length())
                    && words.get(i)[1] - words.get(i)[0] == word.length()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The words outside parentheses, string literals, quoted names and CASE ... END (whose WHEN / THEN / ELSE are
     * not the statement's), as [start, end) offsets.
     */
    private static List<int[]> topLevelWords(String s, int from) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        int cases = 0;
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\'') {
                i = SqlScanner.endOfString(s, i, false);
            } else if (c == '"') {
                i = SqlScanner.endOfQuoted(s, i, '"');
            } else if (c == '(') {
                depth++;
                i++;
            } else if (c == ')') {
                depth--;
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < s.length() && SqlScanner.isIdentifierChar(s.charAt(j))) {
                    j++;
                }
                String w = s.substring(i, j).toUpperCase(Locale.ROOT);
                if (depth == 0) {
                    if (w.equals("CASE")) {
                        cases++;
                    } else if (w.equals("END") && cases > 0) {
                        cases--;
                    } else if (cases == 0) {
                        out.add(new int[]{i, j});
                    }
                }
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    private static int closing(String s, int open) {
        int depth = 0;
        for (int k = open; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\'') {
                k = SqlScanner.endOfString(s, k, false) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return k;
            }
        }
        return -1;
    }
}
