package com.rhosocial.activerecord.backend.impl.oracle;

import com.rhosocial.activerecord.backend.Backend;
import com.rhosocial.activerecord.backend.BackendCapabilities;
import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.ServerVersion;
import com.rhosocial.activerecord.backend.TlsFiles;
import com.rhosocial.activerecord.dialect.Dialect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * Oracle Database through the ojdbc11 thin driver ({@code oracle.jdbc.OracleDriver}).
 *
 * <p>URL forms: by default {@code database} is a service name, {@code jdbc:oracle:thin:@//host:port/service}; with
 * the option {@value #SID_OPTION}{@code : true} it is a SID, {@code jdbc:oracle:thin:@host:port:SID}. With TLS the
 * URL uses the TCPS protocol ({@code @tcps://host:port/service}, or a descriptor for a SID); TCPS listeners usually
 * sit on port 2484, so set the port. Timeouts map to {@code oracle.net.CONNECT_TIMEOUT} and
 * {@code oracle.jdbc.ReadTimeout} (milliseconds); the time zone is set by {@code ALTER SESSION SET TIME_ZONE} on each
 * connection ({@link #initSql}); the charset is the database's own (only UTF-8 accepted, as a no-op).
 *
 * <p>TLS: the thin driver has no "encrypt without verifying" mode and no opportunistic TLS: {@code prefer} stays on
 * plain TCP, {@code require} and {@code verify-ca} use TCPS with {@code oracle.net.ssl_server_dn_match=false} (the
 * certificate chain is still checked, against {@code ssl.ca} or the JVM's trust store), {@code verify-full} adds
 * {@code oracle.net.ssl_server_dn_match=true}. {@code ssl.ca} becomes {@code javax.net.ssl.trustStore} (a wallet
 * directory becomes {@code oracle.net.wallet_location}); the client certificate becomes
 * {@code javax.net.ssl.keyStore}.
 */
public class OracleBackend extends Backend {

    /** Option naming {@code database} a SID rather than a service name; consumed here, not sent to the driver. */
    public static final String SID_OPTION = "oracleSid";

    private static final BackendCapabilities CAPABILITIES = new BackendCapabilities(
            false, BackendCapabilities.UpsertStyle.MERGE, true, true, true, true, false, true, true, false,
            BackendCapabilities.RowLockStyle.FOR_UPDATE, true, true);

    @Override
    public String name() {
        return "oracle";
    }

    @Override
    public List<String> aliases() {
        return List.of("oracledb", "ora");
    }

    @Override
    public BackendCapabilities capabilities() {
        return CAPABILITIES;
    }

    /**
     * Oracle 12c added {@code OFFSET/FETCH FIRST}, identity columns and JSON conditions (12.1.0.2); 11gR2 recursive
     * {@code WITH}; 23ai the BOOLEAN column type (the only flag a version raises).
     */
    @Override
    public BackendCapabilities capabilities(ServerVersion v) {
        BackendCapabilities c = CAPABILITIES;
        if (v.major() >= 23) {
            c = c.withBooleanType(true);
        }
        if (!v.atLeast(12, 1, 0)) {
            c = c.withOffsetFetch(false).withIdentityColumns(false).withJson(false);
        }
        if (!v.atLeast(11, 2)) {
            c = c.withCtes(true, false);
        }
        return c;
    }

    @Override
    public List<String> urlPrefixes() {
        return List.of("jdbc:oracle:");
    }

    @Override
    public String driverClassName() {
        return "oracle.jdbc.OracleDriver";
    }

    @Override
    public int defaultPort() {
        return 1521;
    }

    @Override
    public Dialect dialect() {
        return Dialect.ORACLE;
    }

    /** Oracle offers only these two (Database Concepts, "Data Concurrency and Consistency"). */
    @Override
    public Set<Integer> supportedIsolationLevels() {
        return Set.of(Connection.TRANSACTION_READ_COMMITTED, Connection.TRANSACTION_SERIALIZABLE);
    }

    /** True when the option {@value #SID_OPTION} is {@code true}. */
    public static boolean usesSid(ConnectionConfig c) {
        String v = c.options().get(SID_OPTION);
        return v != null && (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes") || v.equals("1"));
    }

    @Override
    public String buildUrl(ConnectionConfig c) {
        if (c.url() != null) {
            return c.url();
        }
        if (c.database() == null || c.database().isBlank()) {
            throw new IllegalArgumentException("backend oracle needs 'database': the service name (or the SID with"
                    + " option " + SID_OPTION + ": true)");
        }
        String host = urlHost(c);
        int port = portOrDefault(c);
        boolean tcps = usesTcps(c);
        if (usesSid(c)) {
            if (tcps) {
                return "jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCPS)(HOST=" + hostOrLocal(c) + ")(PORT="
                        + port + "))(CONNECT_DATA=(SID=" + c.database() + ")))";
            }
            return "jdbc:oracle:thin:@" + host + ":" + port + ":" + c.database();
        }
        return "jdbc:oracle:thin:@" + (tcps ? "tcps:" : "") + "//" + host + ":" + port + "/" + c.database();
    }

    private static boolean usesTcps(ConnectionConfig c) {
        ConnectionConfig.SslMode mode = effectiveSslMode(c);
        return mode != null && mode != ConnectionConfig.SslMode.DISABLE && mode != ConnectionConfig.SslMode.PREFER;
    }

    @Override
    public Properties driverProperties(ConnectionConfig config) {
        Properties p = super.driverProperties(config);
        p.remove(SID_OPTION);
        return p;
    }

    @Override
    protected void mapTimeouts(ConnectionConfig c, Properties p) {
        if (c.connectTimeout() != null) {
            p.setProperty("oracle.net.CONNECT_TIMEOUT", Long.toString(c.connectTimeout().toMillis()));
        }
        if (c.socketTimeout() != null) {
            p.setProperty("oracle.jdbc.ReadTimeout", Long.toString(c.socketTimeout().toMillis()));
        }
    }

    @Override
    public List<String> initSql(ConnectionConfig c) {
        if (c.timeZone() == null) {
            return List.of();
        }
        return List.of("ALTER SESSION SET TIME_ZONE = '" + checkedTimeZone(c.timeZone()) + "'");
    }

    @Override
    protected void mapSsl(ConnectionConfig c, Properties p) {
        ConnectionConfig.SslMode mode = effectiveSslMode(c);
        if (!usesTcps(c)) {
            return;
        }
        p.setProperty("oracle.net.ssl_server_dn_match",
                Boolean.toString(mode == ConnectionConfig.SslMode.VERIFY_FULL));
        if (c.sslCa() != null) {
            if (Files.isDirectory(Path.of(c.sslCa()))) {
                p.setProperty("oracle.net.wallet_location", c.sslCa());
            } else {
                TlsFiles.StoreFile ts = TlsFiles.trustStore(c.sslCa(), null);
                p.setProperty("javax.net.ssl.trustStore", ts.path().toString());
                p.setProperty("javax.net.ssl.trustStoreType", ts.type());
                if (ts.password() != null) {
                    p.setProperty("javax.net.ssl.trustStorePassword", ts.password());
                }
            }
        }
        if (c.sslCert() != null) {
            TlsFiles.StoreFile ks = TlsFiles.keyStore(c.sslCert(), c.sslKey(), c.sslKeyPassword());
            p.setProperty("javax.net.ssl.keyStore", ks.path().toString());
            p.setProperty("javax.net.ssl.keyStoreType", ks.type().toUpperCase(Locale.ROOT));
            if (ks.password() != null) {
                p.setProperty("javax.net.ssl.keyStorePassword", ks.password());
            }
        }
    }
}
