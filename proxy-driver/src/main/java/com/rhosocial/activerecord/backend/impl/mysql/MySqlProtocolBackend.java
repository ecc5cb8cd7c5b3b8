package com.rhosocial.activerecord.backend.impl.mysql;

import com.rhosocial.activerecord.backend.Backend;
import com.rhosocial.activerecord.backend.ConnectionConfig;

import java.sql.Connection;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * What the two MySQL-protocol backends, {@link MySQLBackend} (Connector/J) and
 * {@link com.rhosocial.activerecord.backend.impl.mariadb.MariaDBBackend} (MariaDB Connector/J 3), have in common
 * because both servers speak the same wire protocol and both drivers descend from the same code: port 3306, InnoDB's
 * isolation levels, the {@code jdbc:<scheme>://host:port/database} URL, timeouts in milliseconds under the same keys,
 * and the session time zone through {@code connectionTimeZone} plus {@code forceConnectionTimeZoneToSession}.
 * Each subclass keeps what differs: names, capabilities, charset and TLS mapping.
 *
 * <p>Public only because the two subclasses live in different packages; it is not a separate extension point. Like
 * every {@link Backend} it is stateless and thread-safe.
 */
public abstract class MySqlProtocolBackend extends Backend {

    private static final Set<Integer> ISOLATION_LEVELS = Set.of(Connection.TRANSACTION_READ_UNCOMMITTED,
            Connection.TRANSACTION_READ_COMMITTED, Connection.TRANSACTION_REPEATABLE_READ,
            Connection.TRANSACTION_SERIALIZABLE);

    private final String urlScheme;

    /** @param urlScheme what the built URL starts with before the host, such as {@code jdbc:mysql://} */
    protected MySqlProtocolBackend(String urlScheme) {
        this.urlScheme = Objects.requireNonNull(urlScheme, "urlScheme");
    }

    @Override
    public int defaultPort() {
        return 3306;
    }

    @Override
    public Set<Integer> supportedIsolationLevels() {
        return ISOLATION_LEVELS;
    }

    /** InnoDB's default. */
    @Override
    public int defaultIsolationLevel() {
        return Connection.TRANSACTION_REPEATABLE_READ;
    }

    @Override
    public String buildUrl(ConnectionConfig c) {
        if (c.url() != null) {
            return c.url();
        }
        String db = c.database() == null ? "" : c.database();
        return urlScheme + urlHost(c) + ":" + portOrDefault(c) + "/" + db;
    }

    /** Both drivers read {@code connectTimeout} and {@code socketTimeout} in milliseconds. */
    @Override
    protected void mapTimeouts(ConnectionConfig c, Properties p) {
        if (c.connectTimeout() != null) {
            p.setProperty("connectTimeout", Long.toString(c.connectTimeout().toMillis()));
        }
        if (c.socketTimeout() != null) {
            p.setProperty("socketTimeout", Long.toString(c.socketTimeout().toMillis()));
        }
    }

    /** Forced onto the session, so that the server's {@code time_zone} follows the driver's. */
    @Override
    protected void mapTimeZone(String timeZone, Properties p) {
        p.setProperty("connectionTimeZone", checkedTimeZone(timeZone));
        p.setProperty("forceConnectionTimeZoneToSession", "true");
    }
}
