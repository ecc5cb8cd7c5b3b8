package com.rhosocial.activerecord.crossdb.xa;

import com.rhosocial.activerecord.config.ActiveRecordConfig;
import com.rhosocial.activerecord.crossdb.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.MSSQLServerContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * XA across SQL Server (SQLServerXADataSource, in a container) and the local MariaDB. Runs only where Docker is;
 * skipped here otherwise (never run on this project's machines so far). The container is set up the way
 * Microsoft documents for JDBC XA on Linux: MSDTC reachable through {@code MSSQL_RPC_PORT} and
 * {@code MSSQL_DTC_TCP_PORT}, and the JDBC XA procedures installed in the engine with
 * {@code EXEC sp_sqljdbc_xa_install} (SQL Server 2019 and later ship them). The test logs in as {@code sa}, a
 * sysadmin; another login needs to be in the {@code SqlJDBCXAUser} role of {@code master}. Recovery is not
 * exercised here: it is the same Narayana code path as for the other backends, on the driver's
 * {@code XAResource.recover}.
 */
@Testcontainers(disabledWithoutDocker = true)
class MssqlXaTest {

    @Container
    static final MSSQLServerContainer<?> MSSQL = new MSSQLServerContainer<>("mcr.microsoft.com/mssql/server:2022-latest")
            .acceptLicense()
            .withEnv("MSSQL_RPC_PORT", "135")
            .withEnv("MSSQL_DTC_TCP_PORT", "51000");

    static ActiveRecordConfig config;

    @BeforeAll
    static void setUp() throws SQLException {
        XaFixture.resetSchema();
        try (Connection c = mssql()) {
            TestDatabases.exec(c, "EXEC sp_sqljdbc_xa_install",
                    "CREATE TABLE shipments (id INT PRIMARY KEY, note NVARCHAR(100) NOT NULL)");
        }
        config = ActiveRecordConfig.parse(TestDatabases.yaml().maria("maria_ds", XaFixture.DB).text()
                + "  mssql_ds:\n    url: " + MSSQL.getJdbcUrl() + "\n    username: " + MSSQL.getUsername()
                + "\n    password: \"" + MSSQL.getPassword() + "\"\n", "mssql-xa-test.yaml");
    }

    private static Connection mssql() throws SQLException {
        return DriverManager.getConnection(MSSQL.getJdbcUrl(), MSSQL.getUsername(), MSSQL.getPassword());
    }

    @Test
    void commitsOnSqlServerAndMariaDbAndRollsBackBothOnFailure() throws Exception {
        CrossDatabaseTransaction tx = CrossDatabaseTransaction.using(config).settings(XaFixture.SETTINGS).build();

        tx.execute(List.of("mssql_ds", "maria_ds"), ctx -> {
            TestDatabases.exec(ctx.connection("mssql_ds"), "INSERT INTO shipments (id, note) VALUES (1, N'shipped')");
            TestDatabases.exec(ctx.connection("maria_ds"), "INSERT INTO transfers (id, note) VALUES (1, 'mssql')");
        });
        assertThatThrownBy(() -> tx.execute(List.of("mssql_ds", "maria_ds"), ctx -> {
            TestDatabases.exec(ctx.connection("mssql_ds"), "INSERT INTO shipments (id, note) VALUES (2, N'never')");
            TestDatabases.exec(ctx.connection("maria_ds"), "INSERT INTO transfers (id, note) VALUES (1, 'dup')");
        })).isInstanceOf(SQLException.class);

        try (Connection m = mssql(); Connection my = TestDatabases.maria(XaFixture.DB)) {
            assertThat(TestDatabases.column(m, "SELECT note FROM shipments ORDER BY id")).containsExactly("shipped");
            assertThat(TestDatabases.column(my, "SELECT note FROM transfers")).containsExactly("mssql");
        }
        assertThat(XaFixture.mariaInDoubt()).isEmpty();
    }
}
