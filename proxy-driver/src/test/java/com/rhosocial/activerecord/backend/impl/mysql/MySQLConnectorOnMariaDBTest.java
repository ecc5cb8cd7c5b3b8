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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * MySQL Connector/J against the local MariaDB 10.11 (there is no MySQL server here): {@code jdbc:mysql://} URLs,
 * Connector/J's property names, time zone and timeouts on a real server.
 */
class MySQLConnectorOnMariaDBTest {

    private final MySQLBackend mysql = new MySQLBackend();

    static ConnectionConfig.Builder base() {
        return ConnectionConfig.builder().host(mariadbHost()).port(3306).database("test").username("root").password("");
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
        assertThat(mysql.buildUrl(c)).isEqualTo("jdbc:mysql://" + mariadbHost() + ":3306/test");
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
                    url: jdbc:mysql://${MARIA_HOST}:3306/test
                    username: root
                    password: ''
                    charset: utf8mb4
                """, "mysql.yaml", Map.of("MARIA_HOST", mariadbHost())::get).require("legacy");
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
        assertThatThrownBy(() -> open(mysql, base().sslMode(SslMode.REQUIRE).build()))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("SSL");
    }
}
