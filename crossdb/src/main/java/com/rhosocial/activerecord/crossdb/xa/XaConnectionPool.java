package com.rhosocial.activerecord.crossdb.xa;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.ConnectionEvent;
import javax.sql.ConnectionEventListener;
import javax.sql.XAConnection;
import javax.sql.XADataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small pool of {@link XAConnection}s of one datasource, so that consecutive or concurrent XA transactions reuse
 * physical connections instead of opening one per transaction and datasource. At most {@code maximumSize}
 * connections exist at once (borrowed plus idle); a borrower waits up to {@code acquireTimeout} for one.
 *
 * <p>An idle connection is validated ({@code isValid}) before reuse when it has been idle longer than
 * {@value #VALIDATION_SKIP_MS} ms, and discarded (not reused) when its driver reported a connection error, when it
 * fails validation, when it was idle longer than {@code idleTimeout}, or when the transaction it served ended in
 * an unknown or heuristic state. Recovery does not use this pool: it scans with its own connection, so an in-doubt
 * branch never keeps a pooled connection busy. Thread-safe. Package-private: reached through
 * {@link XaTransactionManager#dataSource}.
 */
final class XaConnectionPool implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(XaConnectionPool.class);

    /** Reuse within this many milliseconds of the last release skips validation (as HikariCP does). */
    static final long VALIDATION_SKIP_MS = 500;

    private final String name;
    private final XADataSource source;
    private final int maximumSize;
    private final Duration acquireTimeout;
    private final Duration idleTimeout;
    private final Semaphore permits;
    private final Deque<Idle> idle = new ArrayDeque<>();
    private final Set<XAConnection> broken = ConcurrentHashMap.newKeySet();
    private final AtomicLong opened = new AtomicLong();
    private volatile boolean closed;

    private record Idle(XAConnection connection, long since) {
    }

    XaConnectionPool(String name, XADataSource source, int maximumSize, Duration acquireTimeout, Duration idleTimeout) {
        if (maximumSize < 1) {
            throw new IllegalArgumentException("XA pool of '" + name + "': maximumSize must be >= 1, got " + maximumSize);
        }
        this.name = name;
        this.source = source;
        this.maximumSize = maximumSize;
        this.acquireTimeout = acquireTimeout;
        this.idleTimeout = idleTimeout;
        this.permits = new Semaphore(maximumSize, true);
    }

    /**
     * A pooled XA connection for one transaction branch; give it back with {@link #release} or {@link #discard}.
     *
     * @throws SQLTransientConnectionException SQLState 08001 when none became free within the acquire timeout
     * @throws SQLException                    the driver's error when a new connection cannot be opened
     */
    XAConnection acquire() throws SQLException {
        if (closed) {
            throw new SQLException("XA pool of datasource '" + name + "' is closed", "08003");
        }
        try {
            if (!permits.tryAcquire(acquireTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SQLTransientConnectionException("datasource '" + name + "': no XA connection free within "
                        + acquireTimeout.toMillis() + " ms (maximumPoolSize=" + maximumSize + ")", "08001");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLTransientConnectionException("interrupted waiting for an XA connection of '" + name + "'",
                    "08001", e);
        }
        try {
            for (Idle candidate = poll(); candidate != null; candidate = poll()) {
                if (usable(candidate)) {
                    return candidate.connection();
                }
                closeQuietly(candidate.connection());
            }
            XAConnection xc = source.getXAConnection();
            opened.incrementAndGet();
            xc.addConnectionEventListener(new ConnectionEventListener() {
                @Override
                public void connectionClosed(ConnectionEvent event) {
                    // a logical handle closed: the physical connection stays with its branch until release
                }

                @Override
                public void connectionErrorOccurred(ConnectionEvent event) {
                    broken.add(xc);
                }
            });
            return xc;
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    /** Gives a connection back after its branch completed normally; broken ones are closed instead. */
    void release(XAConnection xc) {
        if (closed || broken.remove(xc)) {
            closeQuietly(xc);
        } else {
            synchronized (idle) {
                idle.push(new Idle(xc, System.nanoTime()));
            }
        }
        permits.release();
    }

    /** Closes a connection whose state is not known to be clean (unknown or heuristic outcome, enlist failure). */
    void discard(XAConnection xc) {
        broken.remove(xc);
        closeQuietly(xc);
        permits.release();
    }

    /** Physical XA connections opened so far. */
    long opened() {
        return opened.get();
    }

    /** Connections idle in the pool now. */
    int idleCount() {
        synchronized (idle) {
            return idle.size();
        }
    }

    private Idle poll() {
        synchronized (idle) {
            return idle.poll(); // most recently used first: the others age out by idleTimeout
        }
    }

    private boolean usable(Idle candidate) {
        XAConnection xc = candidate.connection();
        if (broken.remove(xc)) {
            return false;
        }
        long idleMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - candidate.since());
        if (!idleTimeout.isZero() && idleMs > idleTimeout.toMillis()) {
            return false;
        }
        if (idleMs <= VALIDATION_SKIP_MS) {
            return true;
        }
        // A handle taken outside a branch is an ordinary auto-commit connection; closing it keeps the physical one.
        try (Connection handle = xc.getConnection()) {
            return handle.isValid(5) && !broken.contains(xc);
        } catch (SQLException e) {
            LOG.debug("{} - pooled XA connection failed validation, discarded", name, e);
            return false;
        }
    }

    private void closeQuietly(XAConnection xc) {
        try {
            xc.close();
        } catch (SQLException | RuntimeException e) {
            LOG.debug("{} - closing an XA connection failed", name, e);
        }
    }

    /** Closes the idle connections; borrowed ones are closed when given back. */
    @Override
    public void close() {
        closed = true;
        for (Idle i = poll(); i != null; i = poll()) {
            closeQuietly(i.connection());
        }
    }

    @Override
    public String toString() {
        return "XaConnectionPool[" + name + ", max " + maximumSize + ", opened " + opened.get() + ", idle "
                + idleCount() + "]";
    }
}
