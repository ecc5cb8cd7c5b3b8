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
        return ConnectionConfig.builder().host(mariadbHost()).port(3306).database("test").username("root").password("");
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
                st.execute("CREATE TABLE IF NOT EXISTS t_conn (id INT PRIMARY KEY, name VARCHAR(20))");
                st.execute("REPLACE INTO t_conn VALUES (1, 'señor ☃')");
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
}
