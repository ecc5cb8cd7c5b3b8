package com.rhosocial.activerecord.jdbc;

import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.zaxxer.hikari.HikariConfig;

import java.sql.SQLException;
import java.util.Map;

/** HikariCP settings of one pool, with HikariCP's names and units (milliseconds). */
record PoolSettings(int maximumPoolSize, Integer minimumIdle, long connectionTimeout, long idleTimeout,
                    long maxLifetime, long keepaliveTime, long leakDetectionThreshold, String poolName) {

    /** The enum's defaults, overridden by the options present in {@code options}. */
    static PoolSettings from(Map<String, String> options) throws SQLException {
        return new PoolSettings(
                ActiveRecordProperty.MAXIMUM_POOL_SIZE.getInteger(options),
                ActiveRecordProperty.MINIMUM_IDLE.getInteger(options),
                ActiveRecordProperty.CONNECTION_TIMEOUT.getMillis(options),
                ActiveRecordProperty.IDLE_TIMEOUT.getMillis(options),
                ActiveRecordProperty.MAX_LIFETIME.getMillis(options),
                ActiveRecordProperty.KEEPALIVE_TIME.getMillis(options),
                ActiveRecordProperty.LEAK_DETECTION_THRESHOLD.getMillis(options),
                ActiveRecordProperty.POOL_NAME.get(options)).validated();
    }

    /** The settings of a {@link ConnectionConfig}, overridden by the pool options present in {@code options}. */
    static PoolSettings from(ConnectionConfig c, Map<String, String> options) throws SQLException {
        PoolSettings base = new PoolSettings(c.maximumPoolSize(), c.minimumIdle(), c.connectionTimeout().toMillis(),
                c.idleTimeout().toMillis(), c.maxLifetime().toMillis(), c.keepaliveTime().toMillis(),
                c.leakDetectionThreshold().toMillis(), null);
        return base.override(options);
    }

    PoolSettings override(Map<String, String> o) throws SQLException {
        return new PoolSettings(
                ActiveRecordProperty.MAXIMUM_POOL_SIZE.isPresent(o) ? ActiveRecordProperty.MAXIMUM_POOL_SIZE.getInteger(o) : maximumPoolSize,
                ActiveRecordProperty.MINIMUM_IDLE.isPresent(o) ? ActiveRecordProperty.MINIMUM_IDLE.getInteger(o) : minimumIdle,
                ActiveRecordProperty.CONNECTION_TIMEOUT.isPresent(o) ? ActiveRecordProperty.CONNECTION_TIMEOUT.getMillis(o) : connectionTimeout,
                ActiveRecordProperty.IDLE_TIMEOUT.isPresent(o) ? ActiveRecordProperty.IDLE_TIMEOUT.getMillis(o) : idleTimeout,
                ActiveRecordProperty.MAX_LIFETIME.isPresent(o) ? ActiveRecordProperty.MAX_LIFETIME.getMillis(o) : maxLifetime,
                ActiveRecordProperty.KEEPALIVE_TIME.isPresent(o) ? ActiveRecordProperty.KEEPALIVE_TIME.getMillis(o) : keepaliveTime,
                ActiveRecordProperty.LEAK_DETECTION_THRESHOLD.isPresent(o) ? ActiveRecordProperty.LEAK_DETECTION_THRESHOLD.getMillis(o) : leakDetectionThreshold,
                ActiveRecordProperty.POOL_NAME.isPresent(o) ? ActiveRecordProperty.POOL_NAME.get(o) : poolName).validated();
    }

    private PoolSettings validated() throws SQLException {
        if (maximumPoolSize < 1) {
            throw ActiveRecordSqlState.INVALID_PARAMETER_VALUE.exception("option maximumPoolSize must be >= 1, got '" + maximumPoolSize + "'");
        }
        if (minimumIdle != null && (minimumIdle < 0 || minimumIdle > maximumPoolSize)) {
            throw ActiveRecordSqlState.INVALID_PARAMETER_VALUE.exception("option minimumIdle must be 0.." + maximumPoolSize + ", got '" + minimumIdle + "'");
        }
        if (connectionTimeout < 250) {
            throw ActiveRecordSqlState.INVALID_PARAMETER_VALUE.exception("option connectionTimeout must be >= 250 ms, got '" + connectionTimeout + "'");
        }
        if (idleTimeout < 0 || maxLifetime < 0 || keepaliveTime < 0 || leakDetectionThreshold < 0) {
            throw ActiveRecordSqlState.INVALID_PARAMETER_VALUE.exception("pool timeouts must not be negative: " + this);
        }
        return this;
    }

    /** Copies these settings onto a HikariCP configuration. */
    void applyTo(HikariConfig hc) {
        hc.setMaximumPoolSize(maximumPoolSize);
        if (minimumIdle != null) {
            hc.setMinimumIdle(minimumIdle);
        }
        hc.setConnectionTimeout(connectionTimeout);
        hc.setIdleTimeout(idleTimeout);
        hc.setMaxLifetime(maxLifetime);
        hc.setKeepaliveTime(keepaliveTime);
        hc.setLeakDetectionThreshold(leakDetectionThreshold);
    }
}
