package com.rhosocial.activerecord.jdbc;

import com.rhosocial.activerecord.backend.Masking;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Hands HikariCP a driver instance loaded by its backend, so that no {@code DriverManager} lookup (and no
 * "No suitable driver" under application servers) is involved.
 */
final class DriverDataSource implements DataSource {

    private final Driver driver;
    private final String url;
    private final Properties properties;
    private final List<String> initSql;
    private volatile int loginTimeout;

    DriverDataSource(Driver driver, String url, Properties properties, List<String> initSql) {
        this.driver = driver;
        this.url = url;
        this.properties = properties;
        this.initSql = initSql;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connect(properties);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Properties p = new Properties();
        p.putAll(properties);
        if (username != null) {
            p.setProperty("user", username);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        return connect(p);
    }

    private Connection connect(Properties p) throws SQLException {
        Connection c = driver.connect(url, p);
        if (c == null) {
            throw ActiveRecordSqlState.CONNECTION_UNABLE_TO_CONNECT.exception(
                    "driver " + driver.getClass().getName() + " does not accept URL " + Masking.maskUrl(url));
        }
        if (!initSql.isEmpty()) {
            try (Statement st = c.createStatement()) {
                for (String sql : initSql) {
                    st.execute(sql);
                }
            } catch (SQLException e) {
                c.close();
                throw e;
            }
        }
        return c;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // logging goes through slf4j
    }

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
        throw new SQLFeatureNotSupportedException("slf4j is used", "0A000");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(driver)) {
            return iface.cast(driver);
        }
        throw ActiveRecordSqlState.GENERAL_ERROR.exception("not a wrapper for " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(driver);
    }

    @Override
    public String toString() {
        return "DriverDataSource[" + driver.getClass().getName() + ", " + Masking.maskUrl(url) + "]";
    }
}
