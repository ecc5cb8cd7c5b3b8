package com.rhosocial.activerecord.jdbc;

import com.rhosocial.activerecord.backend.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.TimeUnit;

/**
 * The slow-statement log: one WARN line on logger {@code com.rhosocial.activerecord.jdbc.SlowStatementLog} per
 * statement that ran at least {@code slowQueryThreshold} ms, with the SQL as written and as run. Bind values are
 * shown only with {@code logParameters=true}; secrets in the SQL text are masked either way.
 */
final class SlowStatementLog {

    private static final Logger LOG = LoggerFactory.getLogger(SlowStatementLog.class);

    private SlowStatementLog() {
    }

    static void log(ConnectionSettings settings, long elapsedNanos, String sql, String translated, Object[] params) {
        if (!LOG.isWarnEnabled()) {
            return;
        }
        long ms = TimeUnit.NANOSECONDS.toMillis(elapsedNanos);
        String written = Masking.maskText(sql);
        String run = translated == null || translated.equals(sql) ? "(as written)" : Masking.maskText(translated);
        LOG.warn("{} - slow statement {} ms: {} | run as: {} | parameters: {}", settings.label, ms, written, run,
                parameters(settings, params));
    }

    private static String parameters(ConnectionSettings settings, Object[] params) {
        if (!settings.logParameters || params == null) {
            return "(masked; set logParameters=true to show)";
        }
        StringBuilder sb = new StringBuilder("[");
        int last = params.length - 1;
        while (last > 0 && params[last] == null) {
            last--;
        }
        for (int i = 1; i <= last; i++) {
            if (i > 1) {
                sb.append(", ");
            }
            Object v = params[i];
            sb.append(v instanceof CharSequence ? "'" + v + "'" : String.valueOf(v));
        }
        return sb.append(']').toString();
    }
}
