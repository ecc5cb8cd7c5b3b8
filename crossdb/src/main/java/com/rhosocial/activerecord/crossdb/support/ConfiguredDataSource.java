package com.rhosocial.activerecord.crossdb.support;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;

/**
 * The parts of {@link DataSource} that every data source of this module answers the same way: credentials come
 * from the configuration (so {@link #getConnection(String, String)} is refused), no log writer, no login timeout
 * of its own (the backend's connect timeout applies), no {@code java.util.logging}, and it unwraps only to itself.
 * Subclasses implement {@link #getConnection()}. Internal to the module; not an extension point.
 */
public abstract class ConfiguredDataSource implements DataSource {

    /** Refused: credentials come from the datasource configuration (SQLState 0A000). */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException(this + ": credentials come from the datasource configuration",
                "0A000");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // logging goes through SLF4J
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the datasource's connectTimeout applies
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("logging goes through SLF4J, not java.util.logging", "0A000");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException(this + " is not a wrapper for " + iface.getName(), "HY000");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
