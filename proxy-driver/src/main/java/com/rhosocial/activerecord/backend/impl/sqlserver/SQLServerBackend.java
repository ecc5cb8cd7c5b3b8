package com.rhosocial.activerecord.backend.impl.sqlserver;

import com.rhosocial.activerecord.backend.Backend;
import com.rhosocial.activerecord.backend.BackendCapabilities;
import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.dialect.Dialect;

import java.sql.Connection;
import java.util.List;
import java.util.Set;

/** Microsoft SQL Server through mssql-jdbc. */
public class SQLServerBackend extends Backend {

    @Override
    public String name() {
        return "sqlserver";
    }

    private static final BackendCapabilities CAPABILITIES = new BackendCapabilities(
            false, BackendCapabilities.UpsertStyle.MERGE, true, true, true, true, false, true, true, true);

    @Override
    public List<String> aliases() {
        return List.of("mssql", "sql-server", "sql_server", "sql server", "tsql");
    }

    @Override
    public BackendCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public List<String> urlPrefixes() {
        return List.of("jdbc:sqlserver:");
    }

    @Override
    public String driverClassName() {
        return "com.microsoft.sqlserver.jdbc.SQLServerDriver";
    }

    @Override
    public int defaultPort() {
        return 1433;
    }

    @Override
    public Dialect dialect() {
        return Dialect.SQLSERVER;
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
        return "jdbc:sqlserver://" + host + ":" + port + (db.isEmpty() ? "" : ";databaseName=" + db);
    }
}
