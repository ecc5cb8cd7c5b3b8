package com.rhosocial.activerecord.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.rhosocial.activerecord.config.ActiveRecordConfig;
import com.rhosocial.activerecord.jdbc.ActiveRecordDriver;
import com.rhosocial.activerecord.jdbc.RoutingStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Faults: a read replica going away and coming back while read-only work is routed to it. The replica is the
 * database {@code ar_rel_replica} on the local PostgreSQL reached through an in-process {@link TcpForwarder}; the
 * primary is {@code ar_rel_primary}. {@code SELECT current_database()} tells which one served a read.
 */
class ReplicaOutageTest {

    static final int READERS = 4;
    static final long OUTAGE_MS = Figures.longRun() ? 15_000 : 3_000;
    static final long RETRY_MS = 1_000;

    private static String previousConfig;

    @AfterAll
    static void restoreConfig() {
        if (previousConfig == null) {
            System.clearProperty(ActiveRecordConfig.CONFIG_PROPERTY);
        } else {
            System.setProperty(ActiveRecordConfig.CONFIG_PROPERTY, previousConfig);
        }
    }

    @Test
    void readsMoveToThePrimaryWhileTheReplicaIsDownAndBackAfterwards() throws Exception {
        Databases.Server pg = Databases.Server.POSTGRESQL;
        pg.ensureDatabase("ar_rel_primary", false);
        pg.ensureDatabase("ar_rel_replica", false);
        try (TcpForwarder fwd = new TcpForwarder(Databases.PG_HOST, Databases.PG_PORT).start()) {
            Path yaml = Path.of("target", "ar_rel_replica.yaml").toAbsolutePath();
            Files.createDirectories(yaml.getParent());
            Files.writeString(yaml, """
                    datasources:
                      ar_rel_routed:
                        url: jdbc:postgresql://%s:%d/ar_rel_primary
                        username: postgres
                        password: ''
                        replicaConnectionTimeout: 500
                        replicaRetryInterval: %d
                        pool: { maximumPoolSize: 4, connectionTimeout: 3000, poolName: ar_rel_routed }
                        replicas:
                          - url: jdbc:postgresql://127.0.0.1:%d/ar_rel_replica
                    """.formatted(Databases.PG_HOST, Databases.PG_PORT, RETRY_MS, fwd.port()));
            previousConfig = System.getProperty(ActiveRecordConfig.CONFIG_PROPERTY);
            System.setProperty(ActiveRecordConfig.CONFIG_PROPERTY, yaml.toString());
            String url = "jdbc:activerecord:ar_rel_routed";

            assertThat(read(url)).isEqualTo("ar_rel_replica");

            AtomicReference<String> phase = new AtomicReference<>("before");
            Map<String, LongAdder> served = new ConcurrentHashMap<>();
            Queue<String> unexpected = new ConcurrentLinkedQueue<>();
            LongAdder connectionErrors = new LongAdder();
            LongAccumulator slowest = new LongAccumulator(Math::max, 0);
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> readers = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                Thread t = new Thread(() -> {
                    while (!stop.get()) {
                        String p = phase.get();
                        long t0 = System.nanoTime();
                        try {
                            String db = read(url);
                            served.computeIfAbsent(p + ":" + db, k -> new LongAdder()).increment();
                        } catch (SQLException e) {
                            if (Bank.connectionError(e)) {
                                connectionErrors.increment();
                            } else {
                                unexpected.add(p + ": " + Bank.sqlState(e) + " " + e);
                            }
                        } catch (RuntimeException e) {
                            unexpected.add(p + ": unchecked " + e);
                        }
                        slowest.accumulate((System.nanoTime() - t0) / 1_000_000);
                    }
                }, "reader-" + i);
                readers.add(t);
                t.start();
            }
            Thread.sleep(500);
            phase.set("down");
            fwd.stop();
            Thread.sleep(OUTAGE_MS);
            fwd.start();
            phase.set("up");
            long back = System.nanoTime();
            while (count(served, "up:ar_rel_replica") == 0 && System.nanoTime() - back < 15_000_000_000L) {
                Thread.sleep(100);
            }
            long backMillis = (System.nanoTime() - back) / 1_000_000;
            Thread.sleep(300);
            stop.set(true);
            for (Thread t : readers) {
                t.join();
            }

            assertThat(unexpected).as("only connection errors while the replica went away").isEmpty();
            assertThat(count(served, "before:ar_rel_replica")).as("reads on the replica before").isPositive();
            assertThat(count(served, "down:ar_rel_primary")).as("reads moved to the primary while down").isPositive();
            assertThat(count(served, "up:ar_rel_replica")).as("reads back on the replica").isPositive();
            assertThat(backMillis).as("replica used again within the retry interval plus margin").isLessThan(RETRY_MS + 10_000);
            assertThat(slowest.get()).as("slowest read (ms)").isLessThan(3000 + 500 + 2000);
            RoutingStats rs = ActiveRecordDriver.routing().stream()
                    .filter(r -> r.datasource().equals("ar_rel_routed")).findFirst().orElseThrow();
            assertThat(rs.replicaFailures()).isPositive();
            // the primary's pool has nothing borrowed
            assertThat(Pools.settled("ar_rel_routed").active()).isZero();

            Map<String, Long> s = new java.util.TreeMap<>();
            served.forEach((k, v) -> s.put(k, v.sum()));
            Figures.record("faults.replica.readers", READERS);
            Figures.record("faults.replica.outageMillis", OUTAGE_MS);
            Figures.record("faults.replica.readsServed", s);
            Figures.record("faults.replica.connectionErrors", connectionErrors.sum());
            Figures.record("faults.replica.slowestReadMillis", slowest.get());
            Figures.record("faults.replica.backOnReplicaMillis", backMillis);
            Figures.record("faults.replica.routing", rs);
        }
    }

    private static long count(Map<String, LongAdder> m, String key) {
        LongAdder a = m.get(key);
        return a == null ? 0 : a.sum();
    }

    private static String read(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            c.setReadOnly(true);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_database()")) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
