package com.rhosocial.activerecord.benchmarks.server;

import com.rhosocial.activerecord.benchmarks.driver.Targets;
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
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Suite 2: a prepared select by primary key and a single-row insert, each a whole request (borrow a connection,
 * prepare, bind, execute, read, close), against the local PostgreSQL and MariaDB: plain HikariCP with the server's
 * own SQL, and the {@code jdbc:activerecord:} driver with translation on and the SQL written for MySQL.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class RealServerBenchmark {

    /** The legacy application's SQL, written for MySQL. */
    static final String SELECT_MYSQL = "SELECT `id`, `name`, `email` FROM `bench_user` WHERE `id` = ?";
    static final String INSERT_MYSQL = "INSERT INTO `bench_event` (`user_id`, `kind`, `created_at`) VALUES (?, ?, NOW())";
    /** The same statements as each server takes them natively. */
    static final String SELECT_NATIVE = "SELECT id, name, email FROM bench_user WHERE id = ?";
    static final String INSERT_NATIVE = "INSERT INTO bench_event (user_id, kind, created_at) VALUES (?, ?, NOW())";

    @Param({"postgresql", "mariadb"})
    public String db;

    @Param({"hikari", "ar-on"})
    public String target;

    private DataSource dataSource;
    private String select;
    private String insert;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        Servers.Server server = Servers.prepare(db);
        Servers.truncateEvents(server);
        dataSource = Targets.create(target, server.url, server.user, server.password, "mysql");
        boolean translated = target.startsWith("ar");
        select = translated ? SELECT_MYSQL : SELECT_NATIVE;
        insert = translated ? INSERT_MYSQL : INSERT_NATIVE;
        if (selectByPk() == null) {
            throw new IllegalStateException(target + " on " + db + ": user 1 not found");
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        Targets.close(dataSource);
        Targets.closeAll();
    }

    @Benchmark
    public String selectByPk() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(select)) {
            ps.setInt(1, 1 + ThreadLocalRandom.current().nextInt(Servers.USERS));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(2) : null;
            }
        }
    }

    @Benchmark
    public int insertOne() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(insert)) {
            ps.setInt(1, 1 + ThreadLocalRandom.current().nextInt(Servers.USERS));
            ps.setString(2, "view");
            return ps.executeUpdate();
        }
    }
}
