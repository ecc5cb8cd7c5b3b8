package com.rhosocial.activerecord.crossdb.federation;

/**
 * Receives each SQL text a {@link FederatedDataSource} sends to one of its members, in that member's own dialect,
 * as the member's JDBC driver receives it ({@code prepareStatement} or {@code Statement.execute*}); catalog and
 * metadata calls are not SQL and are not reported. What it shows is what was pushed down: the filters, projections,
 * sorts and limits the member ran itself. Called on the querying thread; implementations must be thread-safe and
 * quick, and must not throw (an exception is logged and ignored).
 *
 * <pre>{@code
 * fed.addMemberSqlListener((member, sql) -> log.info("{} <- {}", member, sql));
 * }</pre>
 */
@FunctionalInterface
public interface MemberSqlListener {

    /** {@code member} (the datasource name) is about to run {@code sql}. */
    void onSql(String member, String sql);
}
