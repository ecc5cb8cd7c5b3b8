package com.rhosocial.activerecord.crossdb.xa;

import com.rhosocial.activerecord.config.ActiveRecordConfig;
import com.rhosocial.activerecord.crossdb.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * XA connections are pooled per datasource: a burst of cross-database transactions reuses a few physical
 * connections. Measured on the servers themselves: the session id each branch ran in ({@code CONNECTION_ID()},
 * {@code pg_backend_pid()}) and the sessions the server lists ({@code information_schema.PROCESSLIST} by database,
 * {@code pg_stat_activity} by {@code application_name}). Two-phase commit runs MariaDB (MariaDB Connector/J) with
 * MariaDB (MySQL Connector/J) here; PostgreSQL joins in one-phase (single branch) everywhere and in two-phase where
 * prepared transactions are enabled.
 */
class XaConnectionPoolingTest {

    static final String DB_A = "ar_crossdb_xapool_a";
    static final String DB_B = "ar_crossdb_xapool_b";
    static final String DB_PG = "ar_crossdb_xapool";
    static final String APP = "ar_crossdb_xapool";
    /** maximumPoolSize of every datasource here (TestDatabases' small pools). */
    static final int MAX = 2;

    static ActiveRecordConfig config;
    static CrossDatabaseTransaction tx;
    static XaTransactionManager xa;

    @BeforeAll
    static void setUp() throws SQLException {
        TestDatabases.ensureMaria(DB_A);
        TestDatabases.ensureMaria(DB_B);
        TestDatabases.ensurePg(DB_PG);
        TestDatabases.ensureMaria(XaFixture.DB); // where XaFixture.mariaInDoubt() runs XA RECOVER
        config = ActiveRecordConfig.parse(TestDatabases.yaml().maria("pool_maria", DB_A).mysql("pool_mysql", DB_B)
                .text() + "  pool_pg:\n    url: " + TestDatabases.pgUrl(DB_PG) + "?ApplicationName=" + APP
                + "\n    username: postgres\n    pool:\n      maximumPoolSize: " + MAX + "\n      minimumIdle: 0\n",
                "xa-pool-test.yaml");
        tx = CrossDatabaseTransaction.using(config).settings(XaFixture.SETTINGS).build();
        xa = tx.transactionManager();
    }

    @BeforeEach
    void resetTables() throws SQLException {
        for (String db : List.of(DB_A, DB_B)) {
            try (Connection c = TestDatabases.maria(db)) {
                TestDatabases.exec(c, "DROP TABLE IF EXISTS events",
                        "CREATE TABLE events (id INT PRIMARY KEY, session BIGINT NOT NULL) ENGINE=InnoDB");
            }
        }
        try (Connection c = TestDatabases.pg(DB_PG)) {
            TestDatabases.exec(c, "DROP TABLE IF EXISTS events",
                    "CREATE TABLE events (id INT PRIMARY KEY, session BIGINT NOT NULL)");
        }
    }

    /** Records the branch's server session id in a row and returns it. */
    private static long insertWithSession(Connection c, int id, String sessionFn) throws SQLException {
        long session = Long.parseLong(TestDatabases.column(c, "SELECT " + sessionFn).get(0));
        TestDatabases.exec(c, "INSERT INTO events (id, session) VALUES (" + id + ", " + session + ")");
        return session;
    }

    private static long mariaSessions(String db) throws SQLException {
        try (Connection c = TestDatabases.maria("test")) {
            return Long.parseLong(TestDatabases.column(c,
                    "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = '" + db + "'").get(0));
        }
    }

    private static long pgSessions() throws SQLException {
        try (Connection c = TestDatabases.pg("postgres")) {
            return Long.parseLong(TestDatabases.column(c,
                    "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = '" + APP + "'").get(0));
        }
    }

    private static List<String> column(String db, boolean pg, String sql) throws SQLException {
        try (Connection c = pg ? TestDatabases.pg(db) : TestDatabases.maria(db)) {
            return TestDatabases.column(c, sql);
        }
    }

    private static XaConnectionPool pool(String name) throws SQLException {
        return ((EnlistingDataSource) xa.dataSource(config.require(name))).pool();
    }

    @Test
    void aSequentialBurstOfTwoPhaseTransactionsReusesOnePhysicalConnectionPerDatasource() throws Exception {
        long openedA = pool("pool_maria").opened();
        long openedB = pool("pool_mysql").opened();
        long before = mariaSessions(DB_A) + mariaSessions(DB_B);
        Set<Long> sessionsA = ConcurrentHashMap.newKeySet();
        Set<Long> sessionsB = ConcurrentHashMap.newKeySet();

        for (int i = 1; i <= 20; i++) {
            int id = i;
            tx.execute(List.of("pool_maria", "pool_mysql"), ctx -> {
                sessionsA.add(insertWithSession(ctx.connection("pool_maria"), id, "CONNECTION_ID()"));
                sessionsB.add(insertWithSession(ctx.connection("pool_mysql"), id, "CONNECTION_ID()"));
            });
        }

        assertThat(column(DB_A, false, "SELECT COUNT(*) FROM events")).containsExactly("20");
        assertThat(column(DB_B, false, "SELECT COUNT(*) FROM events")).containsExactly("20");
        // 20 transactions, one server session per datasource (was: 20 each).
        assertThat(sessionsA).hasSize(1);
        assertThat(sessionsB).hasSize(1);
        assertThat(pool("pool_maria").opened() - openedA).isLessThanOrEqualTo(1);
        assertThat(pool("pool_mysql").opened() - openedB).isLessThanOrEqualTo(1);
        assertThat(mariaSessions(DB_A) + mariaSessions(DB_B) - before).isLessThanOrEqualTo(2);
        assertThat(XaFixture.mariaInDoubt()).isEmpty();
    }

    @Test
    void aConcurrentBurstNeverOpensMoreThanMaximumPoolSizeConnections() throws Exception {
        long before = mariaSessions(DB_A);
        Set<Long> sessionsA = ConcurrentHashMap.newKeySet();
        Set<Long> sessionsB = ConcurrentHashMap.newKeySet();
        AtomicInteger ids = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger peak = new AtomicInteger();
        Thread monitor = new Thread(() -> {
            while (running.get()) {
                try {
                    peak.accumulateAndGet((int) (mariaSessions(DB_A) - before), Math::max);
                    Thread.sleep(20);
                } catch (Exception e) {
                    return;
                }
            }
        });
        monitor.start();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 5; i++) {
                        int id = ids.incrementAndGet();
                        tx.execute(List.of("pool_maria", "pool_mysql"), ctx -> {
                            sessionsA.add(insertWithSession(ctx.connection("pool_maria"), id, "CONNECTION_ID()"));
                            sessionsB.add(insertWithSession(ctx.connection("pool_mysql"), id, "CONNECTION_ID()"));
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
            running.set(false);
            monitor.join();
        }

        assertThat(column(DB_A, false, "SELECT COUNT(*) FROM events")).containsExactly("40");
        assertThat(column(DB_B, false, "SELECT COUNT(*) FROM events")).containsExactly("40");
        // 8 threads, 40 transactions: at most maximumPoolSize sessions per datasource, on the server as well.
        assertThat(sessionsA).hasSizeLessThanOrEqualTo(MAX);
        assertThat(sessionsB).hasSizeLessThanOrEqualTo(MAX);
        assertThat(peak.get()).isLessThanOrEqualTo(MAX);
        assertThat(pool("pool_maria").idleCount()).isLessThanOrEqualTo(MAX);
        assertThat(XaFixture.mariaInDoubt()).isEmpty();
    }

    @Test
    void postgresXaBranchesReuseOnePhysicalConnection() throws Exception {
        // One branch: Narayana commits it in one phase, which needs no prepared transactions.
        long before = pgSessions();
        Set<Long> sessions = ConcurrentHashMap.newKeySet();
        for (int i = 1; i <= 20; i++) {
            int id = i;
            tx.execute(List.of("pool_pg"), ctx -> sessions.add(insertWithSession(ctx.connection("pool_pg"), id,
                    "pg_backend_pid()")));
        }

        assertThat(column(DB_PG, true, "SELECT COUNT(*) FROM events")).containsExactly("20");
        assertThat(sessions).hasSize(1);
        assertThat(pgSessions() - before).isLessThanOrEqualTo(1);
    }

    @Test
    void aBurstAcrossPostgresAndMariaDbReusesConnections() throws Exception {
        XaFixture.assumePgPreparedTransactions();
        long before = pgSessions();
        Set<Long> pg = ConcurrentHashMap.newKeySet();
        Set<Long> maria = ConcurrentHashMap.newKeySet();
        for (int i = 1; i <= 20; i++) {
            int id = i;
            tx.execute(List.of("pool_pg", "pool_maria"), ctx -> {
                pg.add(insertWithSession(ctx.connection("pool_pg"), id, "pg_backend_pid()"));
                maria.add(insertWithSession(ctx.connection("pool_maria"), id, "CONNECTION_ID()"));
            });
        }

        assertThat(column(DB_PG, true, "SELECT COUNT(*) FROM events")).containsExactly("20");
        assertThat(column(DB_A, false, "SELECT COUNT(*) FROM events")).containsExactly("20");
        assertThat(pg).hasSize(1);
        assertThat(maria).hasSize(1);
        assertThat(pgSessions() - before).isLessThanOrEqualTo(1);
        try (Connection c = TestDatabases.pg(DB_PG)) {
            assertThat(TestDatabases.column(c, "SELECT gid FROM pg_prepared_xacts WHERE database = current_database()"))
                    .isEmpty();
        }
    }

    @Test
    void aFailedTransactionRollsBackAndItsConnectionIsReusedCleanly() throws Exception {
        Set<Long> sessions = ConcurrentHashMap.newKeySet();
        tx.execute(List.of("pool_maria", "pool_mysql"), ctx -> {
            sessions.add(insertWithSession(ctx.connection("pool_maria"), 1, "CONNECTION_ID()"));
            insertWithSession(ctx.connection("pool_mysql"), 1, "CONNECTION_ID()");
        });
        assertThatThrownBy(() -> tx.execute(List.of("pool_maria", "pool_mysql"), ctx -> {
            sessions.add(insertWithSession(ctx.connection("pool_maria"), 2, "CONNECTION_ID()"));
            insertWithSession(ctx.connection("pool_mysql"), 1, "CONNECTION_ID()"); // duplicate key
        })).isInstanceOf(SQLException.class).hasMessageContaining("Duplicate entry");
        tx.execute(List.of("pool_maria", "pool_mysql"), ctx -> {
            Connection c = ctx.connection("pool_maria");
            // The reused session carries nothing of the rolled-back branch.
            assertThat(TestDatabases.column(c, "SELECT COUNT(*) FROM events WHERE id = 2")).containsExactly("0");
            sessions.add(insertWithSession(c, 3, "CONNECTION_ID()"));
            insertWithSession(ctx.connection("pool_mysql"), 3, "CONNECTION_ID()");
        });

        assertThat(column(DB_A, false, "SELECT id FROM events ORDER BY id")).containsExactly("1", "3");
        assertThat(column(DB_B, false, "SELECT id FROM events ORDER BY id")).containsExactly("1", "3");
        assertThat(sessions).hasSize(1);
        assertThat(XaFixture.mariaInDoubt()).isEmpty();
    }

    @Test
    void aBorrowerWaitsAtMostTheTimeoutWhenEveryConnectionIsBorrowed() throws Exception {
        XaConnectionPool one = new XaConnectionPool("pool_maria", XaDataSources.create(config.require("pool_maria")),
                1, java.time.Duration.ofMillis(300), java.time.Duration.ofMinutes(10));
        javax.sql.XAConnection held = one.acquire();
        try {
            long start = System.nanoTime();
            assertThatThrownBy(one::acquire).isInstanceOf(java.sql.SQLTransientConnectionException.class)
                    .hasMessageContaining("no XA connection free within 300 ms (maximumPoolSize=1)")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08001"));
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isBetween(250L, 5000L);
        } finally {
            one.release(held);
        }
        javax.sql.XAConnection again = one.acquire(); // released: the same physical connection comes back
        assertThat(again).isSameAs(held);
        one.release(again);
        one.close();
        assertThat(one.opened()).isEqualTo(1);
    }

    @Test
    void aPooledConnectionKilledOnTheServerIsReplacedNotReused() throws Exception {
        XaConnectionPool one = new XaConnectionPool("pool_maria", XaDataSources.create(config.require("pool_maria")),
                1, java.time.Duration.ofSeconds(5), java.time.Duration.ofMinutes(10));
        javax.sql.XAConnection first = one.acquire();
        long session;
        try (Connection h = first.getConnection()) {
            session = Long.parseLong(TestDatabases.column(h, "SELECT CONNECTION_ID()").get(0));
        }
        one.release(first);
        try (Connection admin = TestDatabases.maria("test")) {
            TestDatabases.exec(admin, "KILL " + session);
        }
        Thread.sleep(XaConnectionPool.VALIDATION_SKIP_MS + 200); // old enough to be validated before reuse

        javax.sql.XAConnection second = one.acquire();
        try (Connection h = second.getConnection()) {
            assertThat(second).isNotSameAs(first);
            assertThat(Long.parseLong(TestDatabases.column(h, "SELECT CONNECTION_ID()").get(0))).isNotEqualTo(session);
        } finally {
            one.release(second);
            one.close();
        }
        assertThat(one.opened()).isEqualTo(2);
    }
}
