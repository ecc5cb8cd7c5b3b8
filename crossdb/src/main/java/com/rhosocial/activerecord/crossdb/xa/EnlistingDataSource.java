package com.rhosocial.activerecord.crossdb.xa;

import com.rhosocial.activerecord.config.DataSourceDefinition;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import javax.sql.XAConnection;
import javax.sql.XADataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;

/**
 * A {@link DataSource} whose connections join the calling thread's JTA transaction: the first
 * {@link #getConnection()} in a transaction opens an {@link XAConnection} and enlists its {@code XAResource} (one
 * branch per datasource), later calls return the same connection, and the physical connection is closed after
 * completion. Outside a transaction it opens an ordinary connection through the backend. No XA pool: each
 * transaction opens one physical connection per datasource it touches. Thread-safe.
 */
final class EnlistingDataSource implements DataSource {

    private static final Logger LOG = LoggerFactory.getLogger(EnlistingDataSource.class);

    private final DataSourceDefinition ds;
    private final XADataSource xa;
    private final TransactionManager tm;
    private final TransactionSynchronizationRegistry tsr;
    private final Object key = new Object();

    EnlistingDataSource(DataSourceDefinition ds, XADataSource xa, TransactionManager tm,
                        TransactionSynchronizationRegistry tsr) {
        this.ds = ds;
        this.xa = xa;
        this.tm = tm;
        this.tsr = tsr;
    }

    /** The datasource this serves. */
    String name() {
        return ds.name();
    }

    @Override
    public Connection getConnection() throws SQLException {
        Transaction tx;
        int status;
        try {
            tx = tm.getTransaction();
            status = tx == null ? Status.STATUS_NO_TRANSACTION : tx.getStatus();
        } catch (SystemException e) {
            throw new SQLException("cannot read the JTA transaction status: " + e.getMessage(), "HY000", e);
        }
        if (tx == null || status == Status.STATUS_NO_TRANSACTION) {
            return ds.backend().connect(ds.connection());
        }
        if (status != Status.STATUS_ACTIVE) {
            throw new SQLException("datasource '" + ds.name() + "': the JTA transaction is not active (status "
                    + status + "), no new connection can join it", "25000");
        }
        Branch branch = (Branch) tsr.getResource(key);
        if (branch == null) {
            XAConnection xc = xa.getXAConnection();
            try {
                if (!tx.enlistResource(xc.getXAResource())) {
                    throw new SQLException("datasource '" + ds.name() + "' could not be enlisted in the XA transaction",
                            "HY000");
                }
            } catch (RollbackException | SystemException | IllegalStateException | SQLException e) {
                closeQuietly(xc);
                if (e instanceof SQLException se) {
                    throw se;
                }
                throw new SQLException("datasource '" + ds.name() + "' could not be enlisted in the XA transaction: "
                        + e.getMessage(), "HY000", e);
            }
            branch = new Branch(xc);
            tsr.putResource(key, branch);
            Branch b = branch;
            tsr.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int s) {
                    closeQuietly(b.xc);
                }
            });
        }
        // Drivers allow one open logical handle per XAConnection (PgJDBC closes the previous one), so the same
        // handle is handed out again until the caller closes it.
        if (branch.handle == null || branch.handle.isClosed()) {
            branch.handle = branch.xc.getConnection();
        }
        return branch.handle;
    }

    private void closeQuietly(XAConnection xc) {
        try {
            xc.close();
        } catch (SQLException e) {
            LOG.debug("{} - closing an XA connection failed", ds.name(), e);
        }
    }

    private static final class Branch {
        final XAConnection xc;
        Connection handle;

        Branch(XAConnection xc) {
            this.xc = xc;
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("credentials come from the datasource configuration", "0A000");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging", "0A000");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper for " + iface.getName(), "HY000");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
