package com.rhosocial.activerecord.dialect.internal.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.StringValue;

/**
 * Oracle's {@code REGEXP_SUBSTR}, {@code REGEXP_INSTR} and {@code REGEXP_COUNT}, read into canonical calls with
 * explicit start position and occurrence ({@code unit} holds the match flags, {@code c} or {@code i}).
 * PostgreSQL 15 has the same functions; MariaDB has the first-match forms only (made case-sensitive with an
 * inline flag, since its REGEXP follows the collation); SQLite has no regular expressions at all, so these are
 * reported unsupported there.
 */
final class Regexps {
    static final String SUBSTR = "REGEXP_SUBSTR";
    static final String INSTR = "REGEXP_INSTR";
    static final String COUNT = "REGEXP_COUNT";

    private Regexps() {
    }

    static void readOracle(Map<String, FunctionReader> r) {
        r.put(SUBSTR, (n, a) -> read(SUBSTR, a, 4));
        r.put(INSTR, (n, a) -> {
            if (a.size() >= 5 && !(a.get(4) instanceof LongValue v && v.getValue() == 0)) {
                return null;
            }
            List<Expression> b = new ArrayList<>(a);
            if (b.size() >= 5) {
                b.remove(4);
            }
            return read(INSTR, b, 4);
        });
        r.put(COUNT, (n, a) -> read(COUNT, a, 3));
    }

    /** (s, p, position, [occurrence]) with defaults, flags as the unit; null for computed flags. */
    private static Call read(String name, List<Expression> a, int flagsAt) {
        if (a.size() < 2) {
            return null;
        }
        List<Expression> out = new ArrayList<>(a.subList(0, Math.min(a.size(), flagsAt)));
        while (out.size() < flagsAt) {
            out.add(new LongValue(1));
        }
        String flags = "c";
        if (a.size() > flagsAt) {
            if (!(a.get(flagsAt) instanceof StringValue f)) {
                return null;
            }
            flags = f.getValue().contains("i") && f.getValue().lastIndexOf('i') > f.getValue().lastIndexOf('c') ? "i" : "c";
        }
        return new Call(name, out, flags);
    }

    static void writePostgres(Map<String, FunctionWriter> w) {
        w.put(SUBSTR, (c, o) -> o.text("REGEXP_SUBSTR(").args(c, 0).text(", '" + c.unit() + "')"));
        w.put(INSTR, (c, o) -> o.text("REGEXP_INSTR(").args(c, 0).text(", 0, '" + c.unit() + "')"));
        w.put(COUNT, (c, o) -> o.text("REGEXP_COUNT(").args(c, 0).text(", '" + c.unit() + "')"));
    }

    static void writeMariadb(Map<String, FunctionWriter> w) {
        for (String name : List.of(SUBSTR, INSTR)) {
            w.put(name, (c, o) -> {
                if (!isOne(c.arg(2)) || !isOne(c.arg(3))) {
                    o.ctx().unsupported("regexp", name, o.ctx().to().dialect() + " has " + name
                            + " for the first match from the start only");
                    return;
                }
                o.text(name + "(").expr(c.arg(0)).text(", CONCAT('" + ("i".equals(c.unit()) ? "(?i)" : "(?-i)") + "', ")
                        .expr(c.arg(1)).text("))");
            });
        }
        none(w, COUNT);
    }

    static void writeNone(Map<String, FunctionWriter> w) {
        none(w, SUBSTR);
        none(w, INSTR);
        none(w, COUNT);
    }

    private static void none(Map<String, FunctionWriter> w, String name) {
        w.put(name, (c, o) -> o.ctx().unsupported("regexp", name, o.ctx().to().dialect() + " has no " + name
                + (o.ctx().to().dialect() == com.rhosocial.activerecord.dialect.Dialect.SQLITE
                ? " (SQLite has no regular expressions; sqlite-jdbc registers none)" : "")));
    }

    private static boolean isOne(Expression e) {
        return e instanceof LongValue v && v.getValue() == 1;
    }
}
