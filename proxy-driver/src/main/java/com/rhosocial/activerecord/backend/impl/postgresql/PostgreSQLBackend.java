package com.rhosocial.activerecord.backend.impl.postgresql;

import com.rhosocial.activerecord.backend.Backend;
import com.rhosocial.activerecord.backend.BackendCapabilities;
import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.ServerVersion;
import com.rhosocial.activerecord.backend.TlsFiles;
import com.rhosocial.activerecord.dialect.Dialect;

import java.sql.Connection;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * PostgreSQL through PgJDBC ({@code org.postgresql.Driver}).
 *
 * <p>Mapping: {@code jdbc:postgresql://host:port/database}; {@code connectTimeout}/{@code socketTimeout} in whole
 * seconds (rounded up); the client encoding is always UTF-8 (PgJDBC insists on it); the time zone is set with
 * {@code SET TIME ZONE} on each new connection ({@link #initSql}), because PgJDBC sends its own {@code TimeZone}
 * startup parameter that would override an {@code options=-c TimeZone=...}. TLS maps one to one onto PgJDBC's
 * libpq-style {@code sslmode}, {@code sslrootcert}, {@code sslcert}, {@code sslkey}, {@code sslpassword}; a PEM client key is
 * converted to PKCS-12 first ({@link TlsFiles}) because PgJDBC reads keys only as PKCS-8 DER or PKCS-12.
 */
public class PostgreSQLBackend extends Backend {

    private static final BackendCapabilities CAPABILITIES = new BackendCapabilities(
            true, BackendCapabilities.UpsertStyle.ON_CONFLICT, true, true, true, true, true, true, true, true,
            BackendCapabilities.RowLockStyle.FOR_UPDATE, true, true);

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public List<String> aliases() {
        return List.of("postgres", "pg", "pgsql", "pgjdbc");
    }

    @Override
    public BackendCapabilities capabilities() {
        return CAPABILITIES;
    }

    /** PostgreSQL 9.5 added {@code ON CONFLICT} and {@code SKIP LOCKED}; 9.2 the JSON type; 8.4 window functions and CTEs. */
    @Override
    public BackendCapabilities capabilities(ServerVersion v) {
        BackendCapabilities c = CAPABILITIES;
        if (!v.atLeast(9, 5)) {
            c = c.withUpsertStyle(BackendCapabilities.UpsertStyle.NONE).withRowLocking(c.rowLocking(), false);
        }
        if (!v.atLeast(9, 2)) {
            c = c.withJson(false);
        }
        if (!v.atLeast(8, 4)) {
            c = c.withWindowFunctions(false).withCtes(false, false).withOffsetFetch(false);
        }
        return c;
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

    /** All four; PostgreSQL runs READ UNCOMMITTED as READ COMMITTED (manual, "Transaction Isolation"). */
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
        String db = c.database() == null ? "" : c.database();
        return "jdbc:postgresql://" + urlHost(c) + ":" + portOrDefault(c) + "/" + db;
    }

    @Override
    protected void mapTimeouts(ConnectionConfig c, Properties p) {
        // PgJDBC takes both in seconds; 0 would mean "no timeout", so a sub-second value is rounded up.
        if (c.connectTimeout() != null) {
            p.setProperty("connectTimeout", Long.toString(ceilSeconds(c.connectTimeout())));
        }
        if (c.socketTimeout() != null) {
            p.setProperty("socketTimeout", Long.toString(ceilSeconds(c.socketTimeout())));
        }
    }

    @Override
    public List<String> initSql(ConnectionConfig c) {
        if (c.timeZone() == null) {
            return List.of();
        }
        return List.of("SET TIME ZONE '" + checkedTimeZone(c.timeZone()) + "'");
    }

    @Override
    protected void mapSsl(ConnectionConfig c, Properties p) {
        ConnectionConfig.SslMode mode = effectiveSslMode(c);
        if (mode == null) {
            return;
        }
        // PgJDBC's sslmode values are libpq's, which our modes are named after.
        p.setProperty("sslmode", mode.id());
        if (c.sslCa() != null) {
            p.setProperty("sslrootcert", c.sslCa());
        }
        if (c.sslCert() != null && c.sslKey() != null && TlsFiles.isPem(c.sslKey())) {
            // PgJDBC reads a client key only as PKCS-8 DER or inside a PKCS-12 file (which then also holds the
            // certificate), not as PEM: hand it a converted PKCS-12 store.
            TlsFiles.StoreFile ks = TlsFiles.keyStore(c.sslCert(), c.sslKey(), c.sslKeyPassword());
            p.setProperty("sslkey", ks.path().toString());
            p.setProperty("sslpassword", ks.password());
            return;
        }
        if (c.sslCert() != null) {
            p.setProperty("sslcert", c.sslCert());
        }
        if (c.sslKey() != null) {
            p.setProperty("sslkey", c.sslKey());
        }
        if (c.sslKeyPassword() != null) {
            p.setProperty("sslpassword", c.sslKeyPassword());
        }
    }
}
