package com.rhosocial.activerecord.cli.input;

import com.rhosocial.activerecord.dialect.Dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Turns an input text (a script, a MySQL general log or a {@code pg_stat_statements} CSV) into statements.
 * Stateless; errors in the input are reported with {@link IllegalArgumentException} naming the line.
 */
public final class StatementReader {

    // General-log commands that carry SQL: Query (text protocol) and Execute (server-side prepared, values inlined).
    // Prepare is left out, or a prepared statement would be counted twice.
    private static final Set<String> SQL_COMMANDS = Set.of("query", "execute");

    private StatementReader() {
    }

    /** Reads {@code text} in {@code format}; scripts are split with the rules of {@code dialect}. */
    public static List<SqlStatement> read(String text, InputFormat format, Dialect dialect) {
        StatementSplitter splitter = StatementSplitter.forDialect(dialect);
        switch (format) {
            case SQL:
                return splitter.split(text);
            case MYSQL_LOG:
                return readMysqlLog(text, splitter);
            case PG_CSV:
                return readPgCsv(text, splitter);
            default:
                throw new IllegalArgumentException("unknown format " + format);
        }
    }

    private static List<SqlStatement> readMysqlLog(String text, StatementSplitter splitter) {
        List<SqlStatement> out = new ArrayList<>();
        StringBuilder current = null;
        int currentLine = 0;
        int lineNo = 0;
        for (String line : text.split("\r?\n", -1)) {
            lineNo++;
            Matcher m = InputFormat.MYSQL_LOG_ENTRY.matcher(line);
            if (m.matches()) {
                flush(out, current, currentLine, splitter);
                String command = m.group(3).strip().toLowerCase(Locale.ROOT);
                if (SQL_COMMANDS.contains(command)) {
                    current = new StringBuilder(m.group(4));
                    currentLine = lineNo;
                } else {
                    current = null;
                }
            } else if (current != null && !isLogHeader(line)) {
                current.append('\n').append(line); // a multi-line statement continues
            } else if (isLogHeader(line)) {
                flush(out, current, currentLine, splitter);
                current = null;
            }
        }
        flush(out, current, currentLine, splitter);
        return out;
    }

    /** The banner mysqld writes when it (re)opens the log. */
    private static boolean isLogHeader(String line) {
        return line.contains(", Version: ") && line.contains("started with:")
                || line.startsWith("Tcp port: ")
                || line.startsWith("Time") && line.contains("Id Command"); // MySQL pads with spaces, MariaDB with tabs
    }

    private static void flush(List<SqlStatement> out, StringBuilder sql, int line, StatementSplitter splitter) {
        if (sql != null) {
            out.addAll(splitter.split(sql.toString(), line));
        }
    }

    private static List<SqlStatement> readPgCsv(String text, StatementSplitter splitter) {
        List<CsvReader.Row> rows = CsvReader.parse(text);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> header = rows.get(0).fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int query = header.indexOf("query");
        if (query < 0) {
            throw new IllegalArgumentException("the CSV has no 'query' column (header: " + String.join(",", header) + ")");
        }
        int calls = header.indexOf("calls");
        List<SqlStatement> out = new ArrayList<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            if (row.fields().size() <= query) {
                throw new IllegalArgumentException("line " + row.line() + ": expected a 'query' field in column "
                        + (query + 1) + ", found " + row.fields().size() + " fields");
            }
            long weight = 1;
            if (calls >= 0 && calls < row.fields().size()) {
                try {
                    weight = Math.max(1, Long.parseLong(row.fields().get(calls).strip()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("line " + row.line() + ": 'calls' is not a number: '"
                            + row.fields().get(calls) + "'");
                }
            }
            for (SqlStatement s : splitter.split(row.fields().get(query), row.line())) {
                out.add(new SqlStatement(s.sql(), s.line(), weight));
            }
        }
        return out;
    }
}
