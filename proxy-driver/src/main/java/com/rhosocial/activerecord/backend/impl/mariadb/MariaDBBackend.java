package com.rhosocial.activerecord.backend.impl.mariadb;

import com.rhosocial.activerecord.backend.Backend;
import com.rhosocial.activerecord.backend.BackendCapabilities;
import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.dialect.Dialect;

import java.sql.Connection;
import java.util.List;
import java.util.Set;

/** MariaDB through MariaDB Connector/J. */
public class MariaDBBackend extends Backend {

    @Override
    public String name() {
        return "mariadb";
    }

    private static final BackendCapabilities CAPABILITIES = new BackendCapabilities(
            true, BackendCapabilities.UpsertStyle.ON_DUPLICATE_KEY, true, true, true, true, false, true, true, false);

    @Override
    public List<String> aliases() {
        return List.of("maria");
    }

    @Override
    public BackendCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public List<String> urlPrefixes() {
        return List.of("jdbc:mariadb:");
    }

    @Override
    public String driverClassName() {
        return "org.mariadb.jdbc.Driver";
    }

    @Override
    public int defaultPort() {
        return 3306;
    }

    @Override
    public Dialect dialect() {
        return Dialect.MARIADB;
    }

    @Override
    public Set<Integer> supportedIsolationLevels() {
        return Set.of(Connection.TRANSACTION_READ_UNCOMMITTED, Connection.TRANSACTION_READ_COMMITTED, Connection.TRANSACTION_REPEATABLE_READ, Connection.TRANSACTION_SERIALIZABLE);
    }

    @Override
    public String buildUrl(ConnectionConfig c) {
        if (c.url() != null) {
            return c.url();
        }
        String host = c.host() == null ? "127.0.0.1" : c.host();
        int port = c.port() == null ? defaultPort() : c.port();
        String db = c.database() == null ? "" : c.database();
        return "jdbc:mariadb://" + host + ":" + port + "/" + db;
    }
}
