package com.rhosocial.activerecord.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.rhosocial.activerecord.jdbc.PoolStats;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Faults: sessions ended from the server side ({@code pg_terminate_backend}, MariaDB {@code KILL CONNECTION}) while
 * the pool is busy, while a transaction is open, and while connections sit idle in the pool.
 */
class ServerKillTest {

    static final int THREADS = 16;
    static final int PER_THREAD = Figures.longRun() ? 1000 : 150;
    /** A call on a killed connection must fail well within this; a hang would run into the socket's defaults (minutes). */
    static final long FAIL_FAST_MS = 10_000;

    private static String url(Databases.Server server, String db, String pool, boolean translate) {
        return server.proxyUrl(db) + "?maximumPoolSize=6&connectionTimeout=5000&poolName=" + pool
                + (translate ? "&sourceDialect=mysql" : "");
    }

    @ParameterizedTest
    @EnumSource(Databases.Server.class)
    void killsDuringLoadFailFastWithConnectionStatesAndLoseNothing(Databases.Server server) throws Exception {
        String db = "ar_rel_kill";
        String pool = "ar_rel_kill_load_" + server.name().toLowerCase();
        Bank bank = new Bank(server, db, 32, 10_000).create();
        String url = url(server, db, pool, true);
        AtomicInteger kills = new AtomicInteger();
        AtomicInteger rounds = new AtomicInteger();
        AtomicLong stop = new AtomicLong();
        Thread killer = new Thread(() -> {
            while (stop.get() == 0) {
                try {
                    Thread.sleep(150);
                    kills.addAndGet(Killer.killAll(server, db));
                    rounds.incrementAndGet();
                } catch (InterruptedException e) {
                    return;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        }, "killer");
        killer.start();
        try {
            bank.run(url, THREADS, PER_THREAD, true);
        } finally {
            stop.set(1);
            killer.join();
        }

        assertThat(bank.unexpected).as("every failure is a connection error (08xxx/57P0x)").isEmpty();
        assertThat(kills.get()).as("sessions killed").isPositive();
        assertThat(bank.committed.size() + bank.failedBeforeCommit.size() + bank.unknown.size())
                .as("every transfer accounted for").isEqualTo(THREADS * PER_THREAD);
        assertThat(bank.maxFailedCallMillis.get()).as("slowest failed transfer (ms)").isLessThan(FAIL_FAST_MS);
        long resolved = bank.verify();

        // With the killer gone, the next calls succeed on fresh connections. HikariCP hands out a connection used in
        // the last 500 ms without checking it, so a session killed in the killer's last round may still be handed out
        // during that window: wait it out, as an application's retry would.
        Thread.sleep(700);
        Bank.Transfer after = new Bank.Transfer("after-" + System.nanoTime(), 1, 2, 7);
        try (Connection c = DriverManager.getConnection(url, server.user(), "")) {
            c.setAutoCommit(false);
            Bank.transfer(c, after);
            c.commit();
        }
        bank.committed.add(after);
        bank.verify();
        PoolStats stats = Pools.settled(pool);
        assertThat(stats.active()).isZero();
        assertThat(stats.idle()).isEqualTo(stats.total());

        String k = "faults.kill." + server.name().toLowerCase() + ".";
        Figures.record(k + "threads", THREADS);
        Figures.record(k + "transfersAttempted", THREADS * PER_THREAD);
        Figures.record(k + "committed", bank.committed.size() - 1);
        Figures.record(k + "failedBeforeCommit", bank.failedBeforeCommit.size());
        Figures.record(k + "commitOutcomeUnknown", bank.unknown.size() + " (found committed: " + resolved + ")");
        Figures.record(k + "sessionsKilled", kills.get() + " in " + rounds.get() + " rounds");
        Figures.record(k + "errorsBySqlState", bank.errorsSummary());
        Figures.record(k + "slowestFailedCallMillis", bank.maxFailedCallMillis.get());
    }

    @ParameterizedTest
    @EnumSource(Databases.Server.class)
    void openTransactionThatLosesItsConnectionIsReportedAndNotHalfCommitted(Databases.Server server) throws Exception {
        String db = "ar_rel_kill_tx";
        String pool = "ar_rel_kill_tx_" + server.name().toLowerCase();
        new Bank(server, db, 2, 1000).create();
        String url = url(server, db, pool, false);

        SQLException lost;
        long t0;
        try (Connection c = DriverManager.getConnection(url, server.user(), "")) {
            long session = Killer.sessionId(server, c);
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("UPDATE accounts SET balance = balance - 500 WHERE id = 1")) {
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            Killer.kill(server, session);
            Thread.sleep(200);
            t0 = System.nanoTime();
            lost = catchThrowableOfType(SQLException.class, () -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE accounts SET balance = balance + 500 WHERE id = 2")) {
                    ps.executeUpdate();
                }
            });
            assertThat((Object) lost).as("the statement after the kill fails").isNotNull();
            SQLException commit = catchThrowableOfType(SQLException.class, c::commit);
            assertThat((Object) commit).as("commit on the lost connection is reported, not silently accepted").isNotNull();
            assertThat(Bank.connectionError(commit)).as("commit error %s / %s", commit.getSQLState(), commit)
                    .isTrue();
        }
        long failMs = (System.nanoTime() - t0) / 1_000_000;
        assertThat(Bank.connectionError(lost)).as("SQLState %s of %s", lost.getSQLState(), lost).isTrue();
        assertThat(failMs).isLessThan(FAIL_FAST_MS);
        assertThat(server.queryLong(db, "SELECT balance FROM accounts WHERE id = 1")).as("debit rolled back").isEqualTo(1000);
        assertThat(server.queryLong(db, "SELECT balance FROM accounts WHERE id = 2")).isEqualTo(1000);

        try (Connection c = DriverManager.getConnection(url, server.user(), ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT SUM(balance) FROM accounts")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(2000);
        }
        PoolStats stats = Pools.settled(pool);
        assertThat(stats.active()).isZero();
        Figures.record("faults.openTransaction." + server.name().toLowerCase() + ".lostState",
                lost.getSQLState() + " after " + failMs + " ms");
    }

    @ParameterizedTest
    @EnumSource(Databases.Server.class)
    void idleConnectionsKilledInThePoolAreReplacedWithoutErrors(Databases.Server server) throws Exception {
        String db = "ar_rel_kill_idle";
        String pool = "ar_rel_kill_idle_" + server.name().toLowerCase();
        server.ensureDatabase(db, false);
        String url = url(server, db, pool, false);
        Connection[] warm = new Connection[4];
        for (int i = 0; i < warm.length; i++) {
            warm[i] = DriverManager.getConnection(url, server.user(), "");
        }
        for (Connection c : warm) {
            c.close();
        }
        int killed = Killer.killAll(server, db);
        assertThat(killed).isGreaterThanOrEqualTo(warm.length);
        // HikariCP skips the validity check for connections used within the last 500 ms.
        Thread.sleep(700);
        for (int i = 0; i < 20; i++) {
            try (Connection c = DriverManager.getConnection(url, server.user(), ""); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT 1")) {
                assertThat(rs.next()).isTrue();
            }
        }
        assertThat(Pools.settled(pool).idle()).isPositive();
        Figures.record("faults.idleKilled." + server.name().toLowerCase(), killed + " idle sessions killed, 20 calls after: 0 errors");
    }
}
