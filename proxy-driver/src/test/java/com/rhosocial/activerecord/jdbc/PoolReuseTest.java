package com.rhosocial.activerecord.jdbc;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pooling on real servers: connections are returned and reused (counted on the server side) and many threads share
 * one small pool without losing an update.
 */
class PoolReuseTest {

    /** Frees this class's connections: pools are JVM-wide and would otherwise add up across test classes. */
    @org.junit.jupiter.api.AfterAll
    static void closePools() {
        ActiveRecordDriver.shutdown();
    }

    private static int pgSessions(String applicationName) throws SQLException {
        try (Connection c = DriverManager.getConnection(TestDatabases.postgres("postgres"), "postgres", "");
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = ?")) {
            ps.setString(1, applicationName);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static int mariaDbSessions(String db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://" + TestDatabases.MARIADB_HOSTPORT + "/", "root", "");
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM information_schema.processlist WHERE db = ?")) {
            ps.setString(1, db);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static PoolStats stats(String urlSuffix) {
        return ActiveRecordDriver.pools().stream().filter(p -> p.url().contains(urlSuffix)).findFirst().orElseThrow();
    }

    @Test
    void postgresSessionsStayWithinThePoolAcrossManyConnects() throws Exception {
        String url = TestDatabases.wrap(TestDatabases.postgres("ar_driver_reuse"))
                + "?ApplicationName=ar_driver_reuse&maximumPoolSize=3&minimumIdle=1";
        for (int i = 0; i < 200; i++) {
            try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT 1")) {
                rs.next();
            }
        }
        int sessions = pgSessions("ar_driver_reuse");
        assertThat(sessions).isBetween(1, 3);
        PoolStats s = stats("ar_driver_reuse?ApplicationName");
        assertThat(s.borrowed()).isGreaterThanOrEqualTo(200);
        assertThat(s.total()).isBetween(1, 3);
        assertThat(s.active()).isZero();
    }

    @Test
    void mariaDbSessionsStayWithinThePoolAcrossManyConnects() throws Exception {
        String url = TestDatabases.wrap(TestDatabases.mariadb("ar_driver_reuse")) + "?maximumPoolSize=2&minimumIdle=1";
        for (int i = 0; i < 200; i++) {
            try (Connection c = DriverManager.getConnection(url, "root", ""); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT 1")) {
                rs.next();
            }
        }
        assertThat(mariaDbSessions("ar_driver_reuse")).isBetween(1, 2);
        assertThat(stats("mariadb://" + TestDatabases.MARIADB_HOSTPORT + "/ar_driver_reuse").total()).isBetween(1, 2);
    }

    @Test
    void manyThreadsShareOneSmallPoolWithoutLosingUpdates() throws Exception {
        String real = TestDatabases.postgres("ar_driver_reuse");
        String url = TestDatabases.wrap(real) + "?ApplicationName=ar_driver_threads&maximumPoolSize=4&connectionTimeout=20000";
        try (Connection c = DriverManager.getConnection(real, "postgres", ""); Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS counter");
            st.execute("CREATE TABLE counter (id INT PRIMARY KEY, n INT NOT NULL)");
            st.execute("INSERT INTO counter VALUES (1, 0)");
        }
        // scale up for a stress run: mvn -pl proxy-driver test -Dtest=PoolReuseTest -Dar.stress.threads=64 -Dar.stress.perThread=1000
        int threads = Integer.getInteger("ar.stress.threads", 16);
        int perThread = Integer.getInteger("ar.stress.perThread", 50);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
                        c.setAutoCommit(false);
                        try (PreparedStatement ps = c.prepareStatement("UPDATE counter SET n = n + ? WHERE id = 1")) {
                            ps.setInt(1, 1);
                            ps.executeUpdate();
                        }
                        c.commit();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(600, TimeUnit.SECONDS);
        }
        pool.shutdown();
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT n FROM counter WHERE id = 1")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(threads * perThread);
        }
        PoolStats s = stats("ApplicationName=ar_driver_threads");
        assertThat(s.total()).isLessThanOrEqualTo(4);
        assertThat(s.active()).isZero();
        assertThat(pgSessions("ar_driver_threads")).isLessThanOrEqualTo(4);
    }
}
