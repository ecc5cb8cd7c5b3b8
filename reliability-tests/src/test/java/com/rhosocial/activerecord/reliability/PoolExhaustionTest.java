package com.rhosocial.activerecord.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.rhosocial.activerecord.ActiveRecord;
import com.rhosocial.activerecord.Finder;
import com.rhosocial.activerecord.jdbc.ActiveRecordDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Faults: a pool with every connection borrowed. Waiting ends with {@code SQLTransientConnectionException} after
 * {@code connectionTimeout}, naming the pool and its size; a thread that already holds a connection and asks for
 * another one gets the same timeout (no deadlock) and keeps a working connection; legacy JDBC inside a facade
 * transaction reuses the transaction's connection instead of waiting for a second one.
 */
class PoolExhaustionTest {

    static final int TIMEOUT_MS = 500;

    /** A model for the facade part: table {@code counters}. */
    public static class Counter extends ActiveRecord {
        public static final Finder<Counter> FIND = ActiveRecord.finder(Counter.class);
        public Long id;
        public String name;
    }

    @ParameterizedTest
    @EnumSource(Databases.Server.class)
    void exhaustedPoolTimesOutWithPoolNameAndSizeAndNoDeadlock(Databases.Server server) throws Exception {
        String db = "ar_rel_exhaust";
        server.ensureDatabase(db, false);
        String pool = "ar_rel_exhaust_" + server.name().toLowerCase();
        String url = server.proxyUrl(db) + "?maximumPoolSize=2&connectionTimeout=" + TIMEOUT_MS + "&poolName=" + pool;
        try (Connection a = DriverManager.getConnection(url, server.user(), "");
             Connection b = DriverManager.getConnection(url, server.user(), "")) {
            // Another thread asks: it waits connectionTimeout, then fails clearly.
            long t0 = System.nanoTime();
            CompletableFuture<SQLException> other = CompletableFuture.supplyAsync(() -> catchThrowableOfType(
                    SQLException.class, () -> DriverManager.getConnection(url, server.user(), "").close()));
            SQLException e = other.get(TIMEOUT_MS + 10_000, TimeUnit.MILLISECONDS);
            long waited = (System.nanoTime() - t0) / 1_000_000;
            assertThat((Object) e).isInstanceOf(SQLTransientConnectionException.class);
            assertThat(e.getMessage()).contains(pool).contains("maximumPoolSize=2");
            assertThat(waited).isBetween((long) TIMEOUT_MS - 50, TIMEOUT_MS + 5_000L);

            // The holder itself asks for a third: same timeout, no deadlock, and its connections still work.
            long h0 = System.nanoTime();
            SQLException self = catchThrowableOfType(SQLException.class,
                    () -> DriverManager.getConnection(url, server.user(), "").close());
            long selfWaited = (System.nanoTime() - h0) / 1_000_000;
            assertThat((Object) self).isInstanceOf(SQLTransientConnectionException.class);
            assertThat(selfWaited).isLessThan(TIMEOUT_MS + 5_000L);
            try (Statement s = a.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
                assertThat(rs.next()).isTrue();
            }
            Figures.record("faults.exhaustion." + server.name().toLowerCase(),
                    "timeout " + TIMEOUT_MS + " ms, waited " + waited + " ms; message: " + e.getMessage());
        }
        // Returned connections serve the next caller at once.
        try (Connection c = DriverManager.getConnection(url, server.user(), "")) {
            assertThat(c.isValid(2)).isTrue();
        }
        assertThat(Pools.settled(pool).active()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Databases.Server.class)
    void legacyJdbcInsideAFacadeTransactionOnAOneConnectionPoolDoesNotWait(Databases.Server server) throws Exception {
        String db = "ar_rel_exhaust_tx";
        server.ensureDatabase(db, true);
        server.exec(db, server == Databases.Server.POSTGRESQL
                ? "CREATE TABLE counters (id BIGSERIAL PRIMARY KEY, name VARCHAR(50))"
                : "CREATE TABLE counters (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(50))");
        String pool = "ar_rel_exhaust_tx_" + server.name().toLowerCase();
        String url = server.proxyUrl(db) + "?maximumPoolSize=1&connectionTimeout=" + TIMEOUT_MS + "&poolName=" + pool;
        ActiveRecordDataSource ds = new ActiveRecordDataSource();
        ds.setUrl(url);
        ds.setUser(server.user());
        ds.setPassword("");
        Counter.FIND.configure(ds);
        long[] legacyMillis = new long[1];
        Counter.FIND.transaction(() -> {
            Counter c = new Counter();
            c.name = "in-tx";
            c.save();
            long t0 = System.nanoTime();
            try (Connection legacy = DriverManager.getConnection(url, server.user(), "");
                 Statement s = legacy.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM counters WHERE name = 'in-tx'")) {
                legacyMillis[0] = (System.nanoTime() - t0) / 1_000_000;
                rs.next();
                assertThat(rs.getLong(1)).as("legacy code sees the uncommitted row: same connection").isEqualTo(1);
            }
        });
        // The only connection is the transaction's: had the legacy call waited for a second one, it would have
        // failed after connectionTimeout instead.
        assertThat(legacyMillis[0]).as("no wait for a second connection").isLessThan(TIMEOUT_MS);
        assertThat(Counter.FIND.count()).isEqualTo(1);
        assertThat(Pools.settled(pool).total()).isEqualTo(1);
    }
}
