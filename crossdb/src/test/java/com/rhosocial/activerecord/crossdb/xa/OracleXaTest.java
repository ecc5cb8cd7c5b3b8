package com.rhosocial.activerecord.crossdb.xa;

import com.rhosocial.activerecord.config.ActiveRecordConfig;
import com.rhosocial.activerecord.crossdb.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.oracle.OracleContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * XA across Oracle (OracleXADataSource, in a container) and the local PostgreSQL. Runs only where Docker is; skipped
 * here otherwise. Recovery is not exercised: it needs FORCE ANY TRANSACTION and access to DBA_PENDING_TRANSACTIONS,
 * which the container's application user lacks.
 */
@Testcontainers(disabledWithoutDocker = true)
class OracleXaTest {

    @Container
    static final OracleContainer ORACLE = new OracleContainer("gvenzl/oracle-free:23-slim-faststart");

    static ActiveRecordConfig config;

    @BeforeAll
    static void setUp() throws SQLException {
        XaFixture.resetSchema();
        config = ActiveRecordConfig.parse(TestDatabases.yaml().pg("pg_ds", XaFixture.DB).text()
                + "  ora_ds:\n    url: " + ORACLE.getJdbcUrl() + "\n    username: " + ORACLE.getUsername()
                + "\n    password: " + ORACLE.getPassword() + "\n", "oracle-xa-test.yaml");
        try (Connection c = oracle()) {
            TestDatabases.exec(c, "CREATE TABLE shipments (id NUMBER(10) PRIMARY KEY, note VARCHAR2(100) NOT NULL)");
        }
    }

    private static Connection oracle() throws SQLException {
        return DriverManager.getConnection(ORACLE.getJdbcUrl(), ORACLE.getUsername(), ORACLE.getPassword());
    }

    @Test
    void commitsOnOracleAndPostgres() throws Exception {
        XaFixture.assumePgPreparedTransactions();
        CrossDatabaseTransaction tx = CrossDatabaseTransaction.using(config).settings(XaFixture.SETTINGS).build();

        tx.execute(List.of("ora_ds", "pg_ds"), ctx -> {
            TestDatabases.exec(ctx.connection("ora_ds"), "INSERT INTO shipments (id, note) VALUES (1, 'shipped')");
            TestDatabases.exec(ctx.connection("pg_ds"), "INSERT INTO accounts (id, owner, balance) VALUES (1, 'ora', 1)");
        });
        assertThatThrownBy(() -> tx.execute(List.of("ora_ds", "pg_ds"), ctx -> {
            TestDatabases.exec(ctx.connection("ora_ds"), "INSERT INTO shipments (id, note) VALUES (2, 'never')");
            TestDatabases.exec(ctx.connection("pg_ds"), "INSERT INTO accounts (id, owner, balance) VALUES (1, 'dup', 1)");
        })).isInstanceOf(SQLException.class);

        try (Connection o = oracle(); Connection p = TestDatabases.pg(XaFixture.DB)) {
            assertThat(TestDatabases.column(o, "SELECT note FROM shipments ORDER BY id")).containsExactly("shipped");
            assertThat(TestDatabases.column(p, "SELECT owner FROM accounts")).containsExactly("ora");
        }
    }
}
