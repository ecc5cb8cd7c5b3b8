package com.rhosocial.activerecord.crossdb.xa;

import com.rhosocial.activerecord.config.ActiveRecordConfig;
import com.rhosocial.activerecord.config.DataSourceDefinition;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransactionRollbackException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A block of work that commits on every listed datasource or on none, by XA two-phase commit through the JVM's
 * {@link XaTransactionManager} (Narayana, recovery log on disk).
 *
 * <pre>{@code
 * CrossDatabaseTransaction.run(List.of("orders_db", "stock_db"), ctx -> {
 *     try (PreparedStatement ps = ctx.connection("orders_db").prepareStatement("INSERT INTO orders ...")) { ... }
 *     try (PreparedStatement ps = ctx.connection("stock_db").prepareStatement("UPDATE stock ...")) { ... }
 * });
 * }</pre>
 *
 * <p>Guarantees: the work's connections share one global transaction; when the work returns, every branch is
 * prepared and then committed; when the work throws, or any prepare fails, every branch rolls back and the exception
 * reaches the caller. A crash between prepare and commit is completed by {@link XaTransactionManager#recover()}
 * from the log. Connections are valid only inside the block; do not call {@code commit}, {@code rollback} or
 * {@code setAutoCommit} on them.
 *
 * <p>Inside the block, plain JDBC code that opens {@code jdbc:activerecord:<name>} (or a data source of that name)
 * for a listed XA datasource gets a non-closing view of the branch's connection on this thread, so it commits and
 * rolls back with the block; each listed XA datasource is therefore enlisted when the block starts.
 *
 * <p>Backends without XA (SQLite) are refused with SQLState 0A000 unless named in {@link Builder#bestEffort}: then
 * that one datasource commits in one phase after every XA branch has prepared (Narayana's last-resource commit);
 * should an XA branch still fail afterwards, the hooks registered with {@link Context#onCompensate} run. This mode
 * is never the default; see {@code docs/cross-database/transactions.md} for its failure window.
 *
 * <p>Instances are immutable and thread-safe; each call runs on the calling thread, which must not already be in a
 * JTA transaction.
 */
public final class CrossDatabaseTransaction {

    private static final Logger LOG = LoggerFactory.getLogger(CrossDatabaseTransaction.class);

    private static volatile CrossDatabaseTransaction defaultInstance;

    private final ActiveRecordConfig config;
    private final XaTransactionManager xa;
    private final Set<String> bestEffort;
    private final boolean joinFacade;

    private CrossDatabaseTransaction(ActiveRecordConfig config, XaTransactionManager xa, Set<String> bestEffort,
                                     boolean joinFacade) {
        this.config = config;
        this.xa = xa;
        this.bestEffort = Set.copyOf(bestEffort);
        this.joinFacade = joinFacade;
    }

    /** The work of a transaction block. */
    @FunctionalInterface
    public interface Work {
        /** Runs inside the global transaction; throwing rolls every branch back. */
        void run(Context ctx) throws Exception;
    }

    /** The work of a transaction block that returns a value. */
    @FunctionalInterface
    public interface Call<T> {
        /** Runs inside the global transaction; throwing rolls every branch back. */
        T call(Context ctx) throws Exception;
    }

    /** What the work sees: one connection per listed datasource, enlisted on first use. */
    public interface Context {
        /**
         * The connection of a listed datasource, enlisted in the global transaction; the same one on every call.
         *
         * @throws IllegalArgumentException when {@code name} is not one of the transaction's datasources
         */
        Connection connection(String name) throws SQLException;

        /**
         * Registers a hook that undoes the work on a best-effort datasource when, after it committed, an XA branch
         * failed. Hooks of one datasource run in reverse order.
         *
         * @throws IllegalArgumentException when {@code name} is not a best-effort datasource of this transaction
         */
        void onCompensate(String name, Runnable hook);

        /** The JTA transaction, for enlisting further resources. */
        Transaction transaction();
    }

    /** A builder over a configuration. */
    public static Builder using(ActiveRecordConfig config) {
        return new Builder(config);
    }

    /**
     * Runs {@code work} over the datasources of {@link ActiveRecordConfig#load()}, with the transaction manager
     * settings of its {@code xa:} section.
     */
    public static void run(List<String> datasources, Work work) throws SQLException {
        defaultInstance().execute(datasources, work);
    }

    private static CrossDatabaseTransaction defaultInstance() {
        CrossDatabaseTransaction d = defaultInstance;
        if (d == null) {
            synchronized (CrossDatabaseTransaction.class) {
                if (defaultInstance == null) {
                    Builder b = using(ActiveRecordConfig.load());
                    // The facade reads the same activerecord.yaml, so its models can join the XA branches.
                    defaultInstance = (FacadeBridge.PRESENT ? b.joinFacadeModels() : b).build();
                }
                d = defaultInstance;
            }
        }
        return d;
    }

    /** Runs {@code work} in one transaction over {@code datasources}. */
    public void execute(List<String> datasources, Work work) throws SQLException {
        call(datasources, ctx -> {
            work.run(ctx);
            return null;
        });
    }

    /**
     * Runs {@code work} in one transaction over {@code datasources} and returns its result after the commit.
     *
     * @throws IllegalArgumentException       for an unknown or repeated datasource name, or more than one
     *                                        best-effort datasource
     * @throws SQLFeatureNotSupportedException SQLState 0A000 for a datasource without XA that is not opted in
     * @throws SQLTransactionRollbackException SQLState 40000 when everything was rolled back at commit time
     * @throws SQLException                    the work's own SQLException (after rollback), SQLState HY000 for a
     *                                         heuristic outcome or a transaction manager failure
     */
    public <T> T call(List<String> datasources, Call<T> work) throws SQLException {
        Objects.requireNonNull(work, "work");
        Map<String, DataSource> xaSources = new LinkedHashMap<>();
        Map<String, DataSourceDefinition> plain = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String name : datasources) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException("datasource '" + name + "' is listed twice in " + datasources);
            }
            DataSourceDefinition def = config.datasource(name).orElseThrow(() -> new IllegalArgumentException(
                    "unknown datasource '" + name + "'; configured: " + String.join(", ", config.names())));
            if (XaDataSources.supportsXa(def)) {
                xaSources.put(name, xa.dataSource(def));
            } else if (bestEffort.contains(name)) {
                plain.put(name, def);
            } else {
                throw new SQLFeatureNotSupportedException("datasource '" + name + "' (backend " + def.backend().name()
                        + ") has no XA support and cannot join an atomic cross-database transaction; opt into the"
                        + " best-effort mode with CrossDatabaseTransaction.using(config).bestEffort(\"" + name
                        + "\") only if a failure window is acceptable (docs/cross-database/transactions.md)", "0A000");
            }
        }
        if (plain.size() > 1) {
            throw new IllegalArgumentException("at most one best-effort datasource per transaction, got " + plain.keySet());
        }
        TransactionManager tm = xa.transactionManager();
        try {
            if (tm.getTransaction() != null) {
                throw new IllegalStateException("the thread is already in a JTA transaction; nested cross-database"
                        + " transactions are not supported");
            }
            tm.begin();
        } catch (NotSupportedException | SystemException e) {
            throw new SQLException("cannot begin the XA transaction: " + e.getMessage(), "HY000", e);
        }
        Transaction tx;
        try {
            tx = tm.getTransaction();
        } catch (SystemException e) {
            rollbackQuietly(tm);
            throw new SQLException("cannot read the XA transaction: " + e.getMessage(), "HY000", e);
        }
        ContextImpl ctx = new ContextImpl(xaSources, plain, tx);
        List<FacadeBridge.Joined> joined = new java.util.ArrayList<>();
        List<DriverBinding.Handle> bound = new java.util.ArrayList<>();
        T result;
        try {
            // Enlisted up front as well: legacy JDBC opening jdbc:activerecord:<name> in the block gets the branch.
            for (String name : xaSources.keySet()) {
                bound.add(DriverBinding.bind(name, ctx.connection(name)));
            }
            if (joinFacade) {
                // Enlisted up front: a model may touch its datasource before the work asks for the connection.
                for (String name : xaSources.keySet()) {
                    joined.add(FacadeBridge.join(name, ctx.connection(name)));
                }
            }
            result = work.call(ctx);
        } catch (Exception | Error e) {
            rollbackQuietly(tm);
            leave(joined, false);
            unbind(bound);
            ctx.closePlain();
            if (e instanceof SQLException se) {
                throw se;
            }
            if (e instanceof RuntimeException re) {
                throw re;
            }
            if (e instanceof Error err) {
                throw err;
            }
            throw new SQLException("cross-database transaction work failed, rolled back: " + e, "HY000", e);
        }
        boolean committed = false;
        try {
            tm.commit();
            committed = true;
            return result;
        } catch (RollbackException e) {
            throw new SQLTransactionRollbackException("cross-database transaction over " + datasources
                    + " rolled back on every datasource: " + rootMessage(e), "40000", e);
        } catch (HeuristicMixedException | HeuristicRollbackException e) {
            ctx.compensateCommittedBestEffort();
            throw new SQLException("cross-database transaction over " + datasources + " ended with a heuristic outcome"
                    + " (some branches committed, some rolled back): " + rootMessage(e), "HY000", e);
        } catch (SystemException | IllegalStateException | SecurityException e) {
            throw new SQLException("cross-database transaction over " + datasources + " failed to commit: "
                    + rootMessage(e), "HY000", e);
        } finally {
            leave(joined, committed);
            unbind(bound);
            ctx.closePlain();
        }
    }

    private static void leave(List<FacadeBridge.Joined> joined, boolean committed) {
        for (FacadeBridge.Joined j : joined) {
            try {
                j.close(committed);
            } catch (RuntimeException e) {
                LOG.warn("leaving the facade's external transaction failed", e);
            }
        }
        joined.clear();
    }

    private static void unbind(List<DriverBinding.Handle> bound) {
        bound.forEach(DriverBinding.Handle::close);
        bound.clear();
    }

    /** The message plus the innermost cause, looking at suppressed exceptions too (Narayana adds them there). */
    private static String rootMessage(Throwable t) {
        Throwable root = innermost(t, 0);
        return root == t ? String.valueOf(t.getMessage()) : t.getMessage() + " (cause: " + root + ")";
    }

    private static Throwable innermost(Throwable t, int depth) {
        if (depth > 10) {
            return t;
        }
        if (t.getCause() != null && t.getCause() != t) {
            return innermost(t.getCause(), depth + 1);
        }
        for (Throwable s : t.getSuppressed()) {
            return innermost(s, depth + 1);
        }
        return t;
    }

    private static void rollbackQuietly(TransactionManager tm) {
        try {
            if (tm.getStatus() != Status.STATUS_NO_TRANSACTION) {
                tm.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.error("rolling back the XA transaction failed", e);
        }
    }

    /** The transaction manager it uses. */
    public XaTransactionManager transactionManager() {
        return xa;
    }

    private static final class ContextImpl implements Context {
        private final Map<String, DataSource> xaSources;
        private final Map<String, DataSourceDefinition> plain;
        private final Map<String, BestEffortResource> bestEffort = new LinkedHashMap<>();
        private final Transaction tx;

        ContextImpl(Map<String, DataSource> xaSources, Map<String, DataSourceDefinition> plain, Transaction tx) {
            this.xaSources = xaSources;
            this.plain = plain;
            this.tx = tx;
        }

        @Override
        public Connection connection(String name) throws SQLException {
            DataSource ds = xaSources.get(name);
            if (ds != null) {
                return ds.getConnection();
            }
            DataSourceDefinition def = plain.get(name);
            if (def == null) {
                throw new IllegalArgumentException("datasource '" + name + "' is not part of this transaction; it has "
                        + xaSources.keySet() + (plain.isEmpty() ? "" : " and best-effort " + plain.keySet()));
            }
            BestEffortResource r = bestEffort.get(name);
            if (r == null) {
                Connection c = def.backend().connect(def.connection());
                c.setAutoCommit(false);
                r = new BestEffortResource(name, c);
                try {
                    if (!tx.enlistResource(r)) {
                        throw new SQLException("best-effort datasource '" + name + "' could not be enlisted", "HY000");
                    }
                } catch (RollbackException | SystemException e) {
                    c.close();
                    throw new SQLException("best-effort datasource '" + name + "' could not be enlisted: "
                            + e.getMessage(), "HY000", e);
                }
                bestEffort.put(name, r);
            }
            return r.connection();
        }

        @Override
        public void onCompensate(String name, Runnable hook) {
            Objects.requireNonNull(hook, "hook");
            if (!plain.containsKey(name)) {
                throw new IllegalArgumentException("compensation hooks belong to best-effort datasources; '" + name
                        + "' is not one of " + plain.keySet());
            }
            try {
                connection(name);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot open best-effort datasource '" + name + "': " + e.getMessage(), e);
            }
            bestEffort.get(name).addCompensation(hook);
        }

        @Override
        public Transaction transaction() {
            return tx;
        }

        void compensateCommittedBestEffort() {
            for (BestEffortResource r : bestEffort.values()) {
                if (r.committed()) {
                    r.compensate();
                }
            }
        }

        void closePlain() {
            for (BestEffortResource r : bestEffort.values()) {
                try {
                    r.connection().close();
                } catch (SQLException e) {
                    LOG.debug("closing best-effort connection {} failed", r, e);
                }
            }
        }
    }

    /** Builds a {@link CrossDatabaseTransaction}. */
    public static final class Builder {
        private final ActiveRecordConfig config;
        private XaSettings settings;
        private final Set<String> bestEffort = new LinkedHashSet<>();
        private boolean joinFacade;

        private Builder(ActiveRecordConfig config) {
            this.config = Objects.requireNonNull(config, "config");
        }

        /** Transaction manager settings; default: the configuration's {@code xa:} section. Returns the builder. */
        public Builder settings(XaSettings s) {
            this.settings = Objects.requireNonNull(s, "settings");
            return this;
        }

        /**
         * Opts datasources without XA into the best-effort mode (one-phase commit after every XA branch prepared,
         * compensation hooks). Never the default. Returns the builder.
         *
         * @throws IllegalArgumentException for an unknown datasource or one that supports XA anyway
         */
        public Builder bestEffort(String... names) {
            for (String n : names) {
                DataSourceDefinition d = config.require(n);
                if (XaDataSources.supportsXa(d)) {
                    throw new IllegalArgumentException("datasource '" + n + "' (backend " + d.backend().name()
                            + ") supports XA; best-effort mode is only for backends without it");
                }
                bestEffort.add(n);
            }
            return this;
        }

        /**
         * Makes facade models ({@code activerecord-facade} on the classpath) on the transaction's XA datasources use
         * the XA branches inside the block, so that model saves commit or roll back with everything else. The
         * facade resolves datasources by name from {@code ActiveRecordConfig.load()}, so the names must mean the
         * same databases there as in this builder's configuration. On by default for the static
         * {@link CrossDatabaseTransaction#run}. Returns the builder.
         *
         * @throws IllegalStateException when the facade is not on the classpath
         */
        public Builder joinFacadeModels() {
            if (!FacadeBridge.PRESENT) {
                throw new IllegalStateException("joinFacadeModels() needs activerecord-facade on the classpath");
            }
            this.joinFacade = true;
            return this;
        }

        /** Starts (or joins) the JVM's transaction manager and returns the transaction runner. */
        public CrossDatabaseTransaction build() {
            XaSettings s = settings != null ? settings : XaSettings.fromSection(config.section("xa"));
            return new CrossDatabaseTransaction(config, XaTransactionManager.start(s), bestEffort, joinFacade);
        }
    }
}
