package com.rhosocial.activerecord.backend.impl.mariadb;

import com.rhosocial.activerecord.backend.BackendCapabilities;
import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.ServerVersion;
import com.rhosocial.activerecord.backend.TlsFiles;
import com.rhosocial.activerecord.backend.impl.mysql.MySqlProtocolBackend;
import com.rhosocial.activerecord.dialect.Dialect;

import java.util.List;
import java.util.Properties;

/**
 * MariaDB through MariaDB Connector/J 3 ({@code org.mariadb.jdbc.Driver}).
 *
 * <p>Mapping: {@code jdbc:mariadb://host:port/database}; {@code connectTimeout}/{@code socketTimeout} in
 * milliseconds; Connector/J 3 always talks utf8mb4, so only UTF-8 is accepted as charset; time zone to
 * {@code connectionTimeZone} with {@code forceConnectionTimeZoneToSession=true}. TLS: {@code sslMode}
 * disable/trust/verify-ca/verify-full ({@code prefer} becomes {@code disable}: this driver has no opportunistic
 * TLS, and {@code prefer} must still connect to a server without TLS); the CA goes to {@code serverSslCert}, which
 * reads PEM directly; the client certificate to {@code keyStore} (PEM converted to PKCS12 by {@link TlsFiles}).
 */
public class MariaDBBackend extends MySqlProtocolBackend {

    private static final BackendCapabilities CAPABILITIES = new BackendCapabilities(
            true, BackendCapabilities.UpsertStyle.ON_DUPLICATE_KEY, true, true, true, true, false, true, true, false,
            BackendCapabilities.RowLockStyle.FOR_UPDATE, true, true);

    /** Stateless; {@link com.rhosocial.activerecord.backend.Backends} and {@code ServiceLoader} create it. */
    public MariaDBBackend() {
        super("jdbc:mariadb://");
    }

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public List<String> aliases() {
        return List.of("maria");
    }

    @Override
    public BackendCapabilities capabilities() {
        return CAPABILITIES;
    }

    /**
     * MariaDB 10.2 added window functions, CTEs and JSON functions, 10.3 sequences, 10.5 {@code RETURNING} on
     * INSERT/DELETE, 10.6 {@code SKIP LOCKED} and {@code OFFSET ... FETCH}.
     */
    @Override
    public BackendCapabilities capabilities(ServerVersion v) {
        BackendCapabilities c = CAPABILITIES;
        if (!v.atLeast(10, 2)) {
            c = c.withWindowFunctions(false).withCtes(false, false).withJson(false);
        }
        if (!v.atLeast(10, 3)) {
            c = c.withSequences(false);
        }
        if (!v.atLeast(10, 5)) {
            c = c.withReturning(false);
        }
        if (!v.atLeast(10, 6)) {
            c = c.withRowLocking(c.rowLocking(), false).withOffsetFetch(false);
        }
        return c;
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
    public Dialect dialect() {
        return Dialect.MARIADB;
    }

    @Override
    protected void mapSsl(ConnectionConfig c, Properties p) {
        ConnectionConfig.SslMode mode = effectiveSslMode(c);
        if (mode == null) {
            return;
        }
        p.setProperty("sslMode", switch (mode) {
            case DISABLE, PREFER -> "disable";
            case REQUIRE -> "trust";
            case VERIFY_CA -> "verify-ca";
            case VERIFY_FULL -> "verify-full";
        });
        if (mode == ConnectionConfig.SslMode.DISABLE || mode == ConnectionConfig.SslMode.PREFER) {
            return;
        }
        if (c.sslCa() != null) {
            String type = TlsFiles.storeType(c.sslCa());
            if (type == null) {
                p.setProperty("serverSslCert", c.sslCa());
            } else {
                p.setProperty("trustStore", c.sslCa());
                p.setProperty("trustStoreType", type);
            }
        }
        if (c.sslCert() != null) {
            TlsFiles.StoreFile ks = TlsFiles.keyStore(c.sslCert(), c.sslKey(), c.sslKeyPassword());
            p.setProperty("keyStore", ks.path().toString());
            p.setProperty("keyStoreType", ks.type());
            if (ks.password() != null) {
                p.setProperty("keyStorePassword", ks.password());
                p.setProperty("keyPassword", ks.password());
            }
        }
    }
}
