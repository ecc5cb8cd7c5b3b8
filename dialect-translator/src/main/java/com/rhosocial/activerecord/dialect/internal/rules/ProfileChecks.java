package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.DialectSpec;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.sequence.AlterSequence;
import net.sf.jsqlparser.statement.create.sequence.CreateSequence;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.upsert.Upsert;

/**
 * Statement-level checks of capabilities a target profile may deny and no other rule consults: a single-statement
 * upsert, sequences. Reported as unsupported before rendering, with the target's profile in the reason, so that a
 * backend declaring "no upsert" (PostgreSQL before 9.5) gets a clear error instead of SQL its server rejects.
 */
public final class ProfileChecks {
    private ProfileChecks() {
    }

    /** Reports {@code st} unsupported on {@code ctx.to()} when it needs a capability the target lacks. */
    public static void check(Statement st, RenderContext ctx) {
        DialectSpec to = ctx.to();
        if (!to.supportsUpsert() && isUpsert(st)) {
            ctx.unsupported("upsert", null, to + " has no single-statement upsert (INSERT ... ON CONFLICT,"
                    + " ON DUPLICATE KEY UPDATE or MERGE): read, then INSERT or UPDATE in a transaction");
        }
        if (!to.supportsSequences() && (st instanceof CreateSequence || st instanceof AlterSequence)) {
            ctx.unsupported("sequences", "SEQUENCE", to + " has no sequences: use an identity/auto-increment column");
        }
    }

    private static boolean isUpsert(Statement st) {
        if (st instanceof Merge || st instanceof Upsert) {
            return true;
        }
        return st instanceof Insert ins && (ins.getConflictAction() != null || ins.getDuplicateUpdateSets() != null
                && !ins.getDuplicateUpdateSets().isEmpty());
    }
}
