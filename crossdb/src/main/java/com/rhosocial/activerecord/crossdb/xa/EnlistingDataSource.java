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

import com.rhosocial.activerecord.crossdb.support.ConfiguredDataSource;

import javax.sql.DataSource;
import javax.sql.XAConnection;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A {@link DataSource} whose connections join the calling thread's JTA transaction: the first
 * {@link #getConnection()} in a transaction opens an {@link XAConnection} and enlists its {@code XAResource} (one
 * branch per datasource), later calls return the same connection, and after completion the physical connection
 * goes back to the datasource's {@link XaConnectionPool} (at most {@code maximumPoolSize} XA connections per
 * datasource, so a burst of transactions reuses a few physical connections instead of opening one each). Outside a
 * transaction it opens an ordinary connection through the backend. Thread-safe.
 */
final class EnlistingDataSource extends ConfiguredDataSource implements DataSource {

    private static final Logger LOG = LoggerFactory.getLogger(EnlistingDataSource.class);

    private final DataSourceDefinition ds;
    private final XaConnectionPool pool;
    private final TransactionManager tm;
    private final TransactionSynchronizationRegistry tsr;
    private final Object key = new Object();

    EnlistingDataSource(DataSourceDefinition ds, XaConnectionPool pool, TransactionManager tm,
                        TransactionSynchronizationRegistry tsr) {
        this.ds = ds;
        this.pool = pool;
        this.tm = tm;
        this.tsr = tsr;
    }

    /** The datasource this serves. */
    String name() {
        return ds.name();
    }

    /** Its XA connection pool. */
    XaConnectionPool pool() {
        return pool;
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
            XAConnection xc = pool.acquire();
            try {
                if (!tx.enlistResource(xc.getXAResource())) {
                    throw new SQLException("datasource '" + ds.name() + "' could not be enlisted in the XA transaction",
                            "HY000");
                }
            } catch (RollbackException | SystemException | IllegalStateException | SQLException e) {
                pool.discard(xc);
                if (e instanceof SQLException se) {
                    throw se;
                }
                throw new SQLException("datasource '" + ds.name() + "' could not be enlisted in the XA transaction: "
                        + e.getMessage(), "HY000", e);
            }
            branch = new Branch(xc, Thread.currentThread());
            tsr.putResource(key, branch);
            Branch b = branch;
            tsr.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int s) {
                    // Reused only after a clean outcome on the thread that ran the work: a heuristic or unknown
                    // outcome, or a rollback by the timeout reaper while the work may still hold the connection,
                    // leaves the physical connection in a state nobody should inherit.
                    boolean clean = (s == Status.STATUS_COMMITTED || s == Status.STATUS_ROLLEDBACK)
                            && Thread.currentThread() == b.owner;
                    if (clean) {
                        pool.release(b.xc);
                    } else {
                        LOG.debug("{} - XA connection discarded after completion status {}", ds.name(), s);
                        pool.discard(b.xc);
                    }
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

    private static final class Branch {
        final XAConnection xc;
        final Thread owner;
        Connection handle;

        Branch(XAConnection xc, Thread owner) {
            this.xc = xc;
            this.owner = owner;
        }
    }

    @Override
    public String toString() {
        return "EnlistingDataSource[" + ds.name() + ", " + pool + "]";
    }
}
