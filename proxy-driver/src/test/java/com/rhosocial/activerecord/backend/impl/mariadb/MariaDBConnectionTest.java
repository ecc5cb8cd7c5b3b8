package com.rhosocial.activerecord.backend.impl.mariadb;

import com.rhosocial.activerecord.backend.Backend;
import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.ConnectionConfig.SslMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static com.rhosocial.activerecord.backend.TestFixtures.mariadbHost;
import static com.rhosocial.activerecord.backend.TestFixtures.mariadbPort;
import static com.rhosocial.activerecord.backend.TestFixtures.mariadbTlsCa;
import static com.rhosocial.activerecord.backend.TestFixtures.tls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real connections to the local MariaDB 10.11 ({@code AR_MARIADB_HOST}, default 127.0.0.1; root, empty password)
 * through MariaDB Connector/J, built only from a {@link ConnectionConfig}.
 */
class MariaDBConnectionTest {

    static final String DB = "ar_config_maria";
    private final MariaDBBackend maria = new MariaDBBackend();

    static ConnectionConfig.Builder base() {
        return ConnectionConfig.builder().host(mariadbHost()).port(mariadbPort()).database("test").username("root").password("");
    }

    static Connection open(Backend b, ConnectionConfig c) throws SQLException {
        return b.loadDriver().connect(b.buildUrl(c), b.driverProperties(c));
    }

    static String one(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @BeforeAll
    static void createOwnDatabase() throws SQLException {
        try (Connection c = open(new MariaDBBackend(), base().build()); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE IF NOT EXISTS " + DB);
        }
    }

    @Test
    void connectsFromHostPortDatabaseAndUser() throws SQLException {
        try (Connection c = open(maria, base().database(DB).build())) {
            assertThat(one(c, "SELECT DATABASE()")).isEqualTo(DB);
            assertThat(one(c, "SELECT CURRENT_USER()")).startsWith("root@");
            try (Statement st = c.createStatement()) {
                st.execute("DROP TABLE IF EXISTS t_conn");
                // explicit charset: a server started with defaults uses latin1
                st.execute("CREATE TABLE t_conn (id INT PRIMARY KEY, name VARCHAR(20)) DEFAULT CHARSET=utf8mb4");
                st.execute("INSERT INTO t_conn VALUES (1, 'señor ☃')");
            }
            assertThat(one(c, "SELECT name FROM t_conn WHERE id = 1")).isEqualTo("señor ☃");
        }
    }

    @Test
    void setsTheSessionTimeZone() throws SQLException {
        try (Connection c = open(maria, base().timeZone("+05:30").build())) {
            assertThat(one(c, "SELECT @@session.time_zone")).isEqualTo("+05:30");
        }
    }

    @Test
    void socketTimeoutAbortsALongQuery() throws SQLException {
        try (Connection c = open(maria, base().socketTimeout(Duration.ofSeconds(1)).build())) {
            assertThatThrownBy(() -> one(c, "SELECT SLEEP(5)"))
                    .isInstanceOf(SQLException.class)
                    .hasRootCauseInstanceOf(java.net.SocketTimeoutException.class);
        }
    }

    @Test
    void acceptsEveryDeclaredIsolationLevelAndSavepoints() throws SQLException {
        try (Connection c = open(maria, base().build())) {
            assertThat(c.getTransactionIsolation()).isEqualTo(maria.defaultIsolationLevel());
            for (int level : maria.supportedIsolationLevels()) {
                c.setTransactionIsolation(level);
                assertThat(c.getTransactionIsolation()).isEqualTo(level);
            }
            c.setAutoCommit(false);
            c.setSavepoint("s1");
            c.rollback();
        }
    }

    private boolean serverHasTls() throws SQLException {
        try (Connection c = open(maria, base().build())) {
            return "YES".equals(one(c, "SELECT @@have_ssl"));
        }
    }

    @Test
    void sslModePreferConnectsToAServerWithoutTls() throws SQLException {
        try (Connection c = open(maria, base().sslMode(SslMode.PREFER).build())) {
            assertThat(one(c, "SELECT 1")).isEqualTo("1");
        }
    }

    @Test
    void sslModeRequireFailsClearlyWhenTheServerHasNoTls() throws SQLException {
        assumeTrue(!serverHasTls(), "the server has TLS on");
        assertThatThrownBy(() -> open(maria, base().sslMode(SslMode.REQUIRE).build()))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Trying to connect with ssl, but ssl not enabled in the server");
    }

    private static String cipher(Connection c) throws SQLException {
        return one(c, "SELECT VARIABLE_VALUE FROM information_schema.SESSION_STATUS WHERE VARIABLE_NAME = 'Ssl_cipher'");
    }

    @Test
    void requireEncryptsWithoutCheckingTheCertificate() throws SQLException {
        assumeTrue(mariadbTlsCa() != null, "AR_MARIADB_TLS_CA names no CA of a TLS-enabled MariaDB");
        try (Connection c = open(maria, base().sslMode(SslMode.REQUIRE).build())) {
            assertThat(cipher(c)).isNotEmpty();
        }
    }

    @Test
    void verifyFullWithTheServersCaConnectsToTheNameInTheCertificate() throws SQLException {
        assumeTrue(mariadbTlsCa() != null, "AR_MARIADB_TLS_CA names no CA of a TLS-enabled MariaDB");
        try (Connection c = open(maria, base().host("localhost").sslMode(SslMode.VERIFY_FULL).sslCa(mariadbTlsCa()).build())) {
            assertThat(cipher(c)).isNotEmpty();
        }
    }

    @Test
    void verifyFullRefusesAWrongCaAndANameOutsideTheCertificate() throws SQLException {
        assumeTrue(mariadbTlsCa() != null, "AR_MARIADB_TLS_CA names no CA of a TLS-enabled MariaDB");
        assertThatThrownBy(() -> open(maria, base().host("localhost").sslMode(SslMode.VERIFY_FULL)
                .sslCa(tls("other-ca.pem")).build())).isInstanceOf(SQLException.class);
        // the recipe's certificate names only DNS:localhost
        ConnectionConfig byIp = base().host("127.0.0.1").sslMode(SslMode.VERIFY_FULL).sslCa(mariadbTlsCa()).build();
        assertThatThrownBy(() -> open(maria, byIp)).isInstanceOf(SQLException.class);
        try (Connection c = open(maria, byIp.toBuilder().sslVerifyHost(false).build())) {
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
        try (Connection c = open(maria, withCert)) {
            assertThat(one(c, "SELECT CURRENT_USER()")).startsWith("certuser@");
        }
        ConnectionConfig withoutCert = withCert.toBuilder().sslCert(null).sslKey(null).sslKeyPassword(null).build();
        assertThatThrownBy(() -> open(maria, withoutCert)).isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
    }
}
