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

    /** {@code rendered} with the marks written in the target's spelling; records an unsupported construct when the target has no sequences. */
    public static String unmark(String rendered, RenderContext ctx) {
        if (!rendered.contains("AR_SEQ_") && !rendered.contains("ar_seq_")) {
            return rendered;
        }
        DialectSpec to = ctx.to();
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

    /** The target's CREATE / DROP SEQUENCE, or null when {@code sql} is neither. */
    public static List<String> ddl(String sql, RenderContext ctx) {
        Matcher m = CREATE.matcher(sql);
        DialectSpec to = ctx.to();
        if (m.matches()) {
            String name = m.group(2);
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
                ctx.unsupported("sequences", name, to.dialect() + " has no sequences (CREATE SEQUENCE " + name + ")");
                return List.of();
            }
            boolean ifNot = m.group(1) != null && to.supportsIfNotExists() && to.sequenceIfExists();
            ctx.changed();
            return List.of("CREATE SEQUENCE " + (ifNot ? "IF NOT EXISTS " : "") + name + opts);
        }
        m = DROP.matcher(sql);
        if (m.matches()) {
            String name = m.group(2);
            if (!to.supportsSequences()) {
                ctx.unsupported("sequences", name, to.dialect() + " has no sequences (DROP SEQUENCE " + name + ")");
                return List.of();
            }
            ctx.changed();
            return List.of("DROP SEQUENCE " + (m.group(1) != null && to.sequenceIfExists() ? "IF EXISTS " : "") + name);
        }
        return null;
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
