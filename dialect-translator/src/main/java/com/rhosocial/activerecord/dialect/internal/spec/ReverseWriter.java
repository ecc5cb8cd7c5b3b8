package com.rhosocial.activerecord.dialect.internal.spec;

/** REVERSE for SQLite, which has none: a recursive CTE over the characters. */
final class ReverseWriter {
    private ReverseWriter() {
    }

    static FunctionWriter sqlite() {
        return (call, out) -> out.text("(WITH RECURSIVE r(i, acc) AS (SELECT LENGTH(").expr(call.arg(0))
                .text("), '' UNION ALL SELECT i - 1, acc || SUBSTR(").expr(call.arg(0))
                .text(", i, 1) FROM r WHERE i > 0) SELECT acc FROM r WHERE i = 0)");
    }
}
