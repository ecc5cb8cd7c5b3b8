package com.rhosocial.activerecord.benchmarks.stub;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * A JDBC driver for URLs starting with {@code jdbc:stub:} whose connections do no I/O: every call returns a
 * constant (see {@link StubJdbc}). Registered with {@link DriverManager} when the class loads, so that wrappers that
 * look their target driver up there (the AWS wrapper, p6spy) find it.
 *
 * <p>Thread-safe and stateless.
 */
public final class StubDriver implements Driver {

    /** The URL prefix this driver accepts. */
    public static final String PREFIX = "jdbc:stub:";

    /** A URL this driver accepts, shaped like a network URL so that wrappers can parse a host out of it. */
    public static final String URL = "jdbc:stub://stubhost:1234/bench";

    /**
     * A MySQL-shaped URL this driver also accepts, for tools that refuse a URL whose database type they do not know
     * (ShardingSphere). Only the host {@code stubhost} is claimed, so real MySQL URLs are left to the real driver.
     */
    public static final String MYSQL_SHAPED_URL = "jdbc:mysql://stubhost:1234/bench";

    static {
        try {
            DriverManager.registerDriver(new StubDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Loads the class, which registers the driver. */
    public static void register() {
        // the static initializer did the work
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null; // JDBC contract: null for a URL another driver should handle
        }
        return StubJdbc.connection(url);
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && (url.startsWith(PREFIX) || url.startsWith(MYSQL_SHAPED_URL));
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging in the stub driver", "0A000");
    }
}
