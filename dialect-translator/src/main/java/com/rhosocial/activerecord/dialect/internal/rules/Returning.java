package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import net.sf.jsqlparser.statement.insert.Insert;

/**
 * {@code RETURNING} on a target without it (MySQL, Oracle outside PL/SQL, SQL Server): dropped with a warning, the
 * driver fetching generated keys through JDBC instead.
 */
public final class Returning {
    private Returning() {
    }

    public static void insert(Insert ins, RenderContext ctx) {
        if (ins.getReturningClause() != null && !ctx.to().supportsReturning()) {
            ctx.warn("returning", "RETURNING", "RETURNING removed; use getGeneratedKeys() on " + ctx.to());
            ins.setReturningClause(null);
            ctx.changed();
        }
        if (ins.getOutputClause() != null && !ctx.to().family().equals("SQLSERVER")) {
            ctx.warn("returning", "OUTPUT", "OUTPUT removed; use getGeneratedKeys() on " + ctx.to());
            ins.setOutputClause(null);
            ctx.changed();
        }
    }
}
