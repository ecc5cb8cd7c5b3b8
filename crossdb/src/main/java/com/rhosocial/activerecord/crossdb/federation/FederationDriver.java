package com.rhosocial.activerecord.crossdb.federation;

import com.rhosocial.activerecord.config.ActiveRecordConfig;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * JDBC access to a named federation for code that only takes a URL: {@code jdbc:activerecord-federation:<name>}
 * opens a connection of {@link FederatedDataSource#named} over {@link ActiveRecordConfig#load()} (the file named by
 * {@code -Dactiverecord.config}, {@code ACTIVERECORD_CONFIG} or {@code activerecord.yaml} on the classpath). Each
 * federation is created once per JVM and kept (its member pools stay open). Registered through
 * {@code META-INF/services/java.sql.Driver}. A separate prefix from the proxy driver's {@code jdbc:activerecord:},
 * whose connections translate and route, which Calcite's do not.
 */
public final class FederationDriver implements Driver {

    /** The URL prefix this driver accepts. */
    public static final String PREFIX = "jdbc:activerecord-federation:";

    private static final Map<String, FederatedDataSource> FEDERATIONS = new ConcurrentHashMap<>();

    static {
        try {
            DriverManager.registerDriver(new FederationDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null; // JDBC contract: not ours, let DriverManager try the next driver
        }
        String name = url.substring(PREFIX.length()).trim();
        if (name.isEmpty()) {
            throw new SQLException("URL " + url + " names no federation; expected " + PREFIX + "<name>", "08001");
        }
        FederatedDataSource fed = FEDERATIONS.get(name);
        if (fed == null) {
            synchronized (FEDERATIONS) {
                fed = FEDERATIONS.get(name);
                if (fed == null) {
                    try {
                        fed = FederatedDataSource.named(ActiveRecordConfig.load(), name);
                    } catch (IllegalArgumentException e) {
                        throw new SQLException(e.getMessage(), "08001", e);
                    }
                    FEDERATIONS.put(name, fed);
                }
            }
        }
        return fed.getConnection();
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
        return 0;
    }

    @Override
    public int getMinorVersion() {
        return 1;
    }

    @Override
    public boolean jdbcCompliant() {
        return false; // Calcite SQL, read-only
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging", "0A000");
    }
}
