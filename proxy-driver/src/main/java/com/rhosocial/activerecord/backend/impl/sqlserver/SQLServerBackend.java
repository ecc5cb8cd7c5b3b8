package com.rhosocial.activerecord.backend.impl.sqlserver;

import com.rhosocial.activerecord.backend.Backend;
import com.rhosocial.activerecord.backend.BackendCapabilities;
import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.ServerVersion;
import com.rhosocial.activerecord.backend.TlsFiles;
import com.rhosocial.activerecord.dialect.Dialect;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Microsoft SQL Server through mssql-jdbc ({@code com.microsoft.sqlserver.jdbc.SQLServerDriver}).
 *
 * <p>URL: {@code jdbc:sqlserver://host:port;databaseName=db;encrypt=...;trustServerCertificate=...}, the TLS pair
 * derived from {@code ssl.mode} (an {@code options} entry with the same key wins). Timeouts: {@code loginTimeout}
 * (seconds, rounded up) and {@code socketTimeout} (milliseconds). SQL Server has no session time zone, so a
 * {@code timeZone} is rejected; strings travel as Unicode, so only UTF-8 is accepted as charset (a no-op).
 *
 * <p>TLS: {@code disable} → {@code encrypt=false}; {@code prefer} → {@code encrypt=false;trustServerCertificate=true}
 * (the driver still encrypts when the server insists, without verifying); {@code require} →
 * {@code encrypt=true;trustServerCertificate=true}; {@code verify-ca} and {@code verify-full} →
 * {@code encrypt=true;trustServerCertificate=false}: mssql-jdbc always checks the host name when it verifies, so
 * both are the same here. {@code ssl.ca} becomes {@code trustStore} (PEM converted to PKCS12), the client
 * certificate and key go to mssql-jdbc's own {@code clientCertificate}, {@code clientKey},
 * {@code clientKeyPassword}, which read PEM.
 */
public class SQLServerBackend extends Backend {

    private static final BackendCapabilities CAPABILITIES = new BackendCapabilities(
            false, BackendCapabilities.UpsertStyle.MERGE, true, true, true, true, false, true, true, true,
            BackendCapabilities.RowLockStyle.TABLE_HINT, true, true);

    @Override
    public String name() {
        return "sqlserver";
    }

    @Override
    public List<String> aliases() {
        return List.of("mssql", "sql-server", "sql_server", "sql server", "tsql");
    }

    @Override
    public BackendCapabilities capabilities() {
        return CAPABILITIES;
    }

    /**
     * Major versions: 9 = 2005 (CTEs, ranking window functions), 10 = 2008 (MERGE), 11 = 2012 (OFFSET/FETCH,
     * sequences, window frames), 13 = 2016 (JSON functions).
     */
    @Override
    public BackendCapabilities capabilities(ServerVersion v) {
        BackendCapabilities c = CAPABILITIES;
        if (v.major() < 13) {
            c = c.withJson(false);
        }
        if (v.major() < 11) {
            c = c.withOffsetFetch(false).withSequences(false);
        }
        if (v.major() < 10) {
            c = c.withUpsertStyle(BackendCapabilities.UpsertStyle.NONE);
        }
        if (v.major() < 9) {
            c = c.withWindowFunctions(false).withCtes(false, false);
        }
        return c;
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

    /** The four ANSI levels; SNAPSHOT (mssql-jdbc's 4096) is reachable through the driver directly. */
    @Override
    public Set<Integer> supportedIsolationLevels() {
        return Set.of(Connection.TRANSACTION_READ_UNCOMMITTED, Connection.TRANSACTION_READ_COMMITTED,
                Connection.TRANSACTION_REPEATABLE_READ, Connection.TRANSACTION_SERIALIZABLE);
    }

    @Override
    public String buildUrl(ConnectionConfig c) {
        if (c.url() != null) {
            return c.url();
        }
        StringBuilder url = new StringBuilder("jdbc:sqlserver://").append(hostOrLocal(c));
        // host\instance is found through the SQL Browser service unless a port is given
        if (c.port() != null || hostOrLocal(c).indexOf('\\') < 0) {
            url.append(':').append(portOrDefault(c));
        }
        if (c.database() != null && !c.database().isBlank()) {
            url.append(";databaseName=").append(c.database());
        }
        for (Map.Entry<String, String> e : tlsPair(c).entrySet()) {
            url.append(';').append(e.getKey()).append('=').append(option(c, e.getKey(), e.getValue()));
        }
        return url.toString();
    }

    private static String option(ConnectionConfig c, String key, String fallback) {
        for (Map.Entry<String, String> e : c.options().entrySet()) {
            if (e.getKey().equalsIgnoreCase(key)) {
                return e.getValue();
            }
        }
        return fallback;
    }

    /** {@code encrypt} and {@code trustServerCertificate} for the TLS mode, empty when no mode is set. */
    static Map<String, String> tlsPair(ConnectionConfig c) {
        ConnectionConfig.SslMode mode = effectiveSslMode(c);
        Map<String, String> m = new LinkedHashMap<>();
        if (mode == null) {
            return m;
        }
        switch (mode) {
            case DISABLE -> m.put("encrypt", "false");
            case PREFER -> {
                m.put("encrypt", "false");
                m.put("trustServerCertificate", "true");
            }
            case REQUIRE -> {
                m.put("encrypt", "true");
                m.put("trustServerCertificate", "true");
            }
            case VERIFY_CA, VERIFY_FULL -> {
                m.put("encrypt", "true");
                m.put("trustServerCertificate", "false");
            }
        }
        return m;
    }

    @Override
    protected void mapTimeouts(ConnectionConfig c, Properties p) {
        if (c.connectTimeout() != null) {
            p.setProperty("loginTimeout", Long.toString(ceilSeconds(c.connectTimeout())));
        }
        if (c.socketTimeout() != null) {
            p.setProperty("socketTimeout", Long.toString(c.socketTimeout().toMillis()));
        }
    }

    @Override
    protected void mapTimeZone(String timeZone, Properties p) {
        throw new IllegalArgumentException("SQL Server has no session time zone; remove timeZone '" + timeZone
                + "' (use datetimeoffset columns or AT TIME ZONE in SQL)");
    }

    @Override
    protected void mapSsl(ConnectionConfig c, Properties p) {
        // Also as properties, for configurations that give their own URL (a URL's own keys still win there).
        tlsPair(c).forEach(p::setProperty);
        ConnectionConfig.SslMode mode = effectiveSslMode(c);
        if (mode == null || mode == ConnectionConfig.SslMode.DISABLE) {
            return;
        }
        if (c.sslCa() != null) {
            TlsFiles.StoreFile ts = TlsFiles.trustStore(c.sslCa(), null);
            p.setProperty("trustStore", ts.path().toString());
            p.setProperty("trustStoreType", ts.type());
            if (ts.password() != null) {
                p.setProperty("trustStorePassword", ts.password());
            }
        }
        if (c.sslCert() != null) {
            p.setProperty("clientCertificate", c.sslCert());
            if (c.sslKey() != null) {
                p.setProperty("clientKey", c.sslKey());
            }
            if (c.sslKeyPassword() != null) {
                p.setProperty("clientKeyPassword", c.sslKeyPassword());
            }
        }
    }
}
