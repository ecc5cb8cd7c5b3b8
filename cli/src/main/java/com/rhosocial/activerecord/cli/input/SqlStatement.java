package com.rhosocial.activerecord.cli.input;

/**
 * One statement read from an input, with where it came from.
 *
 * @param sql the statement text, trimmed, without its terminating {@code ;}
 * @param line 1-based line of the input where the statement starts
 * @param weight how many times it ran (the {@code calls} column of {@code pg_stat_statements}); 1 otherwise
 */
public record SqlStatement(String sql, int line, long weight) {

    public SqlStatement(String sql, int line) {
        this(sql, line, 1);
    }
}
