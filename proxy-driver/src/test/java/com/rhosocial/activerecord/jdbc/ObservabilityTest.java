package com.rhosocial.activerecord.jdbc;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.zaxxer.hikari.metrics.IMetricsTracker;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import com.zaxxer.hikari.metrics.PoolStats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Observability on real PostgreSQL: the slow-statement log (SQL as written and run, bind values masked unless
 * asked for), no password in any captured line, HikariCP's metrics hook reached through the pool customizer.
 */
class ObservabilityTest {

    /** Frees this class's connections: pools are JVM-wide and would otherwise add up across test classes. */
    @org.junit.jupiter.api.AfterAll
    static void closePools() {
        ActiveRecordDriver.shutdown();
    }

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void capture() {
        appender.start();
        root.addAppender(appender);
    }

    @AfterEach
    void release() {
        root.detachAppender(appender);
        ActiveRecordDriver.setPoolCustomizer(null);
    }

    private List<String> lines() {
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static void sleepQuery(String url, String secret) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", secret);
             PreparedStatement ps = c.prepareStatement("SELECT pg_sleep(?), 'x' AS marker")) {
            ps.setDouble(1, 0.06);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
            }
        }
    }

    @Test
    void logsSlowStatementsWithMaskedParameters() throws Exception {
        String url = TestDatabases.wrap(TestDatabases.postgres("ar_driver_conf")) + "?slowQueryThreshold=30&ApplicationName=slow1&maximumPoolSize=1";
        sleepQuery(url, "");
        List<String> slow = lines().stream().filter(l -> l.contains("slow statement")).toList();
        assertThat(slow).hasSize(1);
        assertThat(slow.get(0)).contains("SELECT pg_sleep(?), 'x' AS marker").contains("masked").doesNotContain("0.06");
    }

    @Test
    void longThresholdsAreTimedWithTheCoarseClockAndStillCatchSlowStatements() throws Exception {
        assertThat(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(150)).isGreaterThanOrEqualTo(CoarseClock.MIN_THRESHOLD_NANOS);
        String url = TestDatabases.wrap(TestDatabases.postgres("ar_driver_conf"))
                + "?slowQueryThreshold=150&ApplicationName=slow3&maximumPoolSize=1";
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            try (PreparedStatement ps = c.prepareStatement("SELECT 'quick' AS marker")) {
                ps.executeQuery().close();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_sleep(?), 'coarse' AS marker")) {
                ps.setDouble(1, 0.3);
                ps.executeQuery().close();
            }
        }
        List<String> slow = lines().stream().filter(l -> l.contains("slow statement")).toList();
        assertThat(slow).hasSize(1);
        assertThat(slow.get(0)).contains("'coarse' AS marker");
        long ms = Long.parseLong(slow.get(0).replaceAll(".*slow statement (\\d+) ms.*", "$1"));
        assertThat(ms).isBetween(280L, 2_000L);
    }

    @Test
    void showsParametersOnlyWhenAskedTo() throws Exception {
        String url = TestDatabases.wrap(TestDatabases.postgres("ar_driver_conf"))
                + "?slowQueryThreshold=30&logParameters=true&ApplicationName=slow2&maximumPoolSize=1";
        sleepQuery(url, "");
        assertThat(lines()).anySatisfy(l -> assertThat(l).contains("slow statement").contains("[0.06]"));
    }

    @Test
    void neverLogsOrThrowsThePassword() throws Exception {
        String secret = "Pw-9f3e1c-secret";
        try {
            DriverManager.getConnection("jdbc:activerecord:postgresql://127.0.0.1:1/ar_driver_conf?maximumPoolSize=1&password=" + secret,
                    "postgres", secret);
        } catch (SQLException e) {
            assertThat(e.getMessage()).doesNotContain(secret);
            assertThat(String.valueOf(e.getCause())).doesNotContain(secret);
        }
        String url = TestDatabases.wrap(TestDatabases.postgres("ar_driver_conf")) + "?slowQueryThreshold=1&ApplicationName=pw&maximumPoolSize=1";
        sleepQuery(url, secret); // trust authentication ignores the password, but it is a credential all the same
        assertThat(lines()).isNotEmpty().noneMatch(l -> l.contains(secret));
        assertThat(ActiveRecordDriver.pools().toString()).doesNotContain(secret);
    }

    @Test
    void hikariMetricsHookReachesNewPools() throws Exception {
        List<String> pools = new CopyOnWriteArrayList<>();
        ActiveRecordDriver.setPoolCustomizer(hc -> hc.setMetricsTrackerFactory(new MetricsTrackerFactory() {
            @Override
            public IMetricsTracker create(String poolName, PoolStats poolStats) {
                pools.add(poolName);
                return new IMetricsTracker() {
                };
            }
        }));
        String url = TestDatabases.wrap(TestDatabases.postgres("ar_driver_conf")) + "?ApplicationName=metrics&poolName=ar-metrics-pool&maximumPoolSize=1";
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            assertThat(c.isValid(1)).isTrue();
        }
        assertThat(pools).containsExactly("ar-metrics-pool");
        assertThat(ActiveRecordDriver.pools()).anySatisfy(p -> assertThat(p.name()).isEqualTo("ar-metrics-pool"));
    }
}
