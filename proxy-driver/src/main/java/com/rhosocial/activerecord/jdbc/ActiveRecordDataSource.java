package com.rhosocial.activerecord.jdbc;

import com.rhosocial.activerecord.backend.Backend;
import com.rhosocial.activerecord.backend.BackendCapabilities;
import com.rhosocial.activerecord.backend.ServerVersion;
import com.rhosocial.activerecord.dialect.TargetProfile;
import com.rhosocial.activerecord.backend.Backends;
import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.Masking;
import com.rhosocial.activerecord.dialect.Dialect;
import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * A pooled, translating {@link DataSource} for frameworks and for the facade. It uses the same JVM-wide pools as the
 * {@code jdbc:activerecord:} driver: a named datasource reached through {@link #named(String)} and through
 * {@code jdbc:activerecord:<name>} shares one HikariCP pool, so does {@link #of(ConnectionConfig, Class)} with a
 * wrapped URL to the same database and credentials. {@code getConnection()} is a pool borrow plus one small wrapper,
 * so an application's own HikariCP pool on top of it costs nothing extra per statement.
 *
 * <pre>{@code
 * ActiveRecordDataSource ds = ActiveRecordDataSource.named("orders");
 * try (Connection c = ds.getConnection()) { ... }
 *
 * // bean style, e.g. HikariCP's dataSourceClassName or a framework's DataSource properties
 * ActiveRecordDataSource ds = new ActiveRecordDataSource();
 * ds.setUrl("jdbc:activerecord:postgresql://127.0.0.1:5432/test?sourceDialect=mysql");
 * ds.setUser("postgres");
 * }</pre>
 *
 * Thread-safe once configured.
 */
public final class ActiveRecordDataSource implements DataSource {

    private volatile Resolver.Resolved resolved;
    /** Resolves again after {@link ActiveRecordDriver#shutdown()}, so a data source outlives a shutdown of the pools. */
    private final Resolution resolution;
    private String url;
    private final Properties properties = new Properties();
    private volatile int loginTimeout;

    /** How a data source finds its pools again. */
    private interface Resolution {
        Resolver.Resolved resolve() throws SQLException;
    }

    /** A bean-style data source; set at least {@link #setUrl(String)} before the first connection. */
    public ActiveRecordDataSource() {
        this.resolution = null;
    }

    private ActiveRecordDataSource(Resolution resolution) throws SQLException {
        this.resolution = resolution;
        this.resolved = resolution.resolve();
    }

    /**
     * A data source for {@code config} on the given backend, with no translation (the facade names its dialect per
     * statement through {@link TranslatingConnection}); the same database and credentials share one pool.
     *
     * @throws IllegalArgumentException when the backend cannot be instantiated or the configuration is invalid
     */
    public static ActiveRecordDataSource of(ConnectionConfig config, Class<? extends Backend> backendClass) {
        Backend backend = Backends.forClass(backendClass);
        try {
            return new ActiveRecordDataSource(() -> Resolver.of(config, backend));
        } catch (SQLException e) {
            throw new IllegalArgumentException("invalid configuration " + config + ": " + e.getMessage(), e);
        }
    }

    /**
     * A data source for a named datasource of {@code activerecord.yaml}: its pool settings, replicas and source
     * dialect (plain JDBC calls translate from it).
     *
     * @throws IllegalArgumentException naming the datasource when it is unknown or its configuration is invalid
     */
    public static ActiveRecordDataSource named(String datasourceName) {
        try {
            return new ActiveRecordDataSource(
                    () -> Resolver.named(Resolver.datasource(datasourceName), Map.of(), new Properties()));
        } catch (SQLException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Binds {@code connection} (taken from this data source) to the current thread until the returned handle is
     * closed: meanwhile every {@code getConnection()} for the same database in this thread, including through
     * {@code DriverManager} and a {@code jdbc:activerecord:} URL naming it, returns a view of that connection whose
     * {@code close()} does nothing. The facade's transactions use this so that legacy JDBC code inside a
     * transaction block joins the transaction. Bindings nest: closing the handle restores the previous binding.
     *
     * @throws IllegalArgumentException when {@code connection} is not a connection of this data source's database
     */
    public AutoCloseable bindToCurrentThread(Connection connection) {
        ProxyConnection pc;
        try {
            pc = (ProxyConnection) connection.unwrap(TranslatingConnection.class);
        } catch (SQLException | ClassCastException e) {
            throw new IllegalArgumentException("not a connection of the jdbc:activerecord: driver: " + connection, e);
        }
        PhysicalPool pool = resolvedOrFail().cluster().primary;
        if (pc.cluster.primary != pool) {
            throw new IllegalArgumentException("connection " + pc + " belongs to another database than " + pool.name);
        }
        return bind(pool, pc);
    }

    /**
     * Binds a physical connection that did not come from this data source's pool, such as the connection of an XA
     * branch that a transaction manager enlisted, as {@link #bindToCurrentThread(Connection)} does for a pooled
     * one: until the returned handle is closed, every {@code getConnection()} for this database in this thread
     * (including a {@code jdbc:activerecord:} URL naming it) returns the driver's translating wrapper over
     * {@code physical}, whose {@code close()} does nothing. The caller keeps {@code physical} open while bound, ends
     * its transaction and closes it; it must reach the same database as this data source (not checked). A connection
     * of this driver is bound as {@link #bindToCurrentThread(Connection)} binds it.
     *
     * @throws SQLException when {@code physical} is closed or its auto-commit state cannot be read
     */
    public AutoCloseable bindExternalToCurrentThread(Connection physical) throws SQLException {
        Objects.requireNonNull(physical, "physical");
        if (physical.isWrapperFor(TranslatingConnection.class)) {
            return bindToCurrentThread(physical);
        }
        Resolver.Resolved r = resolvedOrFail();
        return bind(r.cluster().primary, ProxyConnection.external(r.cluster(), r.settings(), physical));
    }

    private static AutoCloseable bind(PhysicalPool pool, ProxyConnection pc) {
        pool.everBound = true;
        ProxyConnection previous = pool.bound.get();
        pool.bound.set(pc);
        return () -> {
            if (previous == null) {
                pool.bound.remove();
            } else {
                pool.bound.set(previous);
            }
        };
    }

    /** The backend of the primary database. */
    public Backend backend() {
        return resolvedOrFail().cluster().primary.backend;
    }

    /**
     * The version of the server behind this data source, read once from a pooled connection's metadata (the pool
     * starts if it has not yet).
     *
     * @throws SQLException when no connection can be had, or the driver cannot tell its version
     */
    public ServerVersion serverVersion() throws SQLException {
        ServerVersion v = resolvedOrFail().cluster().primary.version();
        if (v == null) {
            throw ActiveRecordSqlState.GENERAL_ERROR.exception("the server version of " + this + " cannot be read");
        }
        return v;
    }

    /**
     * What the server behind this data source can do: {@link Backend#capabilities(ServerVersion)} for
     * {@link #serverVersion()}, or the backend's version-free capabilities when the version cannot be read.
     * For code that chooses between SQL forms (the facade's RETURNING or generated keys, ...).
     */
    public BackendCapabilities capabilities() {
        Backend b = backend();
        try {
            return b.capabilities(serverVersion());
        } catch (SQLException e) {
            return b.capabilities();
        }
    }

    /**
     * What the translator writes for this data source: {@link Backend#targetProfile(ServerVersion)} for the server
     * it reaches. The driver translates with it; the facade renders {@code toSql()} with it.
     *
     * @throws SQLException when no connection can be had to read the server version
     */
    public TargetProfile targetProfile() throws SQLException {
        return resolvedOrFail().cluster().primary.profile();
    }

    /** The dialect of the database behind this data source. */
    public Dialect dialect() {
        return resolvedOrFail().settings().target;
    }

    /** The dialect plain JDBC SQL is written in (the datasource's sourceDialect, else the database's own). */
    public Dialect sourceDialect() {
        return resolvedOrFail().settings().source;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Resolver.Resolved r = resolved;
        if (r == null || r.cluster().primary.isShutDown()) {
            r = resolve();
        }
        return ProxyConnection.open(r.cluster(), r.settings());
    }

    /**
     * The same as {@link #getConnection()} when the credentials are the configured ones (as an application pool
     * configured with both a data source and a username passes them); other credentials are not supported (0A000),
     * because the pool is shared and its credentials come from the configuration.
     */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Resolver.Resolved r = resolved;
        if (r == null && url != null) {
            r = resolve();
        }
        if (r != null) {
            Map<String, String> configured = r.cluster().primary.key.properties();
            if (java.util.Objects.equals(username, configured.get("user"))
                    && java.util.Objects.equals(password == null ? "" : password, configured.getOrDefault("password", ""))) {
                return getConnection();
            }
        }
        throw ActiveRecordSqlState.FEATURE_NOT_SUPPORTED.exception("credentials come from the datasource configuration;"
                + " getConnection(user, password) accepts only the configured ones");
    }

    // ---- bean-style configuration ---------------------------------------------------------------------------------

    /** Sets the {@code jdbc:activerecord:} URL (bean style); only before the first connection. */
    public synchronized void setUrl(String url) {
        checkNotStarted();
        if (!DriverUrl.accepts(url)) {
            throw new IllegalArgumentException("not a jdbc:activerecord: URL: " + Masking.maskUrl(url));
        }
        this.url = url;
    }

    /** The URL set with {@link #setUrl}, masked, or null. */
    public String getUrl() {
        return Masking.maskUrl(url);
    }

    /** Sets the database user (bean style). */
    public synchronized void setUser(String user) {
        checkNotStarted();
        properties.setProperty("user", user);
    }

    /** Sets the database password (bean style); never printed. */
    public synchronized void setPassword(String password) {
        checkNotStarted();
        properties.setProperty("password", password);
    }

    /** Sets any driver or {@link ActiveRecordProperty} option (bean style); the URL's own options win. */
    public synchronized void setProperty(String key, String value) {
        checkNotStarted();
        properties.setProperty(key, value);
    }

    // ---- one bean setter per driver option (ActiveRecordProperty), for frameworks that bind properties by name ----

    /** Sets option {@code connectionTimeout} (see {@link ActiveRecordProperty#CONNECTION_TIMEOUT}); the URL's own options win. */
    public void setConnectionTimeout(String value) {
        setProperty(ActiveRecordProperty.CONNECTION_TIMEOUT.key(), value);
    }

    /** Sets option {@code idleTimeout} (see {@link ActiveRecordProperty#IDLE_TIMEOUT}); the URL's own options win. */
    public void setIdleTimeout(String value) {
        setProperty(ActiveRecordProperty.IDLE_TIMEOUT.key(), value);
    }

    /** Sets option {@code keepaliveTime} (see {@link ActiveRecordProperty#KEEPALIVE_TIME}); the URL's own options win. */
    public void setKeepaliveTime(String value) {
        setProperty(ActiveRecordProperty.KEEPALIVE_TIME.key(), value);
    }

    /** Sets option {@code leakDetectionThreshold} (see {@link ActiveRecordProperty#LEAK_DETECTION_THRESHOLD}); the URL's own options win. */
    public void setLeakDetectionThreshold(String value) {
        setProperty(ActiveRecordProperty.LEAK_DETECTION_THRESHOLD.key(), value);
    }

    /** Sets option {@code logParameters} (see {@link ActiveRecordProperty#LOG_PARAMETERS}); the URL's own options win. */
    public void setLogParameters(String value) {
        setProperty(ActiveRecordProperty.LOG_PARAMETERS.key(), value);
    }

    /** Sets option {@code maxLifetime} (see {@link ActiveRecordProperty#MAX_LIFETIME}); the URL's own options win. */
    public void setMaxLifetime(String value) {
        setProperty(ActiveRecordProperty.MAX_LIFETIME.key(), value);
    }

    /** Sets option {@code maximumPoolSize} (see {@link ActiveRecordProperty#MAXIMUM_POOL_SIZE}); the URL's own options win. */
    public void setMaximumPoolSize(String value) {
        setProperty(ActiveRecordProperty.MAXIMUM_POOL_SIZE.key(), value);
    }

    /** Sets option {@code minimumIdle} (see {@link ActiveRecordProperty#MINIMUM_IDLE}); the URL's own options win. */
    public void setMinimumIdle(String value) {
        setProperty(ActiveRecordProperty.MINIMUM_IDLE.key(), value);
    }

    /** Sets option {@code onUnsupported} (see {@link ActiveRecordProperty#ON_UNSUPPORTED}); the URL's own options win. */
    public void setOnUnsupported(String value) {
        setProperty(ActiveRecordProperty.ON_UNSUPPORTED.key(), value);
    }

    /** Sets option {@code poolName} (see {@link ActiveRecordProperty#POOL_NAME}); the URL's own options win. */
    public void setPoolName(String value) {
        setProperty(ActiveRecordProperty.POOL_NAME.key(), value);
    }

    /** Sets option {@code readOnlyRouting} (see {@link ActiveRecordProperty#READ_ONLY_ROUTING}); the URL's own options win. */
    public void setReadOnlyRouting(String value) {
        setProperty(ActiveRecordProperty.READ_ONLY_ROUTING.key(), value);
    }

    /** Sets option {@code replicaConnectionTimeout} (see {@link ActiveRecordProperty#REPLICA_CONNECTION_TIMEOUT}); the URL's own options win. */
    public void setReplicaConnectionTimeout(String value) {
        setProperty(ActiveRecordProperty.REPLICA_CONNECTION_TIMEOUT.key(), value);
    }

    /** Sets option {@code replicaRetryInterval} (see {@link ActiveRecordProperty#REPLICA_RETRY_INTERVAL}); the URL's own options win. */
    public void setReplicaRetryInterval(String value) {
        setProperty(ActiveRecordProperty.REPLICA_RETRY_INTERVAL.key(), value);
    }

    /** Sets option {@code replicaSelection} (see {@link ActiveRecordProperty#REPLICA_SELECTION}); the URL's own options win. */
    public void setReplicaSelection(String value) {
        setProperty(ActiveRecordProperty.REPLICA_SELECTION.key(), value);
    }

    /** Sets option {@code semantics} (see {@link ActiveRecordProperty#SEMANTICS}); the URL's own options win. */
    public void setSemantics(String value) {
        setProperty(ActiveRecordProperty.SEMANTICS.key(), value);
    }

    /** Sets option {@code slowQueryThreshold} (see {@link ActiveRecordProperty#SLOW_QUERY_THRESHOLD}); the URL's own options win. */
    public void setSlowQueryThreshold(String value) {
        setProperty(ActiveRecordProperty.SLOW_QUERY_THRESHOLD.key(), value);
    }

    /** Sets option {@code sourceDialect} (see {@link ActiveRecordProperty#SOURCE_DIALECT}); the URL's own options win. */
    public void setSourceDialect(String value) {
        setProperty(ActiveRecordProperty.SOURCE_DIALECT.key(), value);
    }

    /** Sets option {@code translate} (see {@link ActiveRecordProperty#TRANSLATE}); the URL's own options win. */
    public void setTranslate(String value) {
        setProperty(ActiveRecordProperty.TRANSLATE.key(), value);
    }

    private void checkNotStarted() {
        if (resolved != null) {
            throw new IllegalStateException("data source already in use; configure it before the first getConnection()");
        }
    }

    private synchronized Resolver.Resolved resolve() throws SQLException {
        Resolver.Resolved r = resolved;
        if (r == null || r.cluster().primary.isShutDown()) {
            if (resolution != null) {
                r = resolution.resolve();
            } else if (url == null) {
                throw ActiveRecordSqlState.CONNECTION_UNABLE_TO_CONNECT.exception("ActiveRecordDataSource has no URL; call setUrl first");
            } else {
                r = Resolver.resolve(url, properties);
            }
            resolved = r;
        }
        return r;
    }

    private Resolver.Resolved resolvedOrFail() {
        try {
            Resolver.Resolved r = resolved;
            return r != null ? r : resolve();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    // ---- DataSource plumbing ------------------------------------------------------------------------------------

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    /** Ignored: the driver logs through slf4j. */
    @Override
    public void setLogWriter(PrintWriter out) {
    }

    /** Stored only; the pool's {@code connectionTimeout} governs waiting. */
    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("the driver logs through slf4j", "0A000");
    }

    /** Reaches this object, or the primary HikariCP pool ({@code HikariDataSource}, started if needed). */
    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        if (iface.isAssignableFrom(HikariDataSource.class)) {
            Resolver.Resolved r = resolved != null ? resolved : resolve();
            PhysicalPool p = r.cluster().primary;
            if (p.hikari() == null) {
                p.borrow().close();
            }
            return iface.cast(p.hikari());
        }
        throw ActiveRecordSqlState.GENERAL_ERROR.exception("ActiveRecordDataSource does not wrap " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this) || iface.isAssignableFrom(HikariDataSource.class);
    }

    @Override
    public String toString() {
        Resolver.Resolved r = resolved;
        return "ActiveRecordDataSource[" + (r != null ? r.cluster().label : Masking.maskUrl(url)) + "]";
    }
}
