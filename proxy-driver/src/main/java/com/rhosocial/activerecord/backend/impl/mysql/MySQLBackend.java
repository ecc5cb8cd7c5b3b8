package com.rhosocial.activerecord.backend.impl.mysql;

import com.rhosocial.activerecord.backend.BackendCapabilities;
import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.ServerVersion;
import com.rhosocial.activerecord.backend.impl.mariadb.MariaDBBackend;
import com.rhosocial.activerecord.backend.TlsFiles;
import com.rhosocial.activerecord.dialect.Dialect;

import java.util.List;
import java.util.Properties;

/**
 * MySQL through MySQL Connector/J ({@code com.mysql.cj.jdbc.Driver}); it also reaches MariaDB servers.
 *
 * <p>Mapping: {@code jdbc:mysql://host:port/database}; {@code connectTimeout}/{@code socketTimeout} in
 * milliseconds; charset to {@code characterEncoding} (utf8/utf8mb4 become Java's {@code UTF-8}); time zone to
 * {@code connectionTimeZone} with {@code forceConnectionTimeZoneToSession=true}, so that the session's
 * {@code time_zone} follows. TLS: {@code sslMode} DISABLED/PREFERRED/REQUIRED/VERIFY_CA/VERIFY_IDENTITY; the CA goes
 * to {@code trustCertificateKeyStoreUrl} and the client certificate to {@code clientCertificateKeyStoreUrl}, as key
 * stores (PEM files are converted by {@link TlsFiles}, because Connector/J reads only JKS and PKCS12).
 */
public class MySQLBackend extends MySqlProtocolBackend {

    private static final BackendCapabilities CAPABILITIES = new BackendCapabilities(
            false, BackendCapabilities.UpsertStyle.ON_DUPLICATE_KEY, true, true, true, true, false, false, true, false,
            BackendCapabilities.RowLockStyle.FOR_UPDATE, true, false);

    /** Stateless; {@link com.rhosocial.activerecord.backend.Backends} and {@code ServiceLoader} create it. */
    public MySQLBackend() {
        super("jdbc:mysql://");
    }

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public List<String> aliases() {
        return List.of("mysql8", "mysql-connector-j");
    }

    @Override
    public BackendCapabilities capabilities() {
        return CAPABILITIES;
    }

    /**
     * MySQL 8.0 added window functions, CTEs and {@code SKIP LOCKED}; 5.7.8 added JSON. A {@code jdbc:mysql:} URL
     * that reaches a MariaDB server (the product text says so) gets MariaDB's table, without RETURNING: Connector/J
     * refuses {@code executeQuery} on an INSERT ("cannot issue statements that do not produce result sets"), so
     * through this driver the generated keys are the way to read them.
     */
    @Override
    public BackendCapabilities capabilities(ServerVersion v) {
        if (v.isMariaDb()) {
            return new MariaDBBackend().capabilities(v).withReturning(false);
        }
        BackendCapabilities c = CAPABILITIES;
        if (!v.atLeast(8, 0)) {
            c = c.withWindowFunctions(false).withCtes(false, false).withRowLocking(c.rowLocking(), false);
        }
        if (!v.atLeast(5, 7, 8)) {
            c = c.withJson(false);
        }
        return c;
    }

    @Override
    public List<String> urlPrefixes() {
        return List.of("jdbc:mysql:");
    }

    @Override
    public String driverClassName() {
        return "com.mysql.cj.jdbc.Driver";
    }

    @Override
    public Dialect dialect() {
        return Dialect.MYSQL;
    }

    @Override
    protected void mapCharset(String charset, Properties p) {
        // Connector/J wants a Java charset name here; it then picks utf8mb4 on the server for UTF-8.
        p.setProperty("characterEncoding", isUtf8(charset) ? "UTF-8" : charset.trim());
    }

    @Override
    protected void mapSsl(ConnectionConfig c, Properties p) {
        ConnectionConfig.SslMode mode = effectiveSslMode(c);
        if (mode == null) {
            return;
        }
        p.setProperty("sslMode", switch (mode) {
            case DISABLE -> "DISABLED";
            case PREFER -> "PREFERRED";
            case REQUIRE -> "REQUIRED";
            case VERIFY_CA -> "VERIFY_CA";
            case VERIFY_FULL -> "VERIFY_IDENTITY";
        });
        if (mode == ConnectionConfig.SslMode.DISABLE) {
            return;
        }
        if (c.sslCa() != null) {
            TlsFiles.StoreFile ts = TlsFiles.trustStore(c.sslCa(), null);
            p.setProperty("trustCertificateKeyStoreUrl", ts.url());
            p.setProperty("trustCertificateKeyStoreType", ts.type());
            if (ts.password() != null) {
                p.setProperty("trustCertificateKeyStorePassword", ts.password());
            }
        }
        if (c.sslCert() != null) {
            TlsFiles.StoreFile ks = TlsFiles.keyStore(c.sslCert(), c.sslKey(), c.sslKeyPassword());
            p.setProperty("clientCertificateKeyStoreUrl", ks.url());
            p.setProperty("clientCertificateKeyStoreType", ks.type());
            if (ks.password() != null) {
                p.setProperty("clientCertificateKeyStorePassword", ks.password());
            }
        }
    }
}
