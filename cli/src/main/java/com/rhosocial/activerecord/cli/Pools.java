package com.rhosocial.activerecord.cli;

import com.rhosocial.activerecord.config.DataSourceDefinition;
import com.rhosocial.activerecord.jdbc.ActiveRecordDataSource;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;

/** Opens the driver's pooled data source for a configured datasource and describes its pool. */
final class Pools {

    private Pools() {
    }

    /** A pooled data source and a way to describe its pool. */
    record Handle(DataSource dataSource) {
        String describe() {
            try {
                HikariDataSource h = dataSource.unwrap(HikariDataSource.class);
                HikariPoolMXBean mx = h.getHikariPoolMXBean();
                return String.format(Locale.ROOT, "%d active, %d idle, max %d", mx.getActiveConnections(),
                        mx.getIdleConnections(), h.getMaximumPoolSize());
            } catch (SQLException | RuntimeException e) {
                return "-";
            }
        }
    }

    static Handle open(DataSourceDefinition def, Duration timeout) {
        return new Handle(ActiveRecordDataSource.of(def.connection(), def.backend().getClass()));
    }
}
