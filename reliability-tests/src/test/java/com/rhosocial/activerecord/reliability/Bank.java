package com.rhosocial.activerecord.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * Shared fixture: a bank of accounts and a transfer workload run by many threads through {@code jdbc:activerecord:}
 * with SQL written for MySQL ({@code sourceDialect=mysql}), and the checks that nothing was lost or doubled.
 *
 * <p>A transfer locks both accounts in id order ({@code SELECT ... FOR UPDATE}), moves the amount and inserts a row
 * into {@code transfers} with a client-made id, in one transaction. The client keeps a log of the transfers whose
 * commit returned, of those that failed before commit (must not be in the database) and of those whose commit
 * itself failed (outcome unknown: either fully there or not at all). Deadlocks and serialization failures
 * (SQLState 40001/40P01, MariaDB 1213/1205) are retried as an application would.
 */
final class Bank {

    /** One transfer as the client asked for it. */
    record Transfer(String id, int from, int to, long amount) {
    }

    final Databases.Server server;
    final String database;
    final int accounts;
    final long initial;

    final Queue<Transfer> committed = new ConcurrentLinkedQueue<>();
    final Queue<Transfer> failedBeforeCommit = new ConcurrentLinkedQueue<>();
    final Queue<Transfer> unknown = new ConcurrentLinkedQueue<>();
    final Map<String, LongAdder> errorsByState = new ConcurrentHashMap<>();
    final Queue<String> unexpected = new ConcurrentLinkedQueue<>();
    final LongAdder retries = new LongAdder();
    final LongAccumulator maxBorrowMillis = new LongAccumulator(Math::max, 0);
    final LongAccumulator maxFailedCallMillis = new LongAccumulator(Math::max, 0);
    final AtomicLong attempts = new AtomicLong();
    /**
     * Percentage of transfers that lock their two accounts in the order given (from, then to) instead of by id, as
     * careless code does: those can deadlock with each other and exercise the retry path.
     */
    int carelessPercent;

    Bank(Databases.Server server, String database, int accounts, long initial) {
        this.server = server;
        this.database = database;
        this.accounts = accounts;
        this.initial = initial;
    }

    /** A fresh database with {@code accounts} accounts holding {@code initial} each, through the real driver. */
    Bank create() throws SQLException {
        server.ensureDatabase(database, true);
        try (Connection c = server.direct(database); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE accounts (id INT PRIMARY KEY, balance BIGINT NOT NULL)");
            s.execute("CREATE TABLE transfers (id VARCHAR(36) PRIMARY KEY, from_acc INT NOT NULL, to_acc INT NOT NULL,"
                    + " amount BIGINT NOT NULL)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO accounts (id, balance) VALUES (?, ?)")) {
                for (int i = 1; i <= accounts; i++) {
                    ps.setInt(1, i);
                    ps.setLong(2, initial);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        return this;
    }

    /** True for the SQLStates an application retries: serialization failure, deadlock, lock wait timeout. */
    static boolean retryable(SQLException e) {
        String st = e.getSQLState();
        return "40001".equals(st) || "40P01".equals(st) || e.getErrorCode() == 1213 || e.getErrorCode() == 1205;
    }

    /** True for the SQLStates of a lost or refused connection: class 08, and PostgreSQL's 57P01-57P03 (admin shutdown). */
    static boolean connectionError(SQLException e) {
        return isConnectionState(sqlState(e));
    }

    static boolean isConnectionState(String st) {
        return st != null && (st.startsWith("08") || st.startsWith("57P"));
    }

    /**
     * The SQLState of {@code e}, or of its first cause that has one, as Spring's translators find it: MariaDB
     * Connector/J reports a batch broken by a lost connection as a {@code BatchUpdateException} without a SQLState
     * whose cause is the {@code SQLNonTransientConnectionException} (08xxx).
     */
    static String sqlState(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                return s.getSQLState();
            }
        }
        return null;
    }

    /**
     * Runs {@code threads} x {@code perThread} transfers, each on a connection from {@code url} taken for that
     * transfer. Connection errors are counted (and allowed only when {@code faultsExpected}); anything else that is
     * not retryable is recorded as unexpected.
     */
    void run(String url, int threads, int perThread, boolean faultsExpected) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long seed = 1000L + t;
            Thread w = new Thread(() -> {
                SplittableRandom rnd = new SplittableRandom(seed);
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < perThread; i++) {
                    int a = 1 + rnd.nextInt(accounts);
                    int b = 1 + rnd.nextInt(accounts - 1);
                    if (b >= a) {
                        b++;
                    }
                    Transfer tr = new Transfer(UUID.randomUUID().toString(), a, b, 1 + rnd.nextInt(100));
                    boolean careless = rnd.nextInt(100) < carelessPercent;
                    try {
                        transferWithRetry(url, tr, faultsExpected, careless);
                    } catch (RuntimeException | Error e) {
                        // an unchecked throwable out of the driver stack: never allowed, and it must not end the thread
                        failedBeforeCommit.add(tr);
                        unexpected.add("unchecked " + e);
                    }
                }
            }, "transfer-" + t);
            workers.add(w);
            w.start();
        }
        start.countDown();
        for (Thread w : workers) {
            w.join();
        }
    }

    private void transferWithRetry(String url, Transfer tr, boolean faultsExpected, boolean careless) {
        for (int attempt = 0; ; attempt++) {
            long t0 = System.nanoTime();
            boolean commitSent = false;
            attempts.incrementAndGet();
            try {
                Connection c;
                long b0 = System.nanoTime();
                c = DriverManager.getConnection(url, server.user(), "");
                maxBorrowMillis.accumulate((System.nanoTime() - b0) / 1_000_000);
                try (c) {
                    c.setAutoCommit(false);
                    try {
                        transfer(c, tr, careless);
                    } catch (SQLException e) {
                        try {
                            c.rollback();
                        } catch (SQLException ignored) {
                            // the connection may be gone; the pool discards it on close
                        }
                        throw e;
                    }
                    commitSent = true;
                    c.commit();
                }
                committed.add(tr);
                return;
            } catch (SQLException e) {
                long took = (System.nanoTime() - t0) / 1_000_000;
                maxFailedCallMillis.accumulate(took);
                String key = sqlState(e) + (e.getErrorCode() != 0 ? "/" + e.getErrorCode() : "");
                errorsByState.computeIfAbsent(key, k -> new LongAdder()).increment();
                if (retryable(e) && !commitSent && attempt < 20) {
                    retries.increment();
                    continue;
                }
                if (commitSent) {
                    unknown.add(tr);
                } else {
                    failedBeforeCommit.add(tr);
                }
                if (!(faultsExpected && connectionError(e))) {
                    if (unexpected.isEmpty()) {
                        java.io.StringWriter sw = new java.io.StringWriter();
                        e.printStackTrace(new java.io.PrintWriter(sw));
                        System.err.println("first unexpected error: " + sw);
                    }
                    unexpected.add(key + " " + e);
                }
                return;
            }
        }
    }

    /** The transfer itself, in MySQL's spelling (back-quoted names, IFNULL), translated by the driver. */
    static void transfer(Connection c, Transfer tr) throws SQLException {
        transfer(c, tr, false);
    }

    /** As {@link #transfer(Connection, Transfer)}; {@code careless} locks from-then-to instead of by id. */
    static void transfer(Connection c, Transfer tr, boolean careless) throws SQLException {
        int first = careless ? tr.from() : Math.min(tr.from(), tr.to());
        int second = careless ? tr.to() : Math.max(tr.from(), tr.to());
        try (PreparedStatement lock = c.prepareStatement(
                "SELECT IFNULL(`balance`, 0) FROM `accounts` WHERE `id` = ? FOR UPDATE")) {
            for (int id : new int[] {first, second}) {
                lock.setInt(1, id);
                try (ResultSet rs = lock.executeQuery()) {
                    if (!rs.next()) {
                        throw new SQLException("account " + id + " missing", "02000");
                    }
                }
            }
        }
        try (PreparedStatement upd = c.prepareStatement("UPDATE `accounts` SET `balance` = `balance` + ? WHERE `id` = ?")) {
            upd.setLong(1, -tr.amount());
            upd.setInt(2, tr.from());
            upd.addBatch();
            upd.setLong(1, tr.amount());
            upd.setInt(2, tr.to());
            upd.addBatch();
            int[] counts = upd.executeBatch();
            if (counts.length != 2) {
                throw new SQLException("batch returned " + counts.length + " counts", "HY000");
            }
        }
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO `transfers` (`id`, `from_acc`, `to_acc`, `amount`) VALUES (?, ?, ?, ?)")) {
            ins.setString(1, tr.id());
            ins.setInt(2, tr.from());
            ins.setInt(3, tr.to());
            ins.setLong(4, tr.amount());
            ins.executeUpdate();
        }
    }

    /**
     * Checks the database against the client's log, through the real driver: the total is unchanged; every
     * committed transfer is there exactly once; no transfer that failed before commit is there; a transfer of
     * unknown outcome is there or not, never half; each balance equals the initial amount plus the transfers found.
     *
     * @return how many transfers of unknown outcome turned out committed
     */
    long verify() throws SQLException {
        Map<String, Transfer> inDb = new HashMap<>();
        Map<Integer, Long> balances = new HashMap<>();
        try (Connection c = server.direct(database); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, from_acc, to_acc, amount FROM transfers")) {
                while (rs.next()) {
                    Transfer t = new Transfer(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getLong(4));
                    assertThat(inDb.put(t.id(), t)).as("transfer %s recorded twice", t.id()).isNull();
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id, balance FROM accounts")) {
                while (rs.next()) {
                    balances.put(rs.getInt(1), rs.getLong(2));
                }
            }
        }
        assertThat(balances).hasSize(accounts);
        assertThat(balances.values().stream().mapToLong(Long::longValue).sum())
                .as("money total").isEqualTo(accounts * initial);
        for (Transfer t : committed) {
            assertThat(inDb.get(t.id())).as("committed transfer %s present and intact", t.id()).isEqualTo(t);
        }
        for (Transfer t : failedBeforeCommit) {
            assertThat(inDb).as("transfer %s failed before commit, must be absent", t.id()).doesNotContainKey(t.id());
        }
        Set<String> known = ConcurrentHashMap.newKeySet();
        committed.forEach(t -> known.add(t.id()));
        long resolved = 0;
        for (Transfer t : unknown) {
            known.add(t.id());
            if (inDb.containsKey(t.id())) {
                assertThat(inDb.get(t.id())).isEqualTo(t);
                resolved++;
            }
        }
        assertThat(known).as("no transfer in the database that the client did not send").containsAll(inDb.keySet());
        Map<Integer, Long> expected = new HashMap<>();
        for (int i = 1; i <= accounts; i++) {
            expected.put(i, initial);
        }
        for (Transfer t : inDb.values()) {
            expected.merge(t.from(), -t.amount(), Long::sum);
            expected.merge(t.to(), t.amount(), Long::sum);
        }
        assertThat(balances).as("every balance equals initial plus the committed transfers").isEqualTo(expected);
        assertThat(inDb.size()).isEqualTo(committed.size() + resolved);
        return resolved;
    }

    String errorsSummary() {
        Map<String, Long> m = new java.util.TreeMap<>();
        errorsByState.forEach((k, v) -> m.put(k, v.sum()));
        return m.toString();
    }
}
