package com.rhosocial.activerecord.benchmarks.facade;

import com.rhosocial.activerecord.benchmarks.driver.Targets;
import com.rhosocial.activerecord.benchmarks.server.Servers;
import com.rhosocial.activerecord.benchmarks.translation.Corpus;
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

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Suite 4: find by id, insert one, update one, a 100-row query with a where and an order, and a has-many eager
 * load, through hand-written JDBC ({@code jdbc}), jOOQ records ({@code jooq}) and the ActiveRecord facade
 * ({@code facade}), each over the same HikariCP pool on the local database.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class FacadeBenchmark {

    @Param({"postgresql"})
    public String db;

    @Param({"jdbc", "jooq", "facade"})
    public String impl;

    private DataSource pool;
    private Operations ops;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        Servers.Server server = Servers.prepare(db);
        Servers.truncateEvents(server);
        pool = Targets.hikari(server.url, server.user, server.password, null);
        switch (impl) {
            case "jdbc":
                ops = new JdbcOperations(pool);
                break;
            case "jooq":
                ops = new JooqOperations(pool, Corpus.jooqDialect(db));
                break;
            case "facade":
                ops = FacadeOperations.create(pool, server);
                break;
            default:
                throw new IllegalArgumentException("unknown impl '" + impl + "'; expected jdbc, jooq or facade");
        }
        if (ops.findById(1) == null || ops.hasManyEager(1).get(0).posts.size() != Servers.POSTS_PER_USER) {
            throw new IllegalStateException(impl + " on " + db + ": seeded rows not found");
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        Targets.closeAll();
    }

    private static int randomUser() {
        return 1 + ThreadLocalRandom.current().nextInt(Servers.USERS);
    }

    @Benchmark
    public Operations.User findById() throws SQLException {
        return ops.findById(randomUser());
    }

    @Benchmark
    public long insertOne() throws SQLException {
        return ops.insertOne(randomUser(), "view");
    }

    @Benchmark
    public int updateOne() throws SQLException {
        return ops.updateOne(randomUser(), 18 + ThreadLocalRandom.current().nextInt(60));
    }

    @Benchmark
    public List<Operations.User> query100() throws SQLException {
        return ops.query100(18 + ThreadLocalRandom.current().nextInt(30));
    }

    @Benchmark
    public List<Operations.User> hasManyEager() throws SQLException {
        return ops.hasManyEager(1 + ThreadLocalRandom.current().nextInt(Servers.USERS - 10));
    }
}
