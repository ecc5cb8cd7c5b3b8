package com.rhosocial.activerecord.jdbc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * One datasource as routing sees it: a primary pool and zero or more replica pools. Replicas are chosen round
 * robin; a replica whose connection attempt fails is skipped (with one warning) for {@code replicaRetryInterval}
 * and then tried again. When no replica can serve, reads go to the primary. Thread-safe.
 */
final class Cluster {

    private static final Logger LOG = LoggerFactory.getLogger(Cluster.class);

    final String label;
    final PhysicalPool primary;
    final PhysicalPool[] replicas;
    private final long retryNanos;
    private final boolean leastBusy;
    private final AtomicInteger next = new AtomicInteger();
    final LongAdder primaryRoutes = new LongAdder();
    final LongAdder replicaRoutes = new LongAdder();
    final LongAdder replicaFailures = new LongAdder();
    final LongAdder fallbacks = new LongAdder();

    Cluster(String label, PhysicalPool primary, List<PhysicalPool> replicas, long retryMillis, boolean leastBusy) {
        this.label = label;
        this.leastBusy = leastBusy;
        this.primary = primary;
        this.replicas = replicas.toArray(new PhysicalPool[0]);
        this.retryNanos = TimeUnit.MILLISECONDS.toNanos(retryMillis);
    }

    boolean hasReplicas() {
        return replicas.length > 0;
    }

    Connection borrowPrimary() throws SQLException {
        Connection c = primary.borrow();
        primaryRoutes.increment();
        return c;
    }

    /** A connection from the next available replica, or null when none can serve (the caller stays on the primary). */
    Connection borrowReplica() {
        int n = replicas.length;
        if (n == 0) {
            return null;
        }
        int start = Math.floorMod(next.getAndIncrement(), n);
        long now = System.nanoTime();
        if (leastBusy && n > 1) {
            // start from the available replica with the fewest connections in use; ties keep the round-robin order
            int best = -1;
            int bestActive = Integer.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                int idx = (start + i) % n;
                long down = replicas[idx].downUntil;
                if (down != 0 && now - down < 0) {
                    continue;
                }
                int active = replicas[idx].activeConnections();
                if (active < bestActive) {
                    best = idx;
                    bestActive = active;
                }
            }
            if (best >= 0) {
                start = best;
            }
        }
        for (int i = 0; i < n; i++) {
            PhysicalPool r = replicas[(start + i) % n];
            long down = r.downUntil;
            if (down != 0 && now - down < 0) {
                continue;
            }
            try {
                Connection c = r.borrow();
                if (down != 0) {
                    r.downUntil = 0;
                    LOG.info("{} - replica {} is back", label, r.name);
                }
                replicaRoutes.increment();
                return c;
            } catch (SQLException e) {
                replicaFailures.increment();
                r.downUntil = System.nanoTime() + retryNanos;
                LOG.warn("{} - replica {} failed, skipping it for {} ms: {} (SQLState {})", label, r.name,
                        TimeUnit.NANOSECONDS.toMillis(retryNanos),
                        com.rhosocial.activerecord.backend.Masking.maskText(e.getMessage()), e.getSQLState());
            }
        }
        fallbacks.increment();
        return null;
    }

    RoutingStats stats() {
        return new RoutingStats(label, primaryRoutes.sum(), replicaRoutes.sum(), replicaFailures.sum(), fallbacks.sum());
    }
}
