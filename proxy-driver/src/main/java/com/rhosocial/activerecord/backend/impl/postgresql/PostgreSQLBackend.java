package com.rhosocial.activerecord.backend.impl.postgresql;

import com.rhosocial.activerecord.backend.Backend;
import com.rhosocial.activerecord.backend.BackendCapabilities;
import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.dialect.Dialect;

import java.sql.Connection;
import java.util.List;
import java.util.Set;

/** PostgreSQL through PgJDBC. */
public class PostgreSQLBackend extends Backend {

    @Override
    public String name() {
        return "postgresql";
    }

    private static final BackendCapabilities CAPABILITIES = new BackendCapabilities(
            true, BackendCapabilities.UpsertStyle.ON_CONFLICT, true, true, true, true, true, true, true, true);

    @Override
    public List<String> aliases() {
        return List.of("postgres", "pg", "pgsql", "pgjdbc");
    }

    @Override
    public BackendCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public List<String> urlPrefixes() {
        return List.of("jdbc:postgresql:");
    }

    @Override
    public String driverClassName() {
        return "org.postgresql.Driver";
    }

    @Override
    public int defaultPort() {
        return 5432;
    }

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRESQL;
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
        return "jdbc:postgresql://" + host + ":" + port + "/" + db;
    }
}
