package com.rhosocial.activerecord.dialect.internal.spec;

/** Writers that emulate NULL-handling differences of GREATEST/LEAST and friends. */
final class NullSafe {
    private NullSafe() {
    }

    /**
     * GREATEST/LEAST ignoring NULLs on a dialect where any NULL argument gives NULL: each argument is replaced by
     * the first non-NULL of itself and the others, so a NULL never wins unless all are NULL.
     */
    static FunctionWriter greatestSkip(String fn) {
        return (call, out) -> {
            out.text(fn).text("(");
            for (int i = 0; i < call.arity(); i++) {
                if (i > 0) {
                    out.text(", ");
                }
                out.text("COALESCE(").expr(call.arg(i));
                for (int j = 0; j < call.arity(); j++) {
                    if (j != i) {
                        out.text(", ").expr(call.arg(j));
                    }
                }
                out.text(")");
            }
            out.text(")");
        };
    }

    /** GREATEST/LEAST that is NULL when any argument is NULL, on a dialect whose GREATEST ignores NULLs. */
    static FunctionWriter greatestNull(String fn) {
        return (call, out) -> {
            out.text("CASE WHEN ");
            for (int i = 0; i < call.arity(); i++) {
                if (i > 0) {
                    out.text(" OR ");
                }
                out.expr(call.arg(i)).text(" IS NULL");
            }
            out.text(" THEN NULL ELSE ").text(fn).text("(").args(call, 0).text(") END");
        };
    }
}
