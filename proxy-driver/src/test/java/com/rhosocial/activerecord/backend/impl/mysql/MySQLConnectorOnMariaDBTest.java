package com.rhosocial.activerecord.backend.impl.mysql;

import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.ConnectionConfig.SslMode;
import com.rhosocial.activerecord.config.ActiveRecordConfig;
import com.rhosocial.activerecord.config.DataSourceDefinition;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import static com.rhosocial.activerecord.backend.TestFixtures.mariadbHost;
import static com.rhosocial.activerecord.backend.TestFixtures.mariadbPort;
import static com.rhosocial.activerecord.backend.TestFixtures.mariadbTlsCa;
import static com.rhosocial.activerecord.backend.TestFixtures.tls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * MySQL Connector/J against the local MariaDB 10.11 (there is no MySQL server here): {@code jdbc:mysql://} URLs,
 * Connector/J's property names, time zone and timeouts on a real server.
 */
class MySQLConnectorOnMariaDBTest {

    private final MySQLBackend mysql = new MySQLBackend();

    static ConnectionConfig.Builder base() {
        return ConnectionConfig.builder().host(mariadbHost()).port(mariadbPort()).database("test").username("root").password("");
    }

    static Connection open(MySQLBackend b, ConnectionConfig c) throws SQLException {
        return b.loadDriver().connect(b.buildUrl(c), b.driverProperties(c));
    }

    static String one(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void connectsWithTheMysqlUrlAndNoExtraOptions() throws SQLException {
        ConnectionConfig c = base().build();
        assertThat(mysql.buildUrl(c)).isEqualTo("jdbc:mysql://" + mariadbHost() + ":" + mariadbPort() + "/test");
        try (Connection conn = open(mysql, c)) {
            assertThat(conn.getMetaData().getDriverName()).startsWith("MySQL Connector/J");
            assertThat(one(conn, "SELECT DATABASE()")).isEqualTo("test");
            assertThat(one(conn, "SELECT VERSION()")).contains("MariaDB");
        }
    }

    @Test
    void connectsFromTheYamlFileWithAMysqlUrl() throws SQLException {
        DataSourceDefinition ds = ActiveRecordConfig.parse("""
                datasources:
                  legacy:
                    url: jdbc:mysql://${MARIA_HOST}:${MARIA_PORT}/test
                    username: root
                    password: ''
                    charset: utf8mb4
                """, "mysql.yaml", Map.of("MARIA_HOST", mariadbHost(), "MARIA_PORT", String.valueOf(mariadbPort()))::get).require("legacy");
        assertThat(ds.backend()).isInstanceOf(MySQLBackend.class);
        try (Connection c = ds.backend().connect(ds.connection())) {
            assertThat(one(c, "SELECT @@character_set_client")).isEqualTo("utf8mb4");
        }
    }

    @Test
    void setsTheSessionTimeZone() throws SQLException {
        try (Connection c = open(mysql, base().timeZone("-03:00").build())) {
            assertThat(one(c, "SELECT @@session.time_zone")).isEqualTo("-03:00");
        }
    }

    @Test
    void socketTimeoutAbortsALongQuery() throws SQLException {
        try (Connection c = open(mysql, base().socketTimeout(Duration.ofSeconds(1)).build())) {
            assertThatThrownBy(() -> one(c, "SELECT SLEEP(5)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("Communications link failure");
        }
    }

    @Test
    void sslModePreferFallsBackAndRequireFailsOnAServerWithoutTls() throws SQLException {
        try (Connection c = open(mysql, base().sslMode(SslMode.PREFER).build())) {
            assertThat(one(c, "SELECT 1")).isEqualTo("1");
        }
        if (mariadbTlsCa() == null) {
            // the local MariaDB has have_ssl = DISABLED
            assertThatThrownBy(() -> open(mysql, base().sslMode(SslMode.REQUIRE).build()))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("SSL");
        }
    }

    private static String cipher(Connection c) throws SQLException {
        return one(c, "SELECT VARIABLE_VALUE FROM information_schema.SESSION_STATUS WHERE VARIABLE_NAME = 'Ssl_cipher'");
    }

    @Test
    void requireEncryptsWithoutCheckingTheCertificate() throws SQLException {
        assumeTrue(mariadbTlsCa() != null, "AR_MARIADB_TLS_CA names no CA of a TLS-enabled MariaDB");
        try (Connection c = open(mysql, base().sslMode(SslMode.REQUIRE).build())) {
            assertThat(cipher(c)).isNotEmpty();
        }
    }

    @Test
    void verifyFullWithTheServersCaConnectsToTheNameInTheCertificate() throws SQLException {
        assumeTrue(mariadbTlsCa() != null, "AR_MARIADB_TLS_CA names no CA of a TLS-enabled MariaDB");
        try (Connection c = open(mysql, base().host("localhost").sslMode(SslMode.VERIFY_FULL).sslCa(mariadbTlsCa()).build())) {
            assertThat(cipher(c)).isNotEmpty();
        }
    }

    @Test
    void verifyFullRefusesAWrongCaAndANameOutsideTheCertificate() throws SQLException {
        assumeTrue(mariadbTlsCa() != null, "AR_MARIADB_TLS_CA names no CA of a TLS-enabled MariaDB");
        assertThatThrownBy(() -> open(mysql, base().host("localhost").sslMode(SslMode.VERIFY_FULL)
                .sslCa(tls("other-ca.pem")).build())).isInstanceOf(SQLException.class);
        // the recipe's certificate names only DNS:localhost
        ConnectionConfig byIp = base().host("127.0.0.1").sslMode(SslMode.VERIFY_FULL).sslCa(mariadbTlsCa()).build();
        assertThatThrownBy(() -> open(mysql, byIp)).isInstanceOf(SQLException.class);
        try (Connection c = open(mysql, byIp.toBuilder().sslVerifyHost(false).build())) {
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
        try (Connection c = open(mysql, withCert)) {
            assertThat(one(c, "SELECT CURRENT_USER()")).startsWith("certuser@");
        }
        ConnectionConfig withoutCert = withCert.toBuilder().sslCert(null).sslKey(null).sslKeyPassword(null).build();
        assertThatThrownBy(() -> open(mysql, withoutCert)).isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
    }
}
