package com.rhosocial.activerecord.backend.impl.sqlite;

import com.rhosocial.activerecord.backend.Backend;
import com.rhosocial.activerecord.backend.BackendCapabilities;
import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.dialect.Dialect;

import java.sql.Connection;
import java.util.List;
import java.util.Set;

/** SQLite, embedded, through xerial sqlite-jdbc; the database is a file path or :memory:. */
public class SQLiteBackend extends Backend {

    @Override
    public String name() {
        return "sqlite";
    }

    private static final BackendCapabilities CAPABILITIES = new BackendCapabilities(
            true, BackendCapabilities.UpsertStyle.ON_CONFLICT, true, true, true, true, false, false, true, true);

    @Override
    public List<String> aliases() {
        return List.of("sqlite3");
    }

    @Override
    public BackendCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public List<String> urlPrefixes() {
        return List.of("jdbc:sqlite:");
    }

    @Override
    public String driverClassName() {
        return "org.sqlite.JDBC";
    }

    @Override
    public int defaultPort() {
        return 0;
    }

    @Override
    public Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    public Set<Integer> supportedIsolationLevels() {
        return Set.of(Connection.TRANSACTION_READ_UNCOMMITTED, Connection.TRANSACTION_SERIALIZABLE);
    }

    @Override
    public String buildUrl(ConnectionConfig c) {
        if (c.url() != null) {
            return c.url();
        }
        String host = c.host() == null ? "127.0.0.1" : c.host();
        int port = c.port() == null ? defaultPort() : c.port();
        String db = c.database() == null ? "" : c.database();
        return "jdbc:sqlite:" + (db.isEmpty() ? ":memory:" : db);
    }
}
