package com.rhosocial.activerecord.cli.demo;

import java.util.List;

/**
 * One JDBC call of the legacy program: its SQL as the program wrote it (MySQL), its parameters, and for DDL the
 * portable forms tried when the target rejects the MySQL text (so that the rest of the demo has its tables even while
 * the translator cannot yet rewrite {@code CREATE TABLE}).
 *
 * @param title what the legacy code does, in words
 * @param kind how it is executed
 * @param sql the statement, as written for MySQL
 * @param params parameters bound with {@code setObject}, in order
 * @param fallbacks DDL tried in order, written in the target's own dialect, when {@code sql} fails
 */
public record Step(String title, Kind kind, String sql, List<Object> params, List<String> fallbacks) {

    /** How a step is executed. */
    public enum Kind { DDL, UPDATE, QUERY }

    public Step {
        params = List.copyOf(params);
        fallbacks = List.copyOf(fallbacks);
    }

    static Step ddl(String title, String sql, String... fallbacks) {
        return new Step(title, Kind.DDL, sql, List.of(), List.of(fallbacks));
    }

    static Step update(String title, String sql, Object... params) {
        return new Step(title, Kind.UPDATE, sql, List.of(params), List.of());
    }

    static Step query(String title, String sql, Object... params) {
        return new Step(title, Kind.QUERY, sql, List.of(params), List.of());
    }
}
