package com.rhosocial.activerecord.crossdb.xa;

import com.rhosocial.activerecord.jdbc.ActiveRecordDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Makes plain JDBC code that opens {@code jdbc:activerecord:<name>} inside a {@link CrossDatabaseTransaction} get
 * the XA branch's connection of that datasource: binds it to the driver's data source of that name for the current
 * thread ({@link ActiveRecordDataSource#bindExternalToCurrentThread}). The name is resolved the way the URL is, in
 * the driver's configuration ({@code activerecord.yaml} by its usual lookup); a name it does not know has nothing
 * to bind, since no such URL could be opened either. Package-private.
 */
final class DriverBinding {

    private static final Logger LOG = LoggerFactory.getLogger(DriverBinding.class);

    /** What closes the binding; never throws. */
    interface Handle {
        void close();
    }

    private DriverBinding() {
    }

    static Handle bind(String datasource, Connection xaConnection) throws SQLException {
        ActiveRecordDataSource ds;
        try {
            ds = ActiveRecordDataSource.named(datasource);
        } catch (IllegalArgumentException e) {
            LOG.debug("{} - not a datasource of the driver's configuration, jdbc:activerecord: connections not bound: {}",
                    datasource, e.getMessage());
            return () -> { };
        }
        AutoCloseable binding = ds.bindExternalToCurrentThread(xaConnection);
        return () -> {
            try {
                binding.close();
            } catch (Exception e) {
                LOG.warn("{} - unbinding the XA connection from the thread failed", datasource, e);
            }
        };
    }
}
