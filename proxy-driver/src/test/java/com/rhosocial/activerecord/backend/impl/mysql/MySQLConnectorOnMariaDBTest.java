package com.rhosocial.activerecord.backend.impl.mysql;

import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.ConnectionConfig.SslMode;
import com.rhosocial.activerecord.config.ActiveRecordConfig;
import com.rhosocial.activerecord.config.DataSourceDefinition;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

import static com.rhosocial.activerecord.backend.TestFixtures.mariadbHost;
import static com.rhosocial.activerecord.backend.TestFixtures.mariadbPort;
import static com.rhosocial.activerecord.backend.TestFixtures.mariadbTlsCa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * MySQL Connector/J against the local MariaDB 10.11 (there is no MySQL server here): {@code jdbc:mysql://} URLs,
 * Connector/J's property names, time zone and timeouts on a real server.
 */
class MySQLConnectorOnMariaDBTest extends MySqlProtocolConnectionContract {

    private final MySQLBackend mysql = new MySQLBackend();

    @Override
    protected MySQLBackend backend() {
        return mysql;
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
}
