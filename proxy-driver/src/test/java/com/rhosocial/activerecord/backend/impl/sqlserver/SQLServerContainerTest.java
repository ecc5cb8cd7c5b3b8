package com.rhosocial.activerecord.backend.impl.sqlserver;

import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.ConnectionConfig.SslMode;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.MSSQLServerContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SQL Server 2022 in a container, reached only through {@link SQLServerBackend} from a {@link ConnectionConfig}:
 * databaseName, the TLS modes against the container's self-signed certificate, isolation levels. Skipped where no
 * Docker engine runs (as on the development machine of this repository).
 */
@Testcontainers(disabledWithoutDocker = true)
class SQLServerContainerTest {

    @Container
    static final MSSQLServerContainer<?> MSSQL =
            new MSSQLServerContainer<>("mcr.microsoft.com/mssql/server:2022-latest").acceptLicense();

    private final SQLServerBackend mssql = new SQLServerBackend();

    private static ConnectionConfig.Builder base() {
        return ConnectionConfig.builder().host(MSSQL.getHost()).port(MSSQL.getMappedPort(1433))
                .database("master").username(MSSQL.getUsername()).password(MSSQL.getPassword());
    }

    private static String one(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void requireEncryptsWithoutVerifyingTheSelfSignedCertificate() throws SQLException {
        try (Connection c = mssql.connect(base().sslMode(SslMode.REQUIRE).build())) {
            assertThat(one(c, "SELECT DB_NAME()")).isEqualTo("master");
            assertThat(one(c, "SELECT encrypt_option FROM sys.dm_exec_connections WHERE session_id = @@SPID"))
                    .isEqualTo("TRUE");
        }
    }

    @Test
    void verifyFullRejectsTheSelfSignedCertificate() {
        assertThatThrownBy(() -> mssql.connect(base().sslMode(SslMode.VERIFY_FULL).build()))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("secure");
    }

    @Test
    void createsAndUsesItsOwnDatabase() throws SQLException {
        try (Connection c = mssql.connect(base().sslMode(SslMode.REQUIRE).build()); Statement st = c.createStatement()) {
            st.execute("IF DB_ID('ar_config_mssql') IS NULL CREATE DATABASE ar_config_mssql");
        }
        try (Connection c = mssql.connect(base().database("ar_config_mssql").sslMode(SslMode.REQUIRE).build())) {
            assertThat(one(c, "SELECT DB_NAME()")).isEqualTo("ar_config_mssql");
            for (int level : mssql.supportedIsolationLevels()) {
                c.setTransactionIsolation(level);
                assertThat(c.getTransactionIsolation()).isEqualTo(level);
            }
        }
    }
}
