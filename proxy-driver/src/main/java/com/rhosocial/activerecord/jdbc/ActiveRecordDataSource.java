package com.rhosocial.activerecord.jdbc;

import com.rhosocial.activerecord.backend.Backend;
import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.dialect.Dialect;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * A pooled {@link DataSource} for one backend configuration, for frameworks and for the facade.
 * (Minimal first version: one HikariCP pool per distinct configuration; the driver work replaces its internals.)
 */
public final class ActiveRecordDataSource implements DataSource {

    private static final Map<String, HikariDataSource> POOLS = new ConcurrentHashMap<>();

    private final Backend backend;
    private final HikariDataSource pool;

    private ActiveRecordDataSource(Backend backend, HikariDataSource pool) {
        this.backend = backend;
        this.pool = pool;
    }

    /** A data source for {@code config} on the given backend; the same configuration shares one pool. */
    public static ActiveRecordDataSource of(ConnectionConfig config, Class<? extends Backend> backendClass) {
        Backend backend;
        try {
            backend = backendClass.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("backend class " + backendClass.getName() + " needs a public no-argument constructor", e);
        }
        String url = backend.buildUrl(config);
        String key = backend.name() + "|" + url + "|" + config.username();
        HikariDataSource pool = POOLS.computeIfAbsent(key, k -> {
            HikariConfig hc = new HikariConfig();
            hc.setJdbcUrl(url);
            hc.setDriverClassName(backend.driverClassName());
            hc.setDataSourceProperties(backend.driverProperties(config));
            hc.setMaximumPoolSize(config.maximumPoolSize());
            return new HikariDataSource(hc);
        });
        return new ActiveRecordDataSource(backend, pool);
    }

    /**
     * A data source for a named datasource of {@code activerecord.yaml}. (Contract for the driver work: connections
     * translate from the datasource's {@code sourceDialect}; unknown names fail with a message naming them.)
     */
    public static ActiveRecordDataSource named(String datasourceName) {
        throw new IllegalStateException("named datasources arrive with the driver work: " + datasourceName);
    }

    /**
     * Binds {@code connection} (taken from this data source) to the current thread until the returned handle is
     * closed: meanwhile every {@code getConnection()} on the same datasource in this thread, including through
     * {@code DriverManager} and a {@code jdbc:activerecord:} URL naming it, returns a view of that connection whose
     * {@code close()} does nothing. The facade's transactions use this so that legacy JDBC code inside a
     * transaction block joins the transaction.
     */
    public AutoCloseable bindToCurrentThread(Connection connection) {
        throw new IllegalStateException("thread binding arrives with the driver work");
    }

    public Backend backend() {
        return backend;
    }

    public Dialect dialect() {
        return backend.dialect();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return pool.getConnection();
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
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || pool.isWrapperFor(iface);
    }
}
