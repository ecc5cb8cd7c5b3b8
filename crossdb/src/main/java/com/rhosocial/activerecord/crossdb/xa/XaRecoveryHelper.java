package com.rhosocial.activerecord.crossdb.xa;

import com.arjuna.ats.jta.recovery.XAResourceRecoveryHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.XAConnection;
import javax.sql.XADataSource;
import javax.transaction.xa.XAResource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Gives Narayana's recovery module an {@link XAResource} of one datasource, on a connection of its own that stays
 * open across the two passes of a scan and is reopened when it broke. Package-private engine code.
 */
final class XaRecoveryHelper implements XAResourceRecoveryHelper {

    private static final Logger LOG = LoggerFactory.getLogger(XaRecoveryHelper.class);

    private final String name;
    private final XADataSource xa;
    private XAConnection connection;
    private Connection handle;

    XaRecoveryHelper(String name, XADataSource xa) {
        this.name = name;
        this.xa = xa;
    }

    @Override
    public boolean initialise(String p) {
        return true;
    }

    @Override
    public synchronized XAResource[] getXAResources() {
        try {
            if (connection == null || handle == null || !handle.isValid(5)) {
                close();
                connection = xa.getXAConnection();
                handle = connection.getConnection();
            }
            return new XAResource[] {connection.getXAResource()};
        } catch (SQLException e) {
            // Recovery retries on its next scan; a datasource that is down must not stop the others.
            LOG.warn("{} - XA recovery cannot connect: {} (SQLState {})", name, e.getMessage(), e.getSQLState());
            close();
            return new XAResource[0];
        }
    }

    private void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("{} - closing the recovery connection failed", name, e);
            }
        }
        connection = null;
        handle = null;
    }

    @Override
    public String toString() {
        return "XaRecoveryHelper[" + name + "]";
    }
}
