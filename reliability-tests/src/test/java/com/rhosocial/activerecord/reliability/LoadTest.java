package com.rhosocial.activerecord.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.rhosocial.activerecord.jdbc.PoolStats;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Load: 32 threads moving money between accounts through {@code jdbc:activerecord:} with translation from MySQL,
 * on PostgreSQL and MariaDB. Short run 32 x 150 transfers, long run ({@code -Plong}) 32 x 3000.
 */
class LoadTest {

    static final int THREADS = 32;
    static final int PER_THREAD = Figures.longRun() ? 3000 : 150;
    static final int ACCOUNTS = 16;
    static final int POOL = 10;
    /** HikariCP's default; PostgreSQL commits (fsync) make 32 threads on 10 connections wait several seconds at worst. */
    static final int CONNECTION_TIMEOUT_MS = 30_000;

    @ParameterizedTest
    @EnumSource(Databases.Server.class)
    void transfersKeepTheTotalAndLoseNothingUnder32Threads(Databases.Server server) throws Exception {
        String db = "ar_rel_load";
        String pool = "ar_rel_load_" + server.name().toLowerCase();
        Bank bank = new Bank(server, db, ACCOUNTS, 10_000).create();
        // 10% lock in the careless order, so that deadlocks happen and are retried as an application would
        // (PostgreSQL detects them after deadlock_timeout, 1 s; MariaDB at once).
        bank.carelessPercent = 10;
        String url = server.proxyUrl(db) + "?sourceDialect=mysql&maximumPoolSize=" + POOL + "&connectionTimeout="
                + CONNECTION_TIMEOUT_MS + "&poolName=" + pool;

        long t0 = System.nanoTime();
        bank.run(url, THREADS, PER_THREAD, false);
        long millis = (System.nanoTime() - t0) / 1_000_000;

        assertThat(bank.unexpected).as("errors other than retried deadlocks").isEmpty();
        assertThat(bank.failedBeforeCommit).as("no transfer given up").isEmpty();
        assertThat(bank.committed).hasSize(THREADS * PER_THREAD);
        assertThat(bank.verify()).isZero();
        assertThat(bank.maxBorrowMillis.get()).as("longest wait for a pooled connection (ms)")
                .isLessThan(CONNECTION_TIMEOUT_MS);
        PoolStats stats = Pools.settled(pool);
        assertThat(stats.active()).as("connections still borrowed: %s", stats).isZero();
        assertThat(stats.idle()).as("idle == total: %s", stats).isEqualTo(stats.total());
        assertThat(stats.total()).isLessThanOrEqualTo(POOL);
        assertThat(stats.threadsAwaiting()).isZero();

        String k = "load." + server.name().toLowerCase() + ".";
        Figures.record(k + "threads", THREADS);
        Figures.record(k + "transactionsCommitted", bank.committed.size());
        Figures.record(k + "statementsPerTransaction", 4);
        Figures.record(k + "carelessLockOrderPercent", bank.carelessPercent);
        Figures.record(k + "retries", bank.retries.sum());
        Figures.record(k + "retriedErrors", bank.errorsSummary());
        Figures.record(k + "millis", millis);
        Figures.record(k + "maxBorrowMillis", bank.maxBorrowMillis.get());
        Figures.record(k + "poolAtEnd", "total=" + stats.total() + " idle=" + stats.idle() + " active="
                + stats.active() + " borrowed=" + stats.borrowed());
    }
}
