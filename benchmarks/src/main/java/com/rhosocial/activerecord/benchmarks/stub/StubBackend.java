package com.rhosocial.activerecord.benchmarks.stub;

import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.impl.postgresql.PostgreSQLBackend;

import java.sql.Driver;
import java.util.List;

/**
 * The stub driver as a backend of the {@code jdbc:activerecord:} driver, registered through
 * {@code META-INF/services/com.rhosocial.activerecord.backend.Backend}. It is the PostgreSQL backend (dialect,
 * capabilities, isolation levels) over {@link StubDriver}, so that a connection with {@code sourceDialect=mysql}
 * really goes through the MySQL-to-PostgreSQL translator while no byte leaves the JVM.
 *
 * <p>Stateless and thread-safe, as the SPI requires.
 */
public class StubBackend extends PostgreSQLBackend {

    @Override
    public String name() {
        return "stub";
    }

    @Override
    public List<String> aliases() {
        return List.of();
    }

    @Override
    public List<String> urlPrefixes() {
        return List.of(StubDriver.PREFIX);
    }

    @Override
    public String driverClassName() {
        return StubDriver.class.getName();
    }

    @Override
    public int defaultPort() {
        return 1234;
    }

    @Override
    public String buildUrl(ConnectionConfig config) {
        return config.url() != null ? config.url() : StubDriver.URL;
    }

    @Override
    public List<String> initSql(ConnectionConfig config) {
        return List.of();
    }

    @Override
    public Driver loadDriver() {
        StubDriver.register();
        return new StubDriver();
    }
}
