package com.rhosocial.activerecord.jdbc;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the pool must keep guaranteeing for statements prepared through {@code jdbc:activerecord:} with translation on
 * (the hot path of the statement cycle, whatever layer wraps the driver's statements): a connection whose server
 * session was killed is evicted, not handed out again; statements still open are closed when the connection closes;
 * an uncommitted transaction is rolled back when the connection returns to the pool; leak detection still reports a
 * connection held too long. Each runs on a pool of one connection, so that "evicted" and "rolled back" are observed
 * on the very physical connection the next borrower gets.
 */
class PooledConnectionSafetyTest {

    private static final String DB = "ar_perfbypass_pool";

    /** A real server with its session id query, how an admin kills a session, and the driver's statement class. */
    enum Backend {
        POSTGRES("SELECT pg_backend_pid()", "SELECT pg_terminate_backend(%d)", "org.postgresql.PGStatement"),
        MARIADB("SELECT CONNECTION_ID()", "KILL CONNECTION %d", "org.mariadb.jdbc.Statement");

        final String sessionId;
        final String kill;
        final String driverStatement;

        Backend(String sessionId, String kill, String driverStatement) {
            this.sessionId = sessionId;
            this.kill = kill;
            this.driverStatement = driverStatement;
        }

        String real() throws SQLException {
            return this == POSTGRES ? TestDatabases.postgres(DB) : TestDatabases.mariadb(DB);
        }

        String user() {
            return this == POSTGRES ? "postgres" : "root";
        }

        /** A one-connection pool of its own, translating MySQL-flavoured SQL. */
        String url(String pool, String extra) throws SQLException {
            return TestDatabases.wrap(real()) + "?sourceDialect=mysql&maximumPoolSize=1&minimumIdle=1&poolName="
                    + pool + "-" + name().toLowerCase() + extra;
        }

        Connection admin() throws SQLException {
            return DriverManager.getConnection(real(), user(), "");
        }
    }

    @BeforeAll
    static void tables() throws SQLException {
        for (Backend b : Backend.values()) {
            try (Connection c = b.admin(); Statement st = c.createStatement()) {
                st.execute("DROP TABLE IF EXISTS safety_rows");
                st.execute("CREATE TABLE safety_rows (id INT PRIMARY KEY, name VARCHAR(20))");
            }
        }
    }

    /** Pools are JVM-wide and keyed by target, not by pool settings: each test starts its own. */
    @AfterEach
    void closePools() {
        ActiveRecordDriver.shutdown();
    }

    @AfterAll
    static void drop() throws SQLException {
        ActiveRecordDriver.shutdown();
        TestDatabases.dropPostgres(DB);
        try (Connection c = DriverManager.getConnection(TestDatabases.mariadb("mysql"), "root", "");
             Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + DB);
        }
    }

    /** The server's id of the session behind {@code c}, read through a translated prepared statement. */
    private static long sessionId(Backend b, Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(b.sessionId); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void kill(Backend b, long session) throws SQLException {
        try (Connection admin = b.admin(); Statement st = admin.createStatement()) {
            st.execute(String.format(b.kill, session));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void sessionKilledUnderAPreparedStatementIsEvictedAndThePoolKeepsServing(Backend b) throws Exception {
        for (boolean autoCommit : new boolean[] {true, false}) {
            ActiveRecordDriver.shutdown();
            String url = b.url("ar-kill-" + autoCommit, "");
            long killed;
            try (Connection victim = DriverManager.getConnection(url, b.user(), "")) {
                victim.setAutoCommit(autoCommit);
                killed = sessionId(b, victim);
                // prepared (and translated) before the kill: the error comes from executing the statement itself
                PreparedStatement ps = victim.prepareStatement("SELECT `id` FROM `safety_rows` WHERE `id` = ?");
                kill(b, killed);
                ps.setInt(1, 1);
                assertThatThrownBy(() -> ps.executeQuery().close()).isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> sessionId(b, victim)).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(ActiveRecordSqlState.isConnectionError(((SQLException) e).getSQLState()))
                                .as("SQLState %s", ((SQLException) e).getSQLState()).isTrue());
            }
            // at once, inside HikariCP's 500 ms window in which a returned connection is handed out unchecked
            for (int i = 0; i < 3; i++) {
                try (Connection c = DriverManager.getConnection(url, b.user(), "")) {
                    long session = sessionId(b, c);
                    assertThat(session).as("autoCommit=%s: the killed session is not handed out again", autoCommit)
                            .isNotEqualTo(killed);
                    assertThat(c.getAutoCommit()).isTrue();
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void openStatementsAndResultSetsAreClosedWhenTheConnectionCloses(Backend b) throws Exception {
        Class<?> driverStatement = Class.forName(b.driverStatement);
        Connection c = DriverManager.getConnection(b.url("ar-close", ""), b.user(), "");
        PreparedStatement ps = c.prepareStatement("SELECT `id` FROM `safety_rows` WHERE `id` > ?");
        ps.setInt(1, 0);
        ResultSet rs = ps.executeQuery();
        Statement real = (Statement) ps.unwrap(driverStatement);
        assertThat(real.isClosed()).isFalse();
        c.close();
        assertThat(real.isClosed()).as("the driver's own statement").isTrue();
        assertThat(ps.isClosed()).isTrue();
        assertThat(rs.isClosed()).isTrue();
        assertThatThrownBy(ps::executeQuery).isInstanceOf(SQLException.class);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void uncommittedTransactionIsRolledBackWhenTheConnectionReturnsToThePool(Backend b) throws Exception {
        String url = b.url("ar-rollback", "");
        long session;
        try (Connection c = DriverManager.getConnection(url, b.user(), "")) {
            session = sessionId(b, c);
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO `safety_rows` (`id`, `name`) VALUES (?, ?)")) {
                ps.setInt(1, 42);
                ps.setString(2, "uncommitted");
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
        }
        try (Connection admin = b.admin(); Statement st = admin.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM safety_rows WHERE id = 42")) {
            rs.next();
            assertThat(rs.getInt(1)).as("row of the transaction left open").isZero();
        }
        try (Connection c = DriverManager.getConnection(url, b.user(), "")) {
            assertThat(sessionId(b, c)).as("the same physical connection, back from the pool").isEqualTo(session);
            assertThat(c.getAutoCommit()).isTrue();
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM `safety_rows` WHERE `id` = ?")) {
                ps.setInt(1, 42);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getInt(1)).isZero();
                }
            }
        }
    }

    @Test
    void leakDetectionStillReportsAConnectionHeldPastTheThreshold() throws Exception {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        Logger hikari = (Logger) LoggerFactory.getLogger("com.zaxxer.hikari");
        appender.start();
        hikari.addAppender(appender);
        try {
            Backend b = Backend.POSTGRES;
            // HikariCP's smallest threshold is 2 s
            try (Connection c = DriverManager.getConnection(b.url("ar-leak", "&leakDetectionThreshold=2000"), b.user(), "")) {
                sessionId(b, c);
                long deadline = System.nanoTime() + 10_000_000_000L;
                while (appender.list.stream().noneMatch(e -> e.getFormattedMessage().contains("leak"))
                        && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
            }
            assertThat(appender.list).anySatisfy(e -> {
                assertThat(e.getFormattedMessage()).containsIgnoringCase("leak detection triggered");
                assertThat(e.getThreadName()).contains("ar-leak-postgres"); // the pool's housekeeper
            });
        } finally {
            hikari.detachAppender(appender);
        }
    }
}
