package com.rhosocial.activerecord.dialect.internal;

import com.rhosocial.activerecord.dialect.internal.parse.HandParser;
import com.rhosocial.activerecord.dialect.internal.spec.DialectSpec;
import com.rhosocial.activerecord.dialect.internal.text.SqlScanner;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
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

    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    /**
     * One daemon thread for every parse's timeout. A guard is cancelled as soon as its parse ends; removing it from
     * the queue then keeps the queue as short as the parses in flight, instead of holding every guard of the last
     * {@link #TIMEOUT_MS} (tens of thousands under load) until its delay runs out.
     */
    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor w = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "sql-translator-parse-watchdog");
            t.setDaemon(true);
            return t;
        });
        w.setRemoveOnCancelPolicy(true);
        return w;
    }

    /** The input was refused (too long, too deep, unparsable or too slow). */
    static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String rule;
        private final int line;
        private final int column;

        RefusedException(String rule, String message, Throwable cause) {
            this(rule, message, cause, 0, 0);
        }

        RefusedException(String rule, String message, Throwable cause, int line, int column) {
            super(message, cause);
            this.rule = rule;
            this.line = line;
            this.column = column;
        }

        String rule() {
            return rule;
        }

        /** 1-based line of the token the parser stopped at, 0 when unknown. */
        int line() {
            return line;
        }

        /** 1-based column of that token, 0 when unknown. */
        int column() {
            return column;
        }
    }

    private Parsing() {
    }

    /**
     * The statements of {@code sql}; with {@code hand} the hand-written parser is tried first, and JSqlParser runs
     * only for what it leaves (it builds the same AST, much faster).
     */
    static Statements parse(String sql, DialectSpec from, boolean hand) throws RefusedException {
        if (sql.length() > MAX_LENGTH) {
            throw new RefusedException("limits", "statement longer than " + MAX_LENGTH + " characters", null);
        }
        int depth = depth(sql);
        if (depth > MAX_DEPTH) {
            throw new RefusedException("limits", "nesting deeper than " + MAX_DEPTH + " levels", null);
        }
        if (hand) {
            Statements fast = HandParser.parse(sql, from);
            if (fast != null) {
                return fast;
            }
        }
        try {
            return run(sql, from, false);
        } catch (Throwable simple) {
            if (depth > COMPLEX_DEPTH) {
                throw refused(simple);
            }
            try {
                return run(sql, from, true);
            } catch (Throwable complex) {
                throw refused(complex);
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

    private static final java.util.regex.Pattern LINE_COLUMN =
            java.util.regex.Pattern.compile("line (\\d+), column (\\d+)");

    /**
     * A parse failure with the position where the parser stopped, so that strict mode can say where the statement
     * went wrong: JSqlParser's {@code ParseException} holds the offending token; lexical errors carry it only in
     * their message ("Lexical error at line 1, column 8").
     */
    private static RefusedException refused(Throwable t) {
        if (t instanceof RefusedException r) {
            return r;
        }
        int line = 0;
        int column = 0;
        for (Throwable c = t; c != null && line == 0; c = c.getCause()) {
            if (c instanceof net.sf.jsqlparser.parser.ParseException pe && pe.currentToken != null
                    && pe.currentToken.next != null) {
                line = pe.currentToken.next.beginLine;
                column = pe.currentToken.next.beginColumn;
            } else if (c.getMessage() != null) {
                java.util.regex.Matcher m = LINE_COLUMN.matcher(c.getMessage());
                if (m.find()) {
                    line = Integer.parseInt(m.group(1));
                    column = Integer.parseInt(m.group(2));
                }
            }
        }
        return new RefusedException("parse", "cannot parse: " + firstLine(t), t, line, column);
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
