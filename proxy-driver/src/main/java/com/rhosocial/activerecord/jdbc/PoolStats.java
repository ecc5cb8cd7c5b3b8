package com.rhosocial.activerecord.jdbc;

/**
 * A snapshot of one physical pool, from {@link ActiveRecordDriver#pools()}.
 *
 * @param name HikariCP pool name
 * @param backend backend name ({@code postgresql}, ...)
 * @param url the real URL, masked
 * @param replica whether the pool serves a replica
 * @param active connections in use
 * @param idle connections idle in the pool
 * @param total physical connections open
 * @param threadsAwaiting threads waiting for a connection
 * @param maximumPoolSize the configured maximum
 * @param borrowed connections handed out since the pool started
 * @param failures failed attempts to get a connection from this pool
 * @param available false while a failed replica is being skipped
 */
public record PoolStats(String name, String backend, String url, boolean replica, int active, int idle, int total,
                        int threadsAwaiting, int maximumPoolSize, long borrowed, long failures, boolean available) {
}
