package com.rhosocial.activerecord.jdbc;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Faults on a real PostgreSQL: an exhausted pool and a session killed by the server. */
class PoolFaultsTest {

    /** Frees this class's connections: pools are JVM-wide and would otherwise add up across test classes. */
    @org.junit.jupiter.api.AfterAll
    static void closePools() {
        ActiveRecordDriver.shutdown();
    }

    private static int pid(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void exhaustedPoolFailsAfterTheTimeoutNamingThePool() throws Exception {
        String url = TestDatabases.wrap(TestDatabases.postgres("ar_driver_reuse"))
                + "?ApplicationName=ar_driver_exhaust&maximumPoolSize=1&connectionTimeout=400&poolName=ar-exhaust";
        try (Connection held = DriverManager.getConnection(url, "postgres", "")) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", ""))
                    .isInstanceOf(SQLTransientConnectionException.class)
                    .hasMessageContaining("ar-exhaust")
                    .hasMessageContaining("total=1");
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertThat(ms).isBetween(350L, 5_000L);
            assertThat(held.isValid(1)).isTrue();
        }
        try (Connection again = DriverManager.getConnection(url, "postgres", "")) {
            assertThat(again.isValid(1)).isTrue();
        }
    }

    @Test
    void sessionKilledByTheServerFailsWithAConnectionStateAndThePoolRecovers() throws Exception {
        String real = TestDatabases.postgres("ar_driver_reuse");
        String url = TestDatabases.wrap(real) + "?ApplicationName=ar_driver_kill&maximumPoolSize=2";
        try (Connection victim = DriverManager.getConnection(url, "postgres", "")) {
            int pid = pid(victim);
            try (Connection admin = DriverManager.getConnection(real, "postgres", ""); Statement st = admin.createStatement()) {
                st.execute("SELECT pg_terminate_backend(" + pid + ")");
            }
            assertThatThrownBy(() -> pid(victim)).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(ActiveRecordSqlState.isConnectionError(((SQLException) e).getSQLState()))
                            .as("SQLState %s", ((SQLException) e).getSQLState()).isTrue());
        }
        for (int i = 0; i < 3; i++) {
            try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
                assertThat(pid(c)).isPositive();
            }
        }
    }
}
