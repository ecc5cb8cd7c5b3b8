package com.rhosocial.activerecord.backend;

import com.rhosocial.activerecord.backend.BackendCapabilities.RowLockStyle;
import com.rhosocial.activerecord.backend.BackendCapabilities.UpsertStyle;
import com.rhosocial.activerecord.backend.impl.mariadb.MariaDBBackend;
import com.rhosocial.activerecord.backend.impl.mysql.MySQLBackend;
import com.rhosocial.activerecord.backend.impl.oracle.OracleBackend;
import com.rhosocial.activerecord.backend.impl.postgresql.PostgreSQLBackend;
import com.rhosocial.activerecord.backend.impl.sqlite.SQLiteBackend;
import com.rhosocial.activerecord.backend.impl.sqlserver.SQLServerBackend;
import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.TargetProfile;
import com.rhosocial.activerecord.dialect.TargetProfile.Feature;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the translator's rules for each {@link Dialect} assume of the database: the version-free capabilities of the
 * built-in backend for that dialect (the server versions {@code docs/backends/} names), and for H2 what its dialect
 * rules write (RETURNING, MERGE, window functions, ...). A backend's {@link Backend#targetProfile(ServerVersion)}
 * overrides exactly the flags in which it differs from this baseline, so a built-in backend on a current server gets
 * the plain dialect (same translations, same cache) and a custom backend or an older server gets only its
 * differences. Package-private engine code.
 */
final class CapabilityBaseline {

    private static final Map<Dialect, BackendCapabilities> BASELINE = new EnumMap<>(Dialect.class);

    static {
        BASELINE.put(Dialect.MYSQL, new MySQLBackend().capabilities());
        BASELINE.put(Dialect.MARIADB, new MariaDBBackend().capabilities());
        BASELINE.put(Dialect.POSTGRESQL, new PostgreSQLBackend().capabilities());
        BASELINE.put(Dialect.ORACLE, new OracleBackend().capabilities());
        BASELINE.put(Dialect.SQLSERVER, new SQLServerBackend().capabilities());
        BASELINE.put(Dialect.SQLITE, new SQLiteBackend().capabilities());
        BASELINE.put(Dialect.H2, new BackendCapabilities(true, UpsertStyle.MERGE, true, true, true, true, true, true,
                true, false, RowLockStyle.FOR_UPDATE, true, false));
    }

    private CapabilityBaseline() {
    }

    static BackendCapabilities of(Dialect d) {
        return BASELINE.get(d);
    }

    /**
     * Sets on {@code b} each feature in which {@code caps} differs from the baseline of {@code d}. The upsert style
     * counts only as present or absent ({@code NONE}): the dialect's rules write their own form.
     */
    static TargetProfile.Builder differences(Dialect d, BackendCapabilities caps, TargetProfile.Builder b) {
        BackendCapabilities base = BASELINE.get(d);
        flag(b, Feature.RETURNING, caps.returning(), base.returning());
        flag(b, Feature.WINDOW_FUNCTIONS, caps.windowFunctions(), base.windowFunctions());
        flag(b, Feature.CTE, caps.commonTableExpressions(), base.commonTableExpressions());
        flag(b, Feature.RECURSIVE_CTE, caps.recursiveCte(), base.recursiveCte());
        flag(b, Feature.JSON, caps.json(), base.json());
        flag(b, Feature.BOOLEAN_TYPE, caps.booleanType(), base.booleanType());
        flag(b, Feature.SEQUENCES, caps.sequences(), base.sequences());
        flag(b, Feature.SKIP_LOCKED, caps.skipLocked(), base.skipLocked());
        flag(b, Feature.OFFSET_FETCH, caps.offsetFetch(), base.offsetFetch());
        flag(b, Feature.UPSERT, caps.upsertStyle() != UpsertStyle.NONE, base.upsertStyle() != UpsertStyle.NONE);
        flag(b, Feature.ROW_LOCKING, caps.rowLocking() != RowLockStyle.NONE, base.rowLocking() != RowLockStyle.NONE);
        return b;
    }

    private static void flag(TargetProfile.Builder b, Feature f, boolean value, boolean baseline) {
        if (value != baseline) {
            b.set(f, value);
        }
    }
}
