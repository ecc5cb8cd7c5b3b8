package com.rhosocial.activerecord.backend.impl.sqlite;

import com.rhosocial.activerecord.backend.Backend;
import com.rhosocial.activerecord.backend.BackendCapabilities;
import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.ServerVersion;
import com.rhosocial.activerecord.dialect.Dialect;

import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * SQLite, embedded, through xerial sqlite-jdbc ({@code org.sqlite.JDBC}). {@code database} is a file path or
 * {@code :memory:}; the URL is {@code jdbc:sqlite:<path>}. There is no server, so host, port, TLS and time zone make
 * no sense and are rejected; network timeouts are ignored; a charset maps to the {@code encoding} pragma (UTF-8 or
 * UTF-16 variants, effective when the file is created). Each {@code :memory:} connection is its own database.
 */
public class SQLiteBackend extends Backend {

    private static final BackendCapabilities CAPABILITIES = new BackendCapabilities(
            true, BackendCapabilities.UpsertStyle.ON_CONFLICT, true, true, true, true, false, false, true, true,
            BackendCapabilities.RowLockStyle.NONE, false, false);

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public List<String> aliases() {
        return List.of("sqlite3");
    }

    @Override
    public BackendCapabilities capabilities() {
        return CAPABILITIES;
    }

    /**
     * SQLite 3.35 added {@code RETURNING}, 3.25 window functions, 3.24 {@code ON CONFLICT ... DO UPDATE}, 3.38 the
     * built-in JSON functions (earlier only with the JSON1 extension compiled in), 3.8.3 CTEs.
     */
    @Override
    public BackendCapabilities capabilities(ServerVersion v) {
        BackendCapabilities c = CAPABILITIES;
        if (!v.atLeast(3, 35)) {
            c = c.withReturning(false);
        }
        if (!v.atLeast(3, 38)) {
            c = c.withJson(false);
        }
        if (!v.atLeast(3, 25)) {
            c = c.withWindowFunctions(false);
        }
        if (!v.atLeast(3, 24)) {
            c = c.withUpsertStyle(BackendCapabilities.UpsertStyle.NONE);
        }
        if (!v.atLeast(3, 8, 3)) {
            c = c.withCtes(false, false);
        }
        return c;
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

    /**
     * SERIALIZABLE always; READ UNCOMMITTED only takes effect in shared-cache mode (sqlite-jdbc maps it to
     * {@code PRAGMA read_uncommitted}).
     */
    @Override
    public Set<Integer> supportedIsolationLevels() {
        return Set.of(Connection.TRANSACTION_READ_UNCOMMITTED, Connection.TRANSACTION_SERIALIZABLE);
    }

    @Override
    public int defaultIsolationLevel() {
        return Connection.TRANSACTION_SERIALIZABLE;
    }

    @Override
    public String buildUrl(ConnectionConfig c) {
        if (c.url() != null) {
            return c.url();
        }
        if (c.host() != null || c.port() != null) {
            throw new IllegalArgumentException("SQLite is embedded: host/port make no sense; set database to a file"
                    + " path or :memory:");
        }
        if (c.database() == null || c.database().isBlank()) {
            throw new IllegalArgumentException("backend sqlite needs 'database': a file path or :memory:");
        }
        return "jdbc:sqlite:" + c.database();
    }

    @Override
    protected void mapCharset(String charset, Properties p) {
        // sqlite-jdbc pastes the value into "pragma encoding=<value>", so it must be a quoted SQL literal (as its
        // own SQLiteConfig.Encoding constants are); the spellings are SQLite's ("UTF-16le").
        String cs = charset.trim().toUpperCase(Locale.ROOT).replace("_", "-");
        if (isUtf8(charset)) {
            p.setProperty("encoding", "'UTF-8'");
        } else if (cs.equals("UTF-16") || cs.equals("UTF-16LE") || cs.equals("UTF-16BE")) {
            p.setProperty("encoding", "'" + cs.replace("LE", "le").replace("BE", "be") + "'");
        } else {
            throw new IllegalArgumentException("SQLite stores text as UTF-8 or UTF-16 only; got charset '" + charset + "'");
        }
    }

    @Override
    protected void mapTimeZone(String timeZone, Properties p) {
        throw new IllegalArgumentException("SQLite has no session time zone; remove timeZone '" + timeZone + "'");
    }

    @Override
    protected void mapSsl(ConnectionConfig c, Properties p) {
        boolean any = (c.sslMode() != null && c.sslMode() != ConnectionConfig.SslMode.DISABLE)
                || c.sslCa() != null || c.sslCert() != null || c.sslKey() != null || c.sslKeyPassword() != null
                || Boolean.TRUE.equals(c.sslVerifyHost());
        if (any) {
            throw new IllegalArgumentException("SQLite is an embedded database without a network connection: TLS"
                    + " settings make no sense; remove ssl (or set ssl.mode: disable)");
        }
    }
}
