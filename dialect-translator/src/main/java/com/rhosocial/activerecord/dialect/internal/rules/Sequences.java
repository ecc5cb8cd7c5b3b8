package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.DialectSpec;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sequences: {@code CREATE/DROP SEQUENCE} in every dialect's option spelling, and the references to a
 * sequence's next and current value ({@code nextval('s')}, {@code nextval('s'::regclass)}, {@code currval('s')},
 * MariaDB {@code NEXTVAL(s)} / {@code LASTVAL(s)}, Oracle {@code s.NEXTVAL} / {@code s.CURRVAL}, standard and
 * T-SQL {@code NEXT VALUE FOR s}, MariaDB {@code PREVIOUS VALUE FOR s}). References are marked in the source
 * text as {@code AR_SEQ_NEXT('s')} / {@code AR_SEQ_CURR('s')} before parsing (the parser reads a function call
 * the same way in every dialect) and written in the target's spelling after rendering; a target without
 * sequences (SQLite) refuses the statement with the construct named.
 */
public final class Sequences {
    private static final String NAME = "([A-Za-z_][\\w$]*(?:\\.[A-Za-z_][\\w$]*)?)";
    private static final Pattern NEXT_FOR = Pattern.compile("(?i)\\bNEXT\\s+VALUE\\s+FOR\\s+" + NAME);
    private static final Pattern PREV_FOR = Pattern.compile("(?i)\\bPREVIOUS\\s+VALUE\\s+FOR\\s+" + NAME);
    private static final Pattern DOTTED = Pattern.compile("(?i)\\b" + NAME + "\\.(NEXTVAL|CURRVAL)\\b");
    private static final Pattern QUOTED_CALL = Pattern.compile(
            "(?i)\\b(NEXTVAL|CURRVAL)\\s*\\(\\s*'([^']+)'\\s*(?:::\\s*regclass\\s*)?\\)");
    private static final Pattern CAST_CALL = Pattern.compile(
            "(?i)\\b(NEXTVAL|CURRVAL)\\s*\\(\\s*CAST\\s*\\(\\s*'([^']+)'\\s+AS\\s+regclass\\s*\\)\\s*\\)");
    private static final Pattern NAMED_CALL = Pattern.compile("(?i)\\b(NEXTVAL|LASTVAL)\\s*\\(\\s*" + NAME + "\\s*\\)");
    private static final Pattern MARK = Pattern.compile("(?i)\\bAR_SEQ_(NEXT|CURR)\\s*\\(\\s*'([^']+)'\\s*\\)");
    private static final Pattern CREATE = Pattern.compile(
            "(?is)\\s*CREATE\\s+SEQUENCE\\s+(IF\\s+NOT\\s+EXISTS\\s+)?" + NAME + "(.*?)\\s*;?\\s*");
    private static final Pattern DROP = Pattern.compile(
            "(?is)\\s*DROP\\s+SEQUENCE\\s+(IF\\s+EXISTS\\s+)?" + NAME + "(\\s+(CASCADE|RESTRICT))?\\s*;?\\s*");
    private static final Pattern OPTION = Pattern.compile(
            "(?i)\\G\\s*(AS\\s+\\w+|START\\s+(?:WITH\\s+|=\\s*)?(-?\\d+)|INCREMENT\\s+(?:BY\\s+|=\\s*)?(-?\\d+)"
                    + "|MINVALUE\\s*=?\\s*(-?\\d+)|MAXVALUE\\s*=?\\s*(-?\\d+)|NO\\s*MINVALUE|NO\\s*MAXVALUE"
                    + "|CACHE\\s*=?\\s*\\d+|NO\\s*CACHE|(NO\\s*)?CYCLE|NOORDER|ORDER|OWNED\\s+BY\\s+\\S+)\\s*,?");

    private Sequences() {
    }

    /** The source text with every sequence reference replaced by its neutral mark. */
    public static String mark(String sql) {
        String u = sql.toUpperCase(Locale.ROOT);
        if (!u.contains("VAL") && !u.contains("VALUE FOR")) {
            return sql;
        }
        String s = NEXT_FOR.matcher(sql).replaceAll("AR_SEQ_NEXT('$1')");
        s = PREV_FOR.matcher(s).replaceAll("AR_SEQ_CURR('$1')");
        s = replace(DOTTED, s, m -> mark(m.group(2), m.group(1)));
        s = replace(QUOTED_CALL, s, m -> mark(m.group(1), m.group(2)));
        s = replace(CAST_CALL, s, m -> mark(m.group(1), m.group(2)));
        return replace(NAMED_CALL, s, m -> mark(m.group(1), m.group(2)));
    }

    /**
     * {@code rendered} with the marks written in the target's spelling. On a target with an emulation table
     * (SQLite) each sequence taking its next value is first advanced by an UPDATE (returned before the statement,
     * separated by {@code \u0000}) and the reference reads the table. Records an unsupported construct when the
     * target can do neither, or when a statement would need several values of one sequence.
     */
    public static String unmark(String rendered, RenderContext ctx) {
        if (!rendered.contains("AR_SEQ_") && !rendered.contains("ar_seq_")) {
            return rendered;
        }
        DialectSpec to = ctx.to();
        String table = to.sequenceTable();
        if (!to.supportsSequences() && table != null) {
            return emulate(rendered, table, ctx);
        }
        return replace(MARK, rendered, m -> {
            String name = m.group(2);
            boolean next = m.group(1).equalsIgnoreCase("NEXT");
            String out = next ? to.sequenceNext(name) : to.sequenceCurrent(name);
            if (out == null) {
                ctx.unsupported("sequences", name, to.dialect() + " has no " + (next ? "sequences" : "current value of a sequence")
                        + " (sequence " + name + ")");
                return m.group();
            }
            ctx.changed();
            return out;
        });
    }

    private static String emulate(String rendered, String table, RenderContext ctx) {
        String body = rendered.startsWith(StatementRules.RAW) ? rendered.substring(1) : rendered;
        if (body.trim().regionMatches(true, 0, "CREATE", 0, 6) || body.trim().regionMatches(true, 0, "ALTER", 0, 5)) {
            ctx.unsupported("sequences", "nextval", ctx.to().dialect() + " cannot take a sequence value in a column default");
            return rendered;
        }
        if (!singleRow(body)) {
            ctx.unsupported("sequences", "nextval", "a statement over several rows takes one sequence value per row; "
                    + ctx.to().dialect() + " emulates a sequence one value per statement");
            return rendered;
        }
        java.util.Map<String, Integer> uses = new java.util.LinkedHashMap<>();
        Matcher m = MARK.matcher(body);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase("NEXT")) {
                uses.merge(key(m.group(2)), 1, Integer::sum);
            }
        }
        StringBuilder prefix = new StringBuilder();
        for (java.util.Map.Entry<String, Integer> e : uses.entrySet()) {
            if (e.getValue() > 1) {
                ctx.unsupported("sequences", e.getKey(), "one statement takes several values of sequence " + e.getKey()
                        + "; " + ctx.to().dialect() + " emulates a sequence one value per statement");
                return rendered;
            }
            prefix.append("UPDATE ").append(table).append(" SET value = value + increment WHERE name = '")
                    .append(e.getKey()).append("'\u0000");
        }
        String out = replace(MARK, body, x -> "(SELECT value FROM " + table + " WHERE name = '" + key(x.group(2)) + "')");
        ctx.emulated("sequences", "nextval");
        ctx.warn("sequences", "nextval", ctx.to().dialect() + " has no sequences; emulated with table " + table);
        return (rendered.startsWith(StatementRules.RAW) ? StatementRules.RAW : "") + prefix + out;
    }

    /** INSERT ... VALUES of one row, or a SELECT without FROM: statements that produce exactly one row. */
    private static boolean singleRow(String sql) {
        String u = sql.trim().toUpperCase(Locale.ROOT).replaceAll("'(?:[^']|'')*'", "''");
        if (u.startsWith("SELECT")) {
            return !u.matches("(?s).*\\bFROM\\b.*");
        }
        if (u.startsWith("INSERT")) {
            int v = u.indexOf("VALUES");
            return v > 0 && !u.substring(v).matches("(?s).*\\)\\s*,\\s*\\(.*") && !u.substring(v).contains("SELECT");
        }
        return false;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace("'", "''");
    }

    /** The target's CREATE / DROP SEQUENCE, or null when {@code sql} is neither. */
    public static List<String> ddl(String sql, RenderContext ctx) {
        String head = sql.stripLeading();
        if (!head.regionMatches(true, 0, "CREATE", 0, 6) && !head.regionMatches(true, 0, "DROP", 0, 4)) {
            return null;
        }
        Matcher m = CREATE.matcher(sql);
        DialectSpec to = ctx.to();
        if (m.matches()) {
            String name = SchemaScripts.ident(m.group(2), to);
            String rest = m.group(3);
            StringBuilder opts = new StringBuilder();
            Matcher o = OPTION.matcher(rest);
            int end = 0;
            while (end < rest.length() && o.find(end) && o.end() > end) {
                String g = o.group(1).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
                if (o.group(2) != null) {
                    opts.append(" START WITH ").append(o.group(2));
                } else if (o.group(3) != null) {
                    opts.append(" INCREMENT BY ").append(o.group(3));
                } else if (o.group(4) != null) {
                    opts.append(" MINVALUE ").append(o.group(4));
                } else if (o.group(5) != null) {
                    opts.append(" MAXVALUE ").append(o.group(5));
                } else if (g.endsWith("CYCLE")) {
                    opts.append(' ').append(g.startsWith("NO") ? to.noCycleKeyword() : "CYCLE");
                }
                // AS type, CACHE, ORDER, OWNED BY: storage and performance only; the values stay the same.
                end = o.end();
            }
            if (!rest.substring(end).isBlank()) {
                return null;
            }
            if (!to.supportsSequences()) {
                return emulatedCreate(m.group(1) != null, name, rest, ctx);
            }
            boolean ifNot = m.group(1) != null && to.supportsIfNotExists() && to.sequenceIfExists();
            ctx.changed();
            return List.of("CREATE SEQUENCE " + (ifNot ? "IF NOT EXISTS " : "") + name + opts);
        }
        m = DROP.matcher(sql);
        if (m.matches()) {
            String name = SchemaScripts.ident(m.group(2), to);
            if (!to.supportsSequences()) {
                if (to.sequenceTable() == null) {
                    ctx.unsupported("sequences", name, to.dialect() + " has no sequences (DROP SEQUENCE " + name + ")");
                    return List.of();
                }
                ctx.emulated("sequences", name);
                return List.of("DELETE FROM " + to.sequenceTable() + " WHERE name = '" + key(name) + "'");
            }
            ctx.changed();
            return List.of("DROP SEQUENCE " + (m.group(1) != null && to.sequenceIfExists() ? "IF EXISTS " : "") + name);
        }
        return null;
    }

    /** A sequence as a row of the target's emulation table: the value before the first is start - increment. */
    private static List<String> emulatedCreate(boolean ifNotExists, String name, String options, RenderContext ctx) {
        String table = ctx.to().sequenceTable();
        if (table == null) {
            ctx.unsupported("sequences", name, ctx.to().dialect() + " has no sequences (CREATE SEQUENCE " + name + ")");
            return List.of();
        }
        long start = 1;
        long increment = 1;
        Matcher o = Pattern.compile("(?i)\\b(START|INCREMENT)\\s+(?:WITH\\s+|BY\\s+|=\\s*)?(-?\\d+)").matcher(options);
        while (o.find()) {
            if (o.group(1).equalsIgnoreCase("START")) {
                start = Long.parseLong(o.group(2));
            } else {
                increment = Long.parseLong(o.group(2));
            }
        }
        if (options.toUpperCase(Locale.ROOT).matches("(?s).*\\b(MAXVALUE\\s*=?\\s*-?\\d|MINVALUE\\s*=?\\s*-?\\d|(?<!NO)(?<!NO )CYCLE).*")) {
            ctx.warn("sequences", name, "MINVALUE / MAXVALUE / CYCLE of sequence " + name + " are not emulated on " + ctx.to().dialect());
        }
        if (!options.toUpperCase(Locale.ROOT).contains("START")) {
            start = increment > 0 ? 1 : -1;
        }
        ctx.emulated("sequences", name);
        ctx.warn("sequences", name, ctx.to().dialect() + " has no sequences; " + name + " is a row of table " + table);
        return List.of(
                "CREATE TABLE IF NOT EXISTS " + table + " (name VARCHAR(128) PRIMARY KEY, value INTEGER NOT NULL, increment INTEGER NOT NULL)",
                "INSERT " + (ifNotExists ? "OR IGNORE " : "") + "INTO " + table + " (name, value, increment) VALUES ('"
                        + key(name) + "', " + (start - increment) + ", " + increment + ")");
    }

    private static String mark(String kind, String name) {
        String k = kind.toUpperCase(Locale.ROOT);
        return "AR_SEQ_" + (k.startsWith("NEXT") ? "NEXT" : "CURR") + "('" + name + "')";
    }

    private static String replace(Pattern p, String s, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(b);
        return b.toString();
    }
}
