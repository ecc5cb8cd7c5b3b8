package com.rhosocial.activerecord.jdbc;

import com.rhosocial.activerecord.dialect.TranslationStats;
import com.zaxxer.hikari.HikariConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The {@code jdbc:activerecord:} JDBC driver. Legacy code changes its URL and nothing else:
 *
 * <pre>{@code
 * // before: jdbc:postgresql://127.0.0.1:5432/test
 * Connection c = DriverManager.getConnection("jdbc:activerecord:postgresql://127.0.0.1:5432/test?sourceDialect=mysql", "postgres", "");
 * // or a named datasource of activerecord.yaml
 * Connection c = DriverManager.getConnection("jdbc:activerecord:orders");
 * }</pre>
 *
 * Every connection comes from a HikariCP pool shared across the JVM by all users of the same database (see
 * {@link #pools()}); {@code close()} returns it. SQL is translated from {@code sourceDialect} to the database's
 * dialect, {@code setReadOnly(true)} routes to a replica when the datasource has some. The options are listed in
 * {@link ActiveRecordProperty}; the URL's options win over Properties, which win over {@code activerecord.yaml}.
 *
 * <p>Registered through {@code META-INF/services/java.sql.Driver} and on class initialisation. Thread-safe.
 */
public final class ActiveRecordDriver implements Driver {

    private static final Logger LOG = LoggerFactory.getLogger(ActiveRecordDriver.class);
    private static final ActiveRecordDriver INSTANCE = new ActiveRecordDriver();

    static {
        try {
            DriverManager.registerDriver(INSTANCE);
        } catch (SQLException e) {
            LOG.warn("could not register with DriverManager: {}", e.toString());
        }
    }

    /** Public for {@code ServiceLoader} and frameworks that instantiate drivers by class name. */
    public ActiveRecordDriver() {
    }

    /**
     * Opens a pooled, translating connection; null when {@code url} is not a {@code jdbc:activerecord:} URL, as
     * {@link Driver#connect} requires.
     *
     * @throws SQLException 08001 for a malformed URL, an unknown datasource, an unknown backend or a database that
     *                      cannot be reached; 22023 for an option with a bad value
     */
    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        Resolver.Resolved r = Resolver.resolve(url, info);
        return ProxyConnection.open(r.cluster(), r.settings());
    }

    @Override
    public boolean acceptsURL(String url) {
        return DriverUrl.accepts(url);
    }

    /** The driver's own options ({@link ActiveRecordProperty}), with the values given in the URL or Properties. */
    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        Map<String, String> given = new HashMap<>();
        if (info != null) {
            for (String k : info.stringPropertyNames()) {
                given.put(k, info.getProperty(k));
            }
        }
        if (acceptsURL(url)) {
            given.putAll(DriverUrl.parse(url).options);
        }
        ActiveRecordProperty[] all = ActiveRecordProperty.values();
        DriverPropertyInfo[] out = new DriverPropertyInfo[all.length];
        for (int i = 0; i < all.length; i++) {
            out[i] = all[i].toDriverPropertyInfo(given);
        }
        return out;
    }

    @Override
    public int getMajorVersion() {
        return 0;
    }

    @Override
    public int getMinorVersion() {
        return 1;
    }

    /** False: the driver passes the real driver's behaviour through, and translation is not a SQL-92 guarantee. */
    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("the driver logs through slf4j", "0A000");
    }

    // ---- pool management -----------------------------------------------------------------------------------------

    /** A snapshot of every pool the driver holds (primary and replica pools). */
    public static List<PoolStats> pools() {
        return PoolRegistry.stats();
    }

    /** Read/write routing counters per datasource. */
    public static List<RoutingStats> routing() {
        return PoolRegistry.routing();
    }

    /**
     * Translation cache statistics (hits, misses, size, evictions) of each translator the driver uses, keyed by its
     * policy ({@code onUnsupported/semantics}, e.g. {@code PASSTHROUGH/PRESERVE}).
     */
    public static Map<String, TranslationStats> translations() {
        return ConnectionSettings.translatorStats();
    }

    /**
     * Closes every pool (also done by a JVM shutdown hook). Connections handed out before fail afterwards; new
     * connections start new pools.
     */
    public static void shutdown() {
        PoolRegistry.shutdown();
        Resolver.clearCache();
    }

    /**
     * A hook run on each {@link HikariConfig} before its pool starts, for HikariCP's own metrics and health checks
     * ({@code setMetricRegistry}, {@code setMetricsTrackerFactory}, {@code setHealthCheckRegistry}) or any other
     * HikariCP setting. Applies to pools started afterwards; null removes it.
     */
    public static void setPoolCustomizer(Consumer<HikariConfig> customizer) {
        PoolRegistry.customizer = customizer;
    }
}
