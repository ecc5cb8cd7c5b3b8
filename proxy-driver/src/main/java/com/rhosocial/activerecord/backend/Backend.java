package com.rhosocial.activerecord.backend;

import com.rhosocial.activerecord.dialect.Dialect;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * One kind of database: its JDBC driver, how to build its URL and driver properties from a
 * {@link ConnectionConfig}, its isolation levels and its dialect. This is also the service-provider interface
 * for custom backends: subclass it (or one of the built-in backends, overriding only what differs) and list the
 * class in {@code META-INF/services/com.rhosocial.activerecord.backend.Backend}.
 *
 * <p>Subclasses must have a public no-argument constructor and be stateless and thread-safe.
 */
public abstract class Backend {

    /** Short lower-case name used in configuration ({@code postgresql}, {@code mysql}, ...). */
    public abstract String name();

    /** JDBC URL prefixes this backend serves, such as {@code jdbc:postgresql:}. */
    public abstract List<String> urlPrefixes();

    /** Fully qualified class name of the real JDBC driver. */
    public abstract String driverClassName();

    /** The port used when the configuration gives none, or 0 when not applicable. */
    public abstract int defaultPort();

    /** The SQL dialect the database speaks. */
    public abstract Dialect dialect();

    /** Builds the JDBC URL from host, port and database (or returns {@link ConnectionConfig#url()} when given). */
    public abstract String buildUrl(ConnectionConfig config);

    /** Isolation levels ({@link Connection} constants) the database accepts. */
    public abstract Set<Integer> supportedIsolationLevels();

    /** Whether the database supports savepoints. */
    public boolean supportsSavepoints() {
        return true;
    }

    /**
     * Driver properties for a configuration: credentials, timeouts, TLS mapped onto this driver's own keys, and
     * the free {@code options} last so that they win.
     */
    public Properties driverProperties(ConnectionConfig config) {
        Properties p = new Properties();
        if (config.username() != null) {
            p.setProperty("user", config.username());
        }
        if (config.password() != null) {
            p.setProperty("password", config.password());
        }
        p.putAll(config.options());
        return p;
    }

    /**
     * Loads the real driver explicitly with this backend's class loader, so that no "No suitable driver" depends on
     * {@code DriverManager}'s view of the context class loader.
     *
     * @throws SQLException SQLState 08001 when the driver class is not on the classpath
     */
    public Driver loadDriver() throws SQLException {
        try {
            Class<?> c = Class.forName(driverClassName(), true, getClass().getClassLoader());
            return (Driver) c.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new SQLException("JDBC driver " + driverClassName() + " for backend " + name()
                    + " is not on the classpath", "08001", e);
        }
    }

    /** True when {@code url} starts with one of {@link #urlPrefixes()}. */
    public boolean acceptsUrl(String url) {
        for (String prefix : urlPrefixes()) {
            if (url.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + name() + "]";
    }
}
