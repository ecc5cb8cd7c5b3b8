package com.rhosocial.activerecord.jdbc;

import com.rhosocial.activerecord.backend.Backend;
import com.rhosocial.activerecord.backend.Masking;
import com.rhosocial.activerecord.backend.ServerVersion;
import com.rhosocial.activerecord.dialect.TargetProfile;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import com.zaxxer.hikari.pool.HikariPool;
import com.zaxxer.hikari.util.PropertyElf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * One HikariCP pool for one database target, shared by every datasource, URL and facade object that reaches that
 * target. The HikariCP pool starts on first use (and again after a failed start), so that a server that is down
 * when the application starts gives a clear error and then recovers. Also holds what belongs to the physical
 * database: the thread binding and the schema cache.
 */
final class PhysicalPool {

    private static final Logger LOG = LoggerFactory.getLogger(PhysicalPool.class);
    private static final AtomicInteger SEQ = new AtomicInteger();

    final PoolKey key;
    final Backend backend;
    final String url;
    final String name;
    final PoolSettings settings;
    /** The connection bound to the current thread by {@link ActiveRecordDataSource#bindToCurrentThread}. */
    final ThreadLocal<ProxyConnection> bound = new ThreadLocal<>();
    /**
     * Set before the first binding and never cleared: until then no thread can have a bound connection, so borrowing
     * skips the thread-local lookup (most legacy applications never bind).
     */
    volatile boolean everBound;

    /** The connection bound to the current thread, or null. */
    ProxyConnection boundConnection() {
        return everBound ? bound.get() : null;
    }
    final SchemaCache schema = new SchemaCache();
    final LongAdder borrowed = new LongAdder();
    final LongAdder failures = new LongAdder();
    /** System.nanoTime() until which a failed replica is skipped; 0 when available. */
    volatile long downUntil;
    private final Target target;
    private final long replicaTimeout;
    private volatile HikariDataSource ds;
    /** Auto-commit of a connection fresh from the pool (HikariCP resets it on return), so open() need not ask. */
    volatile boolean defaultAutoCommit = true;
    private volatile boolean closed;
    /** What the translator writes for this database, from the version of the first connection that asked. */
    private volatile TargetProfile profile;
    private volatile ServerVersion version;

    PhysicalPool(PoolKey key, Target target, PoolSettings settings, long replicaTimeout) {
        this.key = key;
        this.target = target;
        this.backend = target.backend();
        this.url = target.url();
        this.settings = settings;
        this.replicaTimeout = replicaTimeout;
        // activerecord.yaml's pool.poolName reaches HikariCP through the extras; use it here too, or PoolStats and
        // our log lines would name the pool differently from HikariCP's own messages.
        String configured = settings.poolName() != null ? settings.poolName()
                : target.hikariExtras().getProperty("poolName");
        this.name = configured != null ? configured
                : "ar-" + backend.name() + (key.replica() ? "-replica-" : "-") + SEQ.incrementAndGet();
    }

    /**
     * The backend's {@link Backend#targetProfile(ServerVersion)} for the server behind {@code c}, read once per pool
     * (a pool reaches one server). When the version cannot be read the version-free profile is used, and asked again
     * next time.
     */
    TargetProfile profile(Connection c) {
        TargetProfile p = profile;
        if (p != null) {
            return p;
        }
        try {
            ServerVersion v = ServerVersion.of(c.getMetaData());
            p = backend.targetProfile(v);
            version = v;
            profile = p;
            if (!p.isPlain()) {
                LOG.info("{} - server {}: translating for {}", name, v, p);
            }
            return p;
        } catch (SQLException | RuntimeException e) {
            LOG.debug("{} - cannot read the server version ({}); translating for the version-free capabilities", name,
                    e.toString());
            return backend.targetProfile();
        }
    }

    /** The profile once read, else null: one volatile read on the hot path. */
    TargetProfile knownProfile() {
        return profile;
    }

    /** The server version read by {@link #profile(Connection)}, borrowing a connection when none has been read yet. */
    ServerVersion version() throws SQLException {
        if (version == null) {
            profile(); // reads both, on the thread's bound connection or a borrowed one
        }
        return version;
    }

    /** {@link #profile(Connection)}, borrowing a connection when the version has not been read yet. */
    TargetProfile profile() throws SQLException {
        TargetProfile p = profile;
        if (p != null) {
            return p;
        }
        ProxyConnection b = boundConnection();
        if (b != null && !b.isClosed()) {
            // the thread's transaction holds a connection: read the version there rather than wait for another
            return profile(b.cur());
        }
        try (Connection c = borrow()) {
            return profile(c);
        }
    }

    /** A pooled connection (HikariCP's proxy); {@code close()} returns it. */
    Connection borrow() throws SQLException {
        HikariDataSource d = ds;
        if (d == null) {
            d = start();
        }
        try {
            Connection c = d.getConnection();
            borrowed.increment();
            if (profile == null) {
                // read the server version on the first connection, so that asking for it later never needs a
                // second one (a one-connection pool whose connection a transaction holds would wait)
                profile(c);
            }
            return c;
        } catch (SQLTransientConnectionException e) {
            failures.increment();
            // HikariCP's message gives the pool's current total, not its configured size; an application reading
            // "total=0" while the database is down cannot tell how large the pool may grow. Same class and state.
            throw new SQLTransientConnectionException(e.getMessage() + " [maximumPoolSize="
                    + settings.maximumPoolSize() + ", connectionTimeout=" + settings.connectionTimeout() + "ms]",
                    e.getSQLState(), e.getErrorCode(), e);
        } catch (SQLException e) {
            failures.increment();
            throw e;
        }
    }

    private synchronized HikariDataSource start() throws SQLException {
        if (closed) {
            throw ActiveRecordSqlState.CONNECTION_DOES_NOT_EXIST.exception("pool " + name + " has been shut down");
        }
        HikariDataSource d = ds;
        if (d != null) {
            return d;
        }
        HikariConfig hc = new HikariConfig();
        hc.setPoolName(name);
        hc.setDataSource(new DriverDataSource(backend.loadDriver(), url, target.properties(), target.initSql()));
        settings.applyTo(hc);
        if (!target.hikariExtras().isEmpty()) {
            try {
                PropertyElf.setTargetFromProperties(hc, target.hikariExtras());
            } catch (RuntimeException e) {
                throw ActiveRecordSqlState.INVALID_PARAMETER_VALUE.exception("pool " + name + ": invalid HikariCP setting in "
                        + Masking.maskProperties(target.hikariExtras()) + ": " + e.getMessage(), e);
            }
        }
        if (isPrivateInMemoryDatabase(url)) {
            // Each connection to jdbc:sqlite::memory: is a database of its own: the pool must hold exactly one
            // connection and never retire it, or tables vanish between borrows.
            hc.setMaximumPoolSize(1);
            hc.setMinimumIdle(1);
            hc.setIdleTimeout(0);
            hc.setMaxLifetime(0);
            hc.setKeepaliveTime(0);
            LOG.info("{} - in-memory SQLite database: pool fixed at one connection that is never retired", name);
        }
        if (key.replica()) {
            // A replica that is down must cost a read little: start without connecting and time out fast.
            hc.setInitializationFailTimeout(-1);
            hc.setConnectionTimeout(Math.max(250, Math.min(settings.connectionTimeout(), replicaTimeout)));
        }
        Consumer<HikariConfig> customizer = PoolRegistry.customizer;
        if (customizer != null) {
            customizer.accept(hc);
        }
        defaultAutoCommit = hc.isAutoCommit();
        try {
            d = new HikariDataSource(hc);
        } catch (HikariPool.PoolInitializationException e) {
            failures.increment();
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw ActiveRecordSqlState.CONNECTION_UNABLE_TO_CONNECT.exception("cannot connect to " + backend.name() + " at "
                    + Masking.maskUrl(url) + ": " + Masking.maskText(String.valueOf(cause.getMessage())), cause);
        } catch (RuntimeException e) {
            failures.increment();
            throw ActiveRecordSqlState.CONNECTION_UNABLE_TO_CONNECT.exception("cannot start pool " + name + " for "
                    + Masking.maskUrl(url) + ": " + Masking.maskText(String.valueOf(e.getMessage())), e);
        }
        LOG.info("{} - started for {} {} with {}, driver properties {}", name, backend.name(), Masking.maskUrl(url), settings,
                Masking.maskProperties(target.properties()));
        ds = d;
        return d;
    }

    /** True for SQLite URLs whose database lives only as long as its one connection. */
    static boolean isPrivateInMemoryDatabase(String url) {
        if (!url.regionMatches(true, 0, "jdbc:sqlite:", 0, 12)) {
            return false;
        }
        String rest = url.substring(12);
        int q = rest.indexOf('?');
        String path = q < 0 ? rest : rest.substring(0, q);
        String params = q < 0 ? "" : rest.substring(q + 1);
        boolean memory = path.isEmpty() || path.equals(":memory:") || params.contains("mode=memory");
        return memory && !params.contains("cache=shared");
    }

    /** True once {@link ActiveRecordDriver#shutdown()} closed this pool. */
    boolean isShutDown() {
        return closed;
    }

    /** Connections in use, 0 before the pool starts (for least-busy replica selection). */
    int activeConnections() {
        HikariDataSource d = ds;
        HikariPoolMXBean mx = d == null ? null : d.getHikariPoolMXBean();
        return mx == null ? 0 : mx.getActiveConnections();
    }

    /** The HikariCP data source, or null before the first connection. */
    HikariDataSource hikari() {
        return ds;
    }

    synchronized void close() {
        closed = true;
        HikariDataSource d = ds;
        ds = null;
        if (d != null) {
            d.close();
            LOG.info("{} - closed", name);
        }
    }

    PoolStats stats() {
        HikariDataSource d = ds;
        HikariPoolMXBean mx = d == null ? null : d.getHikariPoolMXBean();
        int active = mx == null ? 0 : mx.getActiveConnections();
        int idle = mx == null ? 0 : mx.getIdleConnections();
        int total = mx == null ? 0 : mx.getTotalConnections();
        int waiting = mx == null ? 0 : mx.getThreadsAwaitingConnection();
        return new PoolStats(name, backend.name(), Masking.maskUrl(url), key.replica(), active, idle, total, waiting,
                settings.maximumPoolSize(), borrowed.sum(), failures.sum(), downUntil == 0 || System.nanoTime() >= downUntil);
    }

    @Override
    public String toString() {
        return name + "[" + key + "]";
    }
}
