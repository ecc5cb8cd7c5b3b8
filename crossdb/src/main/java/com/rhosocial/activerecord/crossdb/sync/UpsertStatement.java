package com.rhosocial.activerecord.crossdb.sync;

import com.rhosocial.activerecord.backend.Backend;
import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.Outcome;
import com.rhosocial.activerecord.dialect.SqlTranslator;
import com.rhosocial.activerecord.dialect.Translation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The upsert a sync writes to its target: one canonical statement (PostgreSQL's
 * {@code INSERT ... ON CONFLICT ... DO UPDATE SET c = EXCLUDED.c}) translated by the project's {@link SqlTranslator}
 * into the target backend's dialect, with the translator's parameter map for binding. When the translator cannot
 * (names that need quoting, an unsupported outcome), the per-style {@link UpsertRenderer} chosen by the backend's
 * {@code capabilities().upsertStyle()} renders it instead. Package-private engine code.
 *
 * @param sql          the target statement
 * @param parameterMap entry {@code i}: the 1-based column position whose value goes to parameter {@code i + 1}
 * @param translated   whether the translator produced it (false: the per-style renderer)
 */
record UpsertStatement(String sql, int[] parameterMap, boolean translated) {

    private static final Logger LOG = LoggerFactory.getLogger(UpsertStatement.class);
    private static final SqlTranslator TRANSLATOR = SqlTranslator.builder().build();

    static UpsertStatement forTarget(Backend target, Connection tgt, String table, List<String> columns, String key)
            throws SQLException {
        String canonical = new UpsertRenderer.OnConflict().render(table, columns, List.of(key));
        boolean plainNames = SqlNames.isSimple(table) && columns.stream().allMatch(SqlNames::isSimple);
        if (plainNames) {
            try {
                Translation t = TRANSLATOR.translate(canonical, Dialect.POSTGRESQL, target.dialect());
                if (t.outcome() != Outcome.UNSUPPORTED && t.statements().size() == 1
                        && t.targetParameterCount() == columns.size()) {
                    return new UpsertStatement(t.sql(), t.parameterMap(), true);
                }
                LOG.debug("{} - translator gave {} for the upsert; using the {} renderer", target.name(), t,
                        target.capabilities().upsertStyle());
            } catch (SQLException | RuntimeException e) {
                LOG.debug("{} - translator cannot render the upsert ({}); using the {} renderer", target.name(),
                        e.getMessage(), target.capabilities().upsertStyle());
            }
        }
        String sql = UpsertRenderer.forStyle(target.capabilities().upsertStyle(), tgt).render(table, columns, List.of(key));
        int[] identity = new int[columns.size()];
        for (int i = 0; i < identity.length; i++) {
            identity[i] = i + 1;
        }
        return new UpsertStatement(sql, identity, false);
    }

    /** Binds one row (already converted to the target types) to {@code ps}. */
    void bind(PreparedStatement ps, Object[] values, int[] targetTypes) throws SQLException {
        for (int i = 0; i < parameterMap.length; i++) {
            int col = parameterMap[i] - 1;
            if (values[col] == null) {
                ps.setNull(i + 1, targetTypes[col]);
            } else {
                ps.setObject(i + 1, values[col]);
            }
        }
    }
}
