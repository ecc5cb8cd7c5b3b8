package com.rhosocial.activerecord.cli;

import com.rhosocial.activerecord.backend.Masking;
import com.rhosocial.activerecord.config.DataSourceDefinition;
import com.rhosocial.activerecord.jdbc.ActiveRecordDataSource;
import com.rhosocial.activerecord.jdbc.ActiveRecordDriver;
import com.rhosocial.activerecord.jdbc.PoolStats;

import javax.sql.DataSource;
import java.util.Locale;
import java.util.Optional;

/** Opens the driver's pooled data source for a configured datasource and finds its pool's statistics. */
final class Pools {

    private Pools() {
    }

    /** A pooled data source of the driver, and its datasource definition. */
    record Handle(DataSource dataSource, DataSourceDefinition definition) {

        /** The driver's statistics of this data source's (primary) pool, if it has started. */
        Optional<PoolStats> stats() {
            String url = Masking.maskUrl(definition.jdbcUrl());
            return ActiveRecordDriver.pools().stream().filter(p -> !p.replica() && url.equals(p.url())).findFirst();
        }

        String describe() {
            return stats().map(p -> String.format(Locale.ROOT, "%d active, %d idle, max %d", p.active(), p.idle(),
                    p.maximumPoolSize())).orElse("-");
        }
    }

    /**
     * The driver's data source for {@code def}, without translation (the commands that use it write portable SQL),
     * sharing the JVM-wide pool of that database.
     */
    static Handle open(DataSourceDefinition def) {
        return new Handle(ActiveRecordDataSource.of(def.connection(), def.backend().getClass()), def);
    }
}
