package com.rhosocial.activerecord.jdbc;

/**
 * Read/write routing counters of one datasource (a primary with its replicas), from
 * {@link ActiveRecordDriver#routing()}.
 *
 * @param datasource datasource name, or the masked primary URL
 * @param primaryRoutes connections served by the primary
 * @param replicaRoutes read-only connections served by a replica
 * @param replicaFailures replica attempts that failed (the replica was then skipped for a while)
 * @param fallbacksToPrimary read-only requests served by the primary because no replica was available
 */
public record RoutingStats(String datasource, long primaryRoutes, long replicaRoutes, long replicaFailures,
                           long fallbacksToPrimary) {
}
