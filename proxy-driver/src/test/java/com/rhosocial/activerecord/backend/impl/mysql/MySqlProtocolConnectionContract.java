package com.rhosocial.activerecord.backend.impl.mysql;

import com.rhosocial.activerecord.backend.Backend;
import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.ConnectionConfig.SslMode;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static com.rhosocial.activerecord.backend.TestFixtures.mariadbHost;
import static com.rhosocial.activerecord.backend.TestFixtures.mariadbPort;
import static com.rhosocial.activerecord.backend.TestFixtures.mariadbTlsCa;
import static com.rhosocial.activerecord.backend.TestFixtures.tls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What both MySQL-protocol backends ({@link MySqlProtocolBackend}) must do on the local MariaDB 10.11 with the same
 * {@link ConnectionConfig}, whichever driver they load: the session time zone and the TLS modes (the TLS cases need
 * a TLS-enabled server named by {@code AR_MARIADB_TLS_CA}). Each backend's connection test extends it and adds what
 * differs between the drivers.
 */
public abstract class MySqlProtocolConnectionContract {

    /** The backend under test. */
    protected abstract Backend backend();

    /** Host, port, database {@code test}, root with the empty password. */
    protected static ConnectionConfig.Builder base() {
        return ConnectionConfig.builder().host(mariadbHost()).port(mariadbPort()).database("test").username("root").password("");
    }

    /** One unpooled connection through the backend's own driver, URL and properties. */
    protected static Connection open(Backend b, ConnectionConfig c) throws SQLException {
        return b.loadDriver().connect(b.buildUrl(c), b.driverProperties(c));
    }

    /** The first column of the first row, as text. */
    protected static String one(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String cipher(Connection c) throws SQLException {
        return one(c, "SELECT VARIABLE_VALUE FROM information_schema.SESSION_STATUS WHERE VARIABLE_NAME = 'Ssl_cipher'");
    }

    @Test
    void setsTheSessionTimeZone() throws SQLException {
        for (String zone : new String[] {"+05:30", "-03:00"}) {
            try (Connection c = open(backend(), base().timeZone(zone).build())) {
                assertThat(one(c, "SELECT @@session.time_zone")).isEqualTo(zone);
            }
        }
    }

    @Test
    void requireEncryptsWithoutCheckingTheCertificate() throws SQLException {
        assumeTrue(mariadbTlsCa() != null, "AR_MARIADB_TLS_CA names no CA of a TLS-enabled MariaDB");
        try (Connection c = open(backend(), base().sslMode(SslMode.REQUIRE).build())) {
            assertThat(cipher(c)).isNotEmpty();
        }
    }

    @Test
    void verifyFullWithTheServersCaConnectsToTheNameInTheCertificate() throws SQLException {
        assumeTrue(mariadbTlsCa() != null, "AR_MARIADB_TLS_CA names no CA of a TLS-enabled MariaDB");
        try (Connection c = open(backend(), base().host("localhost").sslMode(SslMode.VERIFY_FULL).sslCa(mariadbTlsCa()).build())) {
            assertThat(cipher(c)).isNotEmpty();
        }
    }

    @Test
    void verifyFullRefusesAWrongCaAndANameOutsideTheCertificate() throws SQLException {
        assumeTrue(mariadbTlsCa() != null, "AR_MARIADB_TLS_CA names no CA of a TLS-enabled MariaDB");
        assertThatThrownBy(() -> open(backend(), base().host("localhost").sslMode(SslMode.VERIFY_FULL)
                .sslCa(tls("other-ca.pem")).build())).isInstanceOf(SQLException.class);
        // the recipe's certificate names only DNS:localhost
        ConnectionConfig byIp = base().host("127.0.0.1").sslMode(SslMode.VERIFY_FULL).sslCa(mariadbTlsCa()).build();
        assertThatThrownBy(() -> open(backend(), byIp)).isInstanceOf(SQLException.class);
        try (Connection c = open(backend(), byIp.toBuilder().sslVerifyHost(false).build())) {
            assertThat(cipher(c)).isNotEmpty();
        }
    }

    @Test
    void clientCertificateFromPemFilesAuthenticates() throws SQLException {
        assumeTrue(mariadbTlsCa() != null, "AR_MARIADB_TLS_CA names no CA of a TLS-enabled MariaDB");
        // the recipe's user certuser is created with REQUIRE SUBJECT '/CN=postgres', the subject of tls/client.pem
        ConnectionConfig withCert = base().host("localhost").username("certuser").password(null)
                .sslMode(SslMode.VERIFY_FULL).sslCa(mariadbTlsCa())
                .sslCert(tls("client.pem")).sslKey(tls("client-encrypted.key")).sslKeyPassword("s3cret").build();
        try (Connection c = open(backend(), withCert)) {
            assertThat(one(c, "SELECT CURRENT_USER()")).startsWith("certuser@");
        }
        ConnectionConfig withoutCert = withCert.toBuilder().sslCert(null).sslKey(null).sslKeyPassword(null).build();
        assertThatThrownBy(() -> open(backend(), withoutCert)).isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
    }
}
