package com.rhosocial.activerecord.backend.impl.mariadb;

import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.ConnectionConfig.SslMode;
import com.rhosocial.activerecord.backend.impl.mysql.MySqlProtocolConnectionContract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real connections to the local MariaDB 10.11 ({@code AR_MARIADB_HOST}, default 127.0.0.1; root, empty password)
 * through MariaDB Connector/J, built only from a {@link ConnectionConfig}.
 */
class MariaDBConnectionTest extends MySqlProtocolConnectionContract {

    static final String DB = "ar_config_maria";
    private final MariaDBBackend maria = new MariaDBBackend();

    @Override
    protected MariaDBBackend backend() {
        return maria;
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
