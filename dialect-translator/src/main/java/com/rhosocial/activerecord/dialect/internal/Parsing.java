package com.rhosocial.activerecord.dialect.internal;

import com.rhosocial.activerecord.dialect.internal.spec.DialectSpec;
import com.rhosocial.activerecord.dialect.internal.text.SqlScanner;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statements;

/**
 * Parses SQL with JSqlParser in the caller's thread (never {@code CCJSqlParserUtil.parse(String)}, which starts a
 * thread per call). Input size and nesting depth are bounded before parsing; a single shared watchdog thread sets
 * the parser's {@code interrupted} flag when a parse runs longer than {@link #TIMEOUT_MS}.
 */
final class Parsing {
    /** Longest SQL text accepted for translation. */
    static final int MAX_LENGTH = 200_000;
    /** Deepest parenthesis nesting accepted. */
    static final int MAX_DEPTH = 40;
    /** Nesting above which JSqlParser's complex (backtracking) mode is not tried: it can be exponential. */
    static final int COMPLEX_DEPTH = 10;
    static final long TIMEOUT_MS = 2_000;

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sql-translator-parse-watchdog");
        t.setDaemon(true);
        return t;
    });

    /** The input was refused (too long, too deep, unparsable or too slow). */
    static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String rule;

        RefusedException(String rule, String message, Throwable cause) {
            super(message, cause);
            this.rule = rule;
        }

        String rule() {
            return rule;
        }
    }

    private Parsing() {
    }

    static Statements parse(String sql, DialectSpec from) throws RefusedException {
        if (sql.length() > MAX_LENGTH) {
            throw new RefusedException("limits", "statement longer than " + MAX_LENGTH + " characters", null);
        }
        int depth = depth(sql);
        if (depth > MAX_DEPTH) {
            throw new RefusedException("limits", "nesting deeper than " + MAX_DEPTH + " levels", null);
        }
        try {
            return run(sql, from, false);
        } catch (Throwable simple) {
            if (depth > COMPLEX_DEPTH) {
                throw new RefusedException("parse", "cannot parse: " + firstLine(simple), simple);
            }
            try {
                return run(sql, from, true);
            } catch (Throwable complex) {
                throw new RefusedException("parse", "cannot parse: " + firstLine(complex), complex);
            }
        }
    }

    private static Statements run(String sql, DialectSpec from, boolean complex) throws Exception {
        CCJSqlParser p = CCJSqlParserUtil.newParser(sql)
                .withSquareBracketQuotation(from.squareBracketQuotes())
                .withBackslashEscapeCharacter(from.backslashEscapes())
                .withAllowComplexParsing(complex);
        ScheduledFuture<?> guard = WATCHDOG.schedule(() -> {
            p.interrupted = true;
        }, TIMEOUT_MS, TimeUnit.MILLISECONDS);
        try {
            Statements st = p.Statements();
            if (p.interrupted) {
                throw new RefusedException("limits", "parse took longer than " + TIMEOUT_MS + " ms", null);
            }
            return st;
        } catch (StackOverflowError e) {
            throw new RefusedException("limits", "statement too deeply nested", null);
        } finally {
            guard.cancel(false);
        }
    }

    private static String firstLine(Throwable t) {
        String m = t.getMessage() == null ? t.toString() : t.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    static int depth(String sql) {
        int max = 0;
        int d = 0;
        int len = sql.length();
        int i = 0;
        while (i < len) {
            char c = sql.charAt(i);
            if (c == '\'') {
                i = SqlScanner.endOfString(sql, i, true);
                continue;
            }
            if (c == '(') {
                d++;
                max = Math.max(max, d);
            } else if (c == ')') {
                d--;
            }
            i++;
        }
        return max;
    }
}
