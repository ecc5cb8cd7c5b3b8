package com.rhosocial.activerecord.dialect.internal.spec;

import java.util.List;
import java.util.Map;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.StringValue;

/**
 * {@code REGEXP_REPLACE}: Oracle, MySQL and MariaDB replace every match by default, PostgreSQL only the first
 * unless the {@code 'g'} flag is given. Read into {@code REGEXP_REPLACE_ALL} / {@code REGEXP_REPLACE_FIRST}
 * (source, pattern, replacement); other argument forms keep a dialect-specific canonical name that no other
 * dialect writes, so they are reported unsupported rather than changed in meaning. SQLite and SQL Server (before
 * 2025) have no REGEXP_REPLACE.
 */
final class RegexpReplace {
    static final String ALL = "REGEXP_REPLACE_ALL";
    static final String FIRST = "REGEXP_REPLACE_FIRST";
    /** Every match removed (Oracle's omitted or NULL replacement): the writers spell the {@code ''} themselves. */
    static final String REMOVE = "REGEXP_REPLACE_REMOVE";

    private RegexpReplace() {
    }

    /** Oracle: {@code REGEXP_REPLACE(s, p [, r [, position [, occurrence [, flags]]]])}, occurrence 0 = all. */
    static Call readOracle(String name, List<Expression> a) {
        if (a.size() == 2 || a.size() == 3 && (a.get(2) instanceof net.sf.jsqlparser.expression.NullValue
                || a.get(2) instanceof StringValue v && v.getValue().isEmpty())) {
            return new Call(REMOVE, a.subList(0, 2));
        }
        if (a.size() == 3) {
            return new Call(ALL, a);
        }
        if ((a.size() == 4 || a.size() == 5) && isLong(a.get(3), 1)) {
            if (a.size() == 4 || isLong(a.get(4), 0)) {
                return new Call(ALL, a.subList(0, 3));
            }
            if (isLong(a.get(4), 1)) {
                return new Call(FIRST, a.subList(0, 3));
            }
        }
        return new Call("REGEXP_REPLACE_ORACLE", a);
    }

    /** MySQL / MariaDB: {@code REGEXP_REPLACE(s, p, r)} replaces every match. */
    static Call readMysql(String name, List<Expression> a) {
        return a.size() == 3 ? new Call(ALL, a) : new Call("REGEXP_REPLACE_MYSQL", a);
    }

    /** PostgreSQL: first match only, every match with the {@code 'g'} flag. */
    static Call readPostgres(String name, List<Expression> a) {
        if (a.size() == 3) {
            return new Call(FIRST, a);
        }
        if (a.size() == 4 && a.get(3) instanceof StringValue f && f.getValue().equals("g")) {
            return new Call(ALL, a.subList(0, 3));
        }
        return new Call("REGEXP_REPLACE_POSTGRESQL", a);
    }

    /** Every dialect: not writable unless the dialect registers its own form. */
    static void writeNone(Map<String, FunctionWriter> w) {
        for (String n : List.of(ALL, FIRST, REMOVE)) {
            w.put(n, (call, out) -> out.ctx().unsupported("regexp-replace", "REGEXP_REPLACE",
                    out.ctx().to().dialect() + " has no REGEXP_REPLACE" + (n.equals(FIRST) ? " of the first match" : "")));
        }
    }

    static void writeOracle(Map<String, FunctionWriter> w) {
        w.put(ALL, FunctionWriter.template("REGEXP_REPLACE({0}, {1}, {2})"));
        w.put(FIRST, FunctionWriter.template("REGEXP_REPLACE({0}, {1}, {2}, 1, 1)"));
        w.put(REMOVE, FunctionWriter.template("REGEXP_REPLACE({0}, {1})"));
    }

    static void writeMysql(Map<String, FunctionWriter> w) {
        // MariaDB has no occurrence argument: only the replace-all form is written.
        w.put(ALL, (c, o) -> o.text("REGEXP_REPLACE(").expr(c.arg(0)).text(", ").text(caseSensitive(c.arg(1), o))
                .text(", ").expr(c.arg(2)).text(")"));
        w.put(REMOVE, (c, o) -> o.text("REGEXP_REPLACE(").expr(c.arg(0)).text(", ").text(caseSensitive(c.arg(1), o))
                .text(", '')"));
    }

    /** The pattern, made case-sensitive for a case-sensitive source (MariaDB matches by the collation otherwise). */
    static String caseSensitive(Expression pattern, Out o) {
        String p = o.capture(pattern);
        return o.ctx().from().caseInsensitiveStrings() ? p : "CONCAT('(?-i)', " + p + ")";
    }

    /**
     * SQLite (no regular expressions): replacing every match of a one-character pattern ({@code [0-9]},
     * {@code [^a-z]}, a plain character) with a literal is done character by character with GLOB.
     */
    static void writeSqlite(Map<String, FunctionWriter> w) {
        for (String n : List.of(ALL, REMOVE)) {
            FunctionWriter none = w.get(n);
            w.put(n, (c, o) -> {
                String found = c.arg(1) instanceof StringValue p ? oneCharGlob(p.getValue()) : null;
                String glob = found;
                Expression repl = n.equals(REMOVE) ? new StringValue("") : c.arg(2);
                if (glob != null && o.ctx().from().caseInsensitiveStrings() && glob.matches(".*[A-Za-z].*")) {
                    // a case-insensitive source (MySQL's collation) would match both cases; GLOB does not
                    glob = null;
                }
                String g = glob;
                if (g == null || !(repl instanceof StringValue rv) || rv.getValue().contains("\\")) {
                    none.write(c, o);
                    return;
                }
                String r = "'" + rv.getValue().replace("'", "''") + "'";
                CharMaps.walk(c.arg(0), o, (ch, prev) -> "CASE WHEN " + ch + " GLOB '" + g.replace("'", "''")
                        + "' THEN " + r + " ELSE " + ch + " END");
                o.ctx().emulated("regexp-replace", "REGEXP_REPLACE");
            });
        }
    }

    /** A GLOB for a regular expression matching exactly one character, or null. */
    static String oneCharGlob(String re) {
        if (re.matches("\\[\\^?[^\\]\\\\\\[]+\\]") && !re.contains("[:")) {
            return re;
        }
        if (re.length() == 1 && Character.isLetterOrDigit(re.charAt(0)) || re.matches("[ ,;:/@#%&=_-]")) {
            return re.replace("[", "[[]");
        }
        if (re.equals("\\d")) {
            return "[0-9]";
        }
        if (re.equals("\\s")) {
            return "[ \t\n\r]";
        }
        return null;
    }

    static void writePostgres(Map<String, FunctionWriter> w) {
        w.put(ALL, FunctionWriter.template("REGEXP_REPLACE({0}, {1}, {2}, 'g')"));
        w.put(FIRST, FunctionWriter.template("REGEXP_REPLACE({0}, {1}, {2})"));
        w.put(REMOVE, FunctionWriter.template("REGEXP_REPLACE({0}, {1}, '', 'g')"));
    }

    private static boolean isLong(Expression e, long v) {
        return e instanceof LongValue l && l.getValue() == v;
    }
}
