package com.rhosocial.activerecord.transaction;

import com.rhosocial.activerecord.ActiveRecordException;
import com.rhosocial.activerecord.internal.Db;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * Runs transaction blocks per datasource and thread. The outermost block takes a connection from the pool, turns
 * auto-commit off, sets the isolation level (refusing one the backend lacks), binds the connection to the thread on
 * the driver, and commits when the block returns or rolls back when it throws anything. A nested block on the same
 * datasource is a savepoint. Callbacks registered with {@link #afterCommit(Db, Runnable)} run once the outermost
 * transaction has committed; {@link #afterRollback(Db, Runnable)} ones once it (or their savepoint) rolled back.
 * Most code reaches this through {@code ActiveRecord.transaction(...)} or a model's finder.
 */
public final class Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);
    private static final ThreadLocal<Map<Db, Tx>> ACTIVE = ThreadLocal.withInitial(IdentityHashMap::new);

    private Transactions() {
    }

    private static final class Frame {
        final Savepoint savepoint;
        final List<Runnable> onCommit = new ArrayList<>();
        final List<Runnable> onRollback = new ArrayList<>();

        Frame(Savepoint savepoint) {
            this.savepoint = savepoint;
        }
    }

    private static final class Tx {
        final Connection connection;
        final Isolation isolation;
        final Deque<Frame> frames = new ArrayDeque<>();
        /** rollback callbacks of savepoints that rolled back; they run when the outer transaction ends. */
        final List<Runnable> rolledBack = new ArrayList<>();

        Tx(Connection connection, Isolation isolation) {
            this.connection = connection;
            this.isolation = isolation;
        }
    }

    /** The connection of the transaction open on {@code db} in this thread, or null. */
    public static Connection connectionFor(Db db) {
        Map<Db, Tx> m = ACTIVE.get();
        if (m.isEmpty()) {
            return null;
        }
        Tx tx = m.get(db);
        return tx == null ? null : tx.connection;
    }

    /** Whether a transaction is open on {@code db} in this thread. */
    public static boolean isActive(Db db) {
        return connectionFor(db) != null;
    }

    /** Runs {@code r} after the current transaction on {@code db} commits, or at once when none is open. */
    public static void afterCommit(Db db, Runnable r) {
        Tx tx = ACTIVE.get().get(db);
        if (tx == null) {
            runQuietly(List.of(r));
        } else {
            tx.frames.peek().onCommit.add(r);
        }
    }

    /** Runs {@code r} after the current transaction on {@code db} (or the current savepoint) rolls back. */
    public static void afterRollback(Db db, Runnable r) {
        Tx tx = ACTIVE.get().get(db);
        if (tx != null) {
            tx.frames.peek().onRollback.add(r);
        }
    }

    /** Runs {@code body} in a transaction on {@code db}; {@code isolation} may be null for the backend's default. */
    public static void run(Db db, Isolation isolation, TransactionBody body) {
        call(db, isolation, () -> {
            body.run();
            return null;
        });
    }

    /**
     * Runs {@code body} in a transaction on {@code db} and returns its result. Any exception rolls back and is
     * rethrown (checked ones wrapped in {@link ActiveRecordException}).
     */
    public static <R> R call(Db db, Isolation isolation, Callable<R> body) {
        Map<Db, Tx> active = ACTIVE.get();
        Tx tx = active.get(db);
        return tx == null ? outer(db, isolation, body, active) : nested(db, tx, isolation, body);
    }

    private static void checkIsolation(Db db, Isolation isolation) {
        if (isolation != null && !db.backend().supportedIsolationLevels().contains(isolation.jdbcLevel())) {
            TreeSet<String> supported = new TreeSet<>();
            for (Isolation i : Isolation.values()) {
                if (db.backend().supportedIsolationLevels().contains(i.jdbcLevel())) {
                    supported.add(i.name());
                }
            }
            throw new UnsupportedIsolationException("isolation level " + isolation + " is not supported by backend "
                    + db.backend().name() + " (datasource " + db.name() + "); supported: " + supported);
        }
    }

    private static <R> R outer(Db db, Isolation isolation, Callable<R> body, Map<Db, Tx> active) {
        checkIsolation(db, isolation);
        Connection c;
        boolean savedAutoCommit;
        int savedIsolation;
        try {
            c = db.dataSource().getConnection();
        } catch (SQLException e) {
            throw new ActiveRecordException("cannot begin a transaction on " + db.name() + ": " + e.getMessage(), e);
        }
        Tx tx = new Tx(c, isolation);
        tx.frames.push(new Frame(null));
        AutoCloseable binding = null;
        try {
            savedAutoCommit = c.getAutoCommit();
            savedIsolation = c.getTransactionIsolation();
            if (isolation != null) {
                c.setTransactionIsolation(isolation.jdbcLevel());
            }
            c.setAutoCommit(false);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new ActiveRecordException("cannot begin a transaction on " + db.name() + ": " + e.getMessage(), e);
        }
        active.put(db, tx);
        boolean committed = false;
        try {
            binding = db.bindToCurrentThread(c);
            R result = body.call();
            c.commit();
            committed = true;
            return result;
        } catch (Throwable t) {
            try {
                c.rollback();
            } catch (SQLException e) {
                t.addSuppressed(e);
            }
            throw rethrow(t);
        } finally {
            active.remove(db);
            if (binding != null) {
                try {
                    binding.close();
                } catch (Exception e) {
                    LOG.warn("{} - unbinding the transaction's connection failed", db.name(), e);
                }
            }
            try {
                c.setAutoCommit(savedAutoCommit);
                if (isolation != null && savedIsolation != isolation.jdbcLevel()) {
                    c.setTransactionIsolation(savedIsolation);
                }
            } catch (SQLException e) {
                LOG.warn("{} - restoring connection state after a transaction failed", db.name(), e);
            }
            closeQuietly(c);
            Frame f = tx.frames.pop();
            if (committed) {
                runQuietly(f.onCommit);
                runQuietly(tx.rolledBack);
            } else {
                runQuietly(f.onRollback);
                runQuietly(tx.rolledBack);
            }
        }
    }

    private static <R> R nested(Db db, Tx tx, Isolation isolation, Callable<R> body) {
        if (isolation != null && isolation != tx.isolation) {
            throw new UnsupportedIsolationException("cannot change the isolation level to " + isolation
                    + " inside an open transaction on " + db.name());
        }
        Savepoint sp;
        try {
            sp = tx.connection.setSavepoint();
        } catch (SQLException e) {
            throw new ActiveRecordException("cannot set a savepoint on " + db.name() + ": " + e.getMessage(), e);
        }
        Frame frame = new Frame(sp);
        tx.frames.push(frame);
        try {
            R result = body.call();
            tx.frames.pop();
            try {
                tx.connection.releaseSavepoint(sp);
            } catch (SQLException e) {
                LOG.debug("{} - releasing a savepoint failed; it ends with the transaction", db.name(), e);
            }
            Frame parent = tx.frames.peek();
            parent.onCommit.addAll(frame.onCommit);
            parent.onRollback.addAll(frame.onRollback);
            return result;
        } catch (Throwable t) {
            tx.frames.pop();
            try {
                tx.connection.rollback(sp);
            } catch (SQLException e) {
                t.addSuppressed(e);
            }
            tx.rolledBack.addAll(frame.onRollback);
            throw rethrow(t);
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException) {
            return (RuntimeException) t;
        }
        if (t instanceof Error) {
            throw (Error) t;
        }
        return new ActiveRecordException("transaction rolled back: " + t, t);
    }

    private static void runQuietly(List<Runnable> callbacks) {
        for (Runnable r : callbacks) {
            try {
                r.run();
            } catch (RuntimeException e) {
                // the transaction has ended; a failing callback must not change its outcome
                LOG.error("after-transaction callback failed", e);
            }
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.warn("closing a transaction's connection failed", e);
        }
    }

    // ---- added by the crossdb helper (issue 6): a transaction owned by an external coordinator ----------------

    /**
     * Makes {@code connection} the transaction connection of {@code db} in this thread until the returned handle is
     * closed, for a transaction that someone else commits or rolls back (an XA coordinator such as
     * {@code CrossDatabaseTransaction}): models on {@code db} use it, nested transaction blocks become savepoints, and
     * nothing here commits, rolls back or closes it. Call {@link External#committed()} before closing when the
     * coordinator committed, so that after-commit callbacks run (otherwise after-rollback ones do).
     *
     * @throws IllegalStateException when a transaction is already open on {@code db} in this thread
     */
    public static External joinExternal(Db db, Connection connection) {
        Map<Db, Tx> active = ACTIVE.get();
        if (active.containsKey(db)) {
            throw new IllegalStateException("a transaction is already open on " + db.name() + " in this thread");
        }
        Tx tx = new Tx(connection, null);
        tx.frames.push(new Frame(null));
        active.put(db, tx);
        return new External(db, tx, active);
    }

    /** The handle of {@link #joinExternal}; not thread-safe, close it on the thread that joined. */
    public static final class External implements AutoCloseable {
        private final Db db;
        private final Tx tx;
        private final Map<Db, Tx> active;
        private boolean committed;
        private boolean closed;

        private External(Db db, Tx tx, Map<Db, Tx> active) {
            this.db = db;
            this.tx = tx;
            this.active = active;
        }

        /** Records that the external transaction committed. */
        public void committed() {
            committed = true;
        }

        /** Leaves the transaction and runs the after-commit or after-rollback callbacks registered inside it. */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (active.get(db) == tx) {
                active.remove(db);
            }
            Frame f = tx.frames.pop();
            runQuietly(committed ? f.onCommit : f.onRollback);
            runQuietly(tx.rolledBack);
        }
    }
}
