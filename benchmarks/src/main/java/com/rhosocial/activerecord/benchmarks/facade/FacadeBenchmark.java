package com.rhosocial.activerecord.benchmarks.facade;

import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.impl.mariadb.MariaDBBackend;
import com.rhosocial.activerecord.backend.impl.postgresql.PostgreSQLBackend;
import com.rhosocial.activerecord.benchmarks.driver.Targets;
import com.rhosocial.activerecord.jdbc.ActiveRecordDataSource;
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

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Suite 4: find by id, insert one, update one, a 100-row query with a where and an order, and a has-many eager
 * load, through hand-written JDBC ({@code jdbc}), jOOQ records ({@code jooq}) and the ActiveRecord facade
 * ({@code facade}), each over the same pool (the facade's {@link ActiveRecordDataSource}, HikariCP inside) on the
 * local database.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class FacadeBenchmark {

    @Param({"postgresql"})
    public String db;

    @Param({"jdbc", "jooq", "facade"})
    public String impl;

    private ActiveRecordDataSource pool;
    private Operations ops;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        Servers.Server server = Servers.prepare(db);
        Servers.truncateEvents(server);
        pool = sharedPool(server);
        switch (impl) {
            case "jdbc":
                ops = new JdbcOperations(pool);
                break;
            case "jooq":
                ops = new JooqOperations(pool, Corpus.jooqDialect(db));
                break;
            case "facade":
                ops = FacadeOperations.create(pool);
                break;
            default:
                throw new IllegalArgumentException("unknown impl '" + impl + "'; expected jdbc, jooq or facade");
        }
        if (ops.findById(1) == null || ops.hasManyEager(1).get(0).posts.size() != Servers.POSTS_PER_USER) {
            throw new IllegalStateException(impl + " on " + db + ": seeded rows not found");
        }
    }

    /**
     * The facade's pool (HikariCP inside our driver, no translation), which the JDBC and jOOQ variants use too, so
     * that all three borrow the same kind of connection.
     */
    private static ActiveRecordDataSource sharedPool(Servers.Server server) {
        ConnectionConfig config = ConnectionConfig.builder().url(server.url).username(server.user)
                .password(server.password).maximumPoolSize(Targets.POOL_SIZE).minimumIdle(Targets.POOL_SIZE).build();
        return ActiveRecordDataSource.of(config, server.name.equals("postgresql") ? PostgreSQLBackend.class
                : MariaDBBackend.class);
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
