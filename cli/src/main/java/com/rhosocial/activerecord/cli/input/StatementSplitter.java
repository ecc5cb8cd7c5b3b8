package com.rhosocial.activerecord.cli.input;

import com.rhosocial.activerecord.dialect.Dialect;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SQL script into statements at {@code ;}, never inside a string literal, a quoted name or a comment.
 * The lexical rules follow the script's dialect: backslash escapes and {@code #} comments for MySQL and MariaDB,
 * {@code $tag$} dollar quoting for PostgreSQL, {@code [name]} for SQL Server and SQLite, and a line holding only
 * {@code GO} as a separator for SQL Server. Statements holding nothing but comments are dropped. Stateless.
 */
public final class StatementSplitter {

    private final boolean backslashEscapes;
    private final boolean hashComments;
    private final boolean dollarQuotes;
    private final boolean bracketNames;
    private final boolean goSeparator;

    private StatementSplitter(boolean backslashEscapes, boolean hashComments, boolean dollarQuotes,
                              boolean bracketNames, boolean goSeparator) {
        this.backslashEscapes = backslashEscapes;
        this.hashComments = hashComments;
        this.dollarQuotes = dollarQuotes;
        this.bracketNames = bracketNames;
        this.goSeparator = goSeparator;
    }

    /** A splitter with the lexical rules of scripts written for {@code dialect}. */
    public static StatementSplitter forDialect(Dialect dialect) {
        boolean mysql = dialect == Dialect.MYSQL || dialect == Dialect.MARIADB;
        return new StatementSplitter(mysql, mysql, dialect == Dialect.POSTGRESQL,
                dialect == Dialect.SQLSERVER || dialect == Dialect.SQLITE, dialect == Dialect.SQLSERVER);
    }

    /** Splits {@code script}; line numbers are counted from {@code firstLine}. */
    public List<SqlStatement> split(String script, int firstLine) {
        List<SqlStatement> out = new ArrayList<>();
        int len = script.length();
        int line = firstLine;
        int start = 0;            // start of the current statement's text
        int startLine = -1;       // line of its first significant character, -1 while none seen
        int i = 0;
        while (i < len) {
            char c = script.charAt(i);
            if (c == '\n') {
                line++;
                if (goSeparator && isGoLine(script, i + 1)) {
                    int end = script.indexOf('\n', i + 1);
                    end = end < 0 ? len : end;
                    add(out, script.substring(start, i), startLine);
                    start = end;
                    startLine = -1;
                    i = end;
                    continue;
                }
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '-' && i + 1 < len && script.charAt(i + 1) == '-' || c == '#' && hashComments) {
                i = skipToEol(script, i);
                continue;
            }
            if (c == '/' && i + 1 < len && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                end = end < 0 ? len : end + 2;
                line += count(script, i, end);
                i = end;
                continue;
            }
            if (c == ';') {
                add(out, script.substring(start, i), startLine);
                start = i + 1;
                startLine = -1;
                i++;
                continue;
            }
            if (startLine < 0) {
                startLine = line;
            }
            int end;
            if (c == '\'' || c == '"' || c == '`') {
                end = skipQuoted(script, i, c, backslashEscapes && c != '`');
            } else if (c == '[' && bracketNames) {
                end = skipQuoted(script, i, ']', false);
            } else if (c == '$' && dollarQuotes && (end = skipDollarQuoted(script, i)) > i) {
                // end set by the condition
            } else {
                end = i + 1;
            }
            line += count(script, i, end);
            i = end;
        }
        add(out, script.substring(start), startLine);
        return out;
    }

    /** Splits {@code script} counting lines from 1. */
    public List<SqlStatement> split(String script) {
        return split(script, 1);
    }

    private static void add(List<SqlStatement> out, String text, int line) {
        if (line < 0) {
            return; // only whitespace and comments
        }
        String sql = stripLeadingComments(text.strip());
        if (!sql.isEmpty()) {
            out.add(new SqlStatement(sql, line));
        }
    }

    /** Drops whole comment lines before the statement, so a file's header comment does not stick to statement 1. */
    private static String stripLeadingComments(String s) {
        String rest = s;
        while (true) {
            if (rest.startsWith("--") || rest.startsWith("#")) {
                int nl = rest.indexOf('\n');
                rest = nl < 0 ? "" : rest.substring(nl + 1).strip();
            } else if (rest.startsWith("/*") && !rest.startsWith("/*+") && !rest.startsWith("/*!")) {
                int end = rest.indexOf("*/");
                rest = end < 0 ? "" : rest.substring(end + 2).strip();
            } else {
                return rest;
            }
        }
    }

    private static int skipToEol(String s, int i) {
        int nl = s.indexOf('\n', i);
        return nl < 0 ? s.length() : nl;
    }

    private static int skipQuoted(String s, int i, char close, boolean backslash) {
        int len = s.length();
        int j = i + 1;
        while (j < len) {
            char c = s.charAt(j);
            if (backslash && c == '\\') {
                j += 2;
                continue;
            }
            if (c == close) {
                if (j + 1 < len && s.charAt(j + 1) == close) {
                    j += 2; // doubled quote inside the literal
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        return len; // unterminated: the rest of the input belongs to it
    }

    /** Returns the index after a {@code $tag$ ... $tag$} string, or {@code i} when this {@code $} starts none. */
    private static int skipDollarQuoted(String s, int i) {
        int j = i + 1;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
            j++;
        }
        if (j >= s.length() || s.charAt(j) != '$' || j > i + 1 && Character.isDigit(s.charAt(i + 1))) {
            return i; // $1 parameters and lone dollars are not quotes
        }
        String tag = s.substring(i, j + 1);
        int end = s.indexOf(tag, j + 1);
        return end < 0 ? s.length() : end + tag.length();
    }

    private static boolean isGoLine(String s, int from) {
        int end = s.indexOf('\n', from);
        String l = s.substring(from, end < 0 ? s.length() : end).strip();
        return l.equalsIgnoreCase("GO");
    }

    private static int count(String s, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                n++;
            }
        }
        return n;
    }
}
