package com.rhosocial.activerecord.benchmarks.driver;

import com.rhosocial.activerecord.benchmarks.stub.StubDriver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Suite 1: the cost each tool adds to a connection cycle (get + close) and to a statement cycle (prepare + set a
 * parameter + execute + read one row + close) over {@link StubDriver}, which does no I/O. Run it with {@code -t 1}
 * and {@code -t 4} (contended) and with {@code -prof gc} for the allocation per operation.
 *
 * <p>Every tool gets the same MySQL-flavoured statement ({@link #SQL}); the stub accepts anything.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DriverOverheadBenchmark {

    /**
     * The statement of the statement cycle, as a MySQL application writes it: with {@code ar-on} the driver rewrites
     * the backticks for the (PostgreSQL) stub backend, from its translation cache; every other tool passes it on.
     */
    public static final String SQL = "SELECT `id`, `name`, `email` FROM `users` WHERE `id` = ?";

    /** One data source per trial, shared by the benchmark threads. */
    @State(Scope.Benchmark)
    public static class Pool {
        @Param({"hikari", "ar-off", "ar-on", "p6spy", "dsproxy", "aws", "shardingsphere"})
        public String target;

        DataSource dataSource;

        @Setup(Level.Trial)
        public void open() throws SQLException {
            dataSource = Targets.create(target, StubDriver.URL, "bench", "bench", "mysql");
            // one cycle before measuring, so that a broken target fails here with its own message
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement(SQL)) {
                ps.setInt(1, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException(target + ": the stub returned no row");
                    }
                }
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            Targets.close(dataSource);
            Targets.closeAll();
        }
    }

    /** A connection held by one benchmark thread for the statement cycle. */
    @State(Scope.Thread)
    public static class Held {
        Connection connection;

        @Setup(Level.Trial)
        public void open(Pool pool) throws SQLException {
            connection = pool.dataSource.getConnection();
        }

        @TearDown(Level.Trial)
        public void close() throws SQLException {
            connection.close();
        }
    }

    @Benchmark
    public Connection connectionCycle(Pool pool) throws SQLException {
        Connection c = pool.dataSource.getConnection();
        c.close();
        return c;
    }

    @Benchmark
    public int statementCycle(Held held) throws SQLException {
        PreparedStatement ps = held.connection.prepareStatement(SQL);
        ps.setInt(1, 1);
        ResultSet rs = ps.executeQuery();
        rs.next();
        int id = rs.getInt(1);
        rs.close();
        ps.close();
        return id;
    }

    /**
     * Connection cycle and statement cycle together, as a request handler does them: borrow, prepare, bind,
     * execute, read, close everything. Unlike {@link #statementCycle}, no state outlives one operation (ShardingSphere
     * keeps each statement of a connection in a list until the connection closes, so a held connection penalises it).
     */
    @Benchmark
    public int requestCycle(Pool pool) throws SQLException {
        Connection c = pool.dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(SQL);
        ps.setInt(1, 1);
        ResultSet rs = ps.executeQuery();
        rs.next();
        int id = rs.getInt(1);
        rs.close();
        ps.close();
        c.close();
        return id;
    }
}
