package com.rhosocial.activerecord.cli.input;

import java.util.Locale;
import java.util.regex.Pattern;

/** The kinds of input {@code check} reads. */
public enum InputFormat {
    /** A SQL script, statements separated by {@code ;}. */
    SQL("SQL script"),
    /** A MySQL/MariaDB general query log ({@code general_log_file}): the {@code Query} and {@code Execute} entries. */
    MYSQL_LOG("MySQL general log"),
    /** A CSV export of {@code pg_stat_statements} with a {@code query} column (and {@code calls} if present). */
    PG_CSV("pg_stat_statements CSV");

    // "2024-05-01T10:15:30.123456Z\t   17 Query\tSELECT 1" (5.7+) or "240501 10:15:30\t   17 Query\t..." (5.6),
    // or with the time left out when it repeats: "\t\t   18 Query\t...".
    static final Pattern MYSQL_LOG_ENTRY = Pattern.compile("^([^\\t]*)\\t+\\s*(\\d+)\\s+([A-Za-z][A-Za-z ]*?)\\t(.*)$");

    private final String description;

    InputFormat(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Parses {@code auto}-less names as written on the command line: sql, mysql-log, pg-csv. */
    public static InputFormat of(String name) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "sql": return SQL;
            case "mysql-log": case "general-log": return MYSQL_LOG;
            case "pg-csv": case "pg_stat_statements": case "csv": return PG_CSV;
            default:
                throw new IllegalArgumentException("unknown input format '" + name + "'; expected auto, sql, mysql-log or pg-csv");
        }
    }

    /** Guesses the format from the file name and its first lines. */
    public static InputFormat detect(String fileName, String text) {
        String firstLine = text.lines().findFirst().orElse("");
        if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv")
                || CsvReader.parseHeader(firstLine).stream().anyMatch(h -> h.equalsIgnoreCase("query"))
                        && firstLine.contains(",")) {
            return PG_CSV;
        }
        long entries = text.lines().limit(200).filter(l -> MYSQL_LOG_ENTRY.matcher(l).matches()).count();
        if (entries > 0 || text.contains("Time                 Id Command    Argument")) {
            return MYSQL_LOG;
        }
        return SQL;
    }
}
