package com.rhosocial.activerecord.jdbc;

import com.zaxxer.hikari.HikariConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The JVM-wide registry of pools and datasources: one {@link PhysicalPool} per {@link PoolKey}, one
 * {@link Cluster} per primary-plus-replicas combination. A JVM shutdown hook closes every pool.
 */
final class PoolRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(PoolRegistry.class);
    private static final Map<PoolKey, PhysicalPool> POOLS = new ConcurrentHashMap<>();
    private static final Map<List<Object>, Cluster> CLUSTERS = new ConcurrentHashMap<>();
    static volatile Consumer<HikariConfig> customizer;

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(PoolRegistry::shutdown, "activerecord-pool-shutdown"));
        } catch (IllegalStateException | SecurityException e) {
            LOG.debug("no shutdown hook registered: {}", e.toString());
        }
    }

    private PoolRegistry() {
    }

    static PhysicalPool pool(Target target, PoolSettings settings, boolean replica, long replicaTimeout) {
        PoolKey key = PoolKey.of(target.backend().name(), target.url(), target.properties(), replica);
        PhysicalPool p = POOLS.computeIfAbsent(key, k -> new PhysicalPool(k, target, settings, replicaTimeout));
        if (!p.settings.equals(settings)) {
            LOG.debug("{} - already exists with {}; requested {} not applied", p.name, p.settings, settings);
        }
        return p;
    }

    static Cluster cluster(String label, PhysicalPool primary, List<PhysicalPool> replicas, long retryMillis,
                           boolean leastBusy) {
        List<Object> key = new ArrayList<>(replicas.size() + 2);
        key.add(primary.key);
        for (PhysicalPool r : replicas) {
            key.add(r.key);
        }
        key.add(retryMillis);
        key.add(leastBusy);
        return CLUSTERS.computeIfAbsent(key, k -> new Cluster(label, primary, replicas, retryMillis, leastBusy));
    }

    static List<PoolStats> stats() {
        List<PoolStats> out = new ArrayList<>();
        for (PhysicalPool p : POOLS.values()) {
            out.add(p.stats());
        }
        return out;
    }

    static List<RoutingStats> routing() {
        List<RoutingStats> out = new ArrayList<>();
        for (Cluster c : CLUSTERS.values()) {
            out.add(c.stats());
        }
        return out;
    }

    static List<PhysicalPool> pools() {
        return new ArrayList<>(POOLS.values());
    }

    /** Closes every pool; later connections start new pools. */
    static void shutdown() {
        for (PhysicalPool p : new ArrayList<>(POOLS.values())) {
            try {
                p.close();
            } catch (RuntimeException e) {
                LOG.warn("{} - error while closing: {}", p.name, e.toString());
            }
        }
        POOLS.clear();
        CLUSTERS.clear();
    }
}
