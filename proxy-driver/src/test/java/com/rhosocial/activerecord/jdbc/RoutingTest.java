package com.rhosocial.activerecord.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read/write routing on real servers: a primary and a replica that are different databases of the same server,
 * so the database name tells which one served a statement.
 */
class RoutingTest {

    @BeforeAll
    static void install() throws Exception {
        NamedDatasources.install();
    }

    @AfterAll
    static void uninstall() {
        NamedDatasources.uninstall();
        ActiveRecordDriver.shutdown(); // pools are JVM-wide; free this class's connections
    }

    private static String database(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT current_database()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static RoutingStats routing(String name) {
        return ActiveRecordDriver.routing().stream().filter(r -> r.datasource().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void readOnlyConnectionReadsFromTheReplicaAndWritesGoToThePrimary() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:activerecord:orders")) {
            assertThat(database(c)).isEqualTo("ar_driver_primary");
            c.setReadOnly(true);
            assertThat(database(c)).isEqualTo("ar_driver_replica");
            assertThat(c.isReadOnly()).isTrue();
            c.setReadOnly(false);
            assertThat(database(c)).isEqualTo("ar_driver_primary");
        }
        assertThat(routing("orders").replicaRoutes()).isPositive();
    }

    @Test
    void neverSwitchesInsideATransaction() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:activerecord:orders")) {
            c.setAutoCommit(false);
            assertThat(database(c)).isEqualTo("ar_driver_primary");
            try {
                c.setReadOnly(true);
            } catch (SQLException e) {
                // PgJDBC refuses to change the read-only property mid-transaction; either way we must not move
            }
            assertThat(database(c)).isEqualTo("ar_driver_primary");
            c.rollback();
        }
        try (Connection c = DriverManager.getConnection("jdbc:activerecord:orders")) {
            c.setReadOnly(true);
            c.setAutoCommit(false);
            assertThat(database(c)).isEqualTo("ar_driver_replica");
            try (PreparedStatement ps = c.prepareStatement("/* ar:primary */ SELECT current_database()");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).as("a hint cannot move an open transaction").isEqualTo("ar_driver_replica");
            }
            c.commit();
        }
    }

    @Test
    void primaryHintSendsOneReadToThePrimary() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:activerecord:orders")) {
            c.setReadOnly(true);
            try (PreparedStatement ps = c.prepareStatement("/* ar:primary */ SELECT current_database()");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("ar_driver_primary");
            }
            assertThat(database(c)).isEqualTo("ar_driver_replica");
        }
    }

    @Test
    void fallsBackToThePrimaryWhenTheReplicaIsUnreachable() throws Exception {
        long failuresBefore = ActiveRecordDriver.routing().stream().filter(r -> r.datasource().equals("deadreplica"))
                .mapToLong(RoutingStats::replicaFailures).sum();
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:activerecord:deadreplica")) {
            c.setReadOnly(true);
            assertThat(database(c)).isEqualTo("ar_driver_primary");
        }
        try (Connection c = DriverManager.getConnection("jdbc:activerecord:deadreplica")) {
            c.setReadOnly(true); // the failed replica is skipped without another attempt
            assertThat(database(c)).isEqualTo("ar_driver_primary");
        }
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms spent on a dead replica").isLessThan(5_000);
        RoutingStats r = routing("deadreplica");
        assertThat(r.replicaFailures()).isEqualTo(failuresBefore + 1);
        assertThat(r.fallbacksToPrimary()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void replicaThatGoesAwayIsSkippedAndUsedAgainWhenItComesBack() throws Exception {
        TestDatabases.postgres("ar_driver_flaky");
        TestDatabases.setPostgresReachable("ar_driver_flaky", false);
        try (Connection c = DriverManager.getConnection("jdbc:activerecord:flaky")) {
            c.setReadOnly(true);
            assertThat(database(c)).as("replica missing").isEqualTo("ar_driver_primary");
        }
        TestDatabases.setPostgresReachable("ar_driver_flaky", true);
        Thread.sleep(400); // past replicaRetryInterval
        try (Connection c = DriverManager.getConnection("jdbc:activerecord:flaky")) {
            c.setReadOnly(true);
            assertThat(database(c)).as("replica back").isEqualTo("ar_driver_flaky");
        }
        TestDatabases.setPostgresReachable("ar_driver_flaky", false); // also terminates the replica's pooled sessions
        Thread.sleep(700); // past HikariCP's 500 ms validation bypass window
        try (Connection c = DriverManager.getConnection("jdbc:activerecord:flaky")) {
            c.setReadOnly(true);
            assertThat(database(c)).as("replica gone again").isEqualTo("ar_driver_primary");
        } finally {
            TestDatabases.setPostgresReachable("ar_driver_flaky", true);
        }
    }

    @Test
    void routesMariaDbReadsToAReplicaReachedThroughMySqlConnectorJ() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:activerecord:shop")) {
            c.setReadOnly(true);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT DATABASE()")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("ar_driver_shop_replica");
            }
            assertThat(c.isWrapperFor(com.mysql.cj.jdbc.JdbcConnection.class)).isTrue();
            c.setReadOnly(false);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT DATABASE()")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("ar_driver_shop");
            }
            assertThat(c.isWrapperFor(org.mariadb.jdbc.Connection.class)).isTrue();
        }
    }

    @Test
    void leastBusySelectionPrefersTheReplicaWithFewerConnectionsInUse() throws Exception {
        try (Connection first = DriverManager.getConnection("jdbc:activerecord:pair")) {
            first.setReadOnly(true);
            String busy = database(first);
            assertThat(busy).startsWith("ar_driver_replica");
            for (int i = 0; i < 3; i++) {
                try (Connection next = DriverManager.getConnection("jdbc:activerecord:pair")) {
                    next.setReadOnly(true);
                    assertThat(database(next)).as("attempt %d", i).startsWith("ar_driver_replica").isNotEqualTo(busy);
                }
            }
        }
    }

    @Test
    void anOpenStatementKeepsTheConnectionWhereItIsUntilTheDriverClosesIt() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:activerecord:orders")) {
            Statement open = c.createStatement();
            open.closeOnCompletion();
            ResultSet rs = open.executeQuery("SELECT 1");
            c.setReadOnly(true);
            assertThat(database(c)).as("an open statement pins the primary").isEqualTo("ar_driver_primary");
            rs.close(); // closeOnCompletion: the real driver closes the statement; the wrapper's close() is never called
            c.setReadOnly(false);
            c.setReadOnly(true);
            assertThat(database(c)).isEqualTo("ar_driver_replica");
        }
    }

    @Test
    void springReadOnlyTransactionsReadFromTheReplica() {
        ActiveRecordDataSource ds = ActiveRecordDataSource.named("orders");
        org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(ds);
        org.springframework.transaction.support.TransactionTemplate tx = new org.springframework.transaction.support.TransactionTemplate(
                new org.springframework.jdbc.datasource.DataSourceTransactionManager(ds));
        tx.setReadOnly(true); // what @Transactional(readOnly = true) does
        String read = tx.execute(status -> jdbc.queryForObject("SELECT current_database()", String.class));
        assertThat(read).isEqualTo("ar_driver_replica");
        tx.setReadOnly(false);
        String write = tx.execute(status -> jdbc.queryForObject("SELECT current_database()", String.class));
        assertThat(write).isEqualTo("ar_driver_primary");
    }
}
