package com.rhosocial.activerecord.benchmarks.stub;

import com.rhosocial.activerecord.backend.Backend;
import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.dialect.Dialect;

import java.sql.Connection;
import java.sql.Driver;
import java.util.List;
import java.util.Set;

/**
 * The stub driver as a backend of the {@code jdbc:activerecord:} driver, registered through
 * {@code META-INF/services/com.rhosocial.activerecord.backend.Backend}. It claims the PostgreSQL dialect so that a
 * connection with {@code sourceDialect=mysql} really goes through the MySQL-to-PostgreSQL translator.
 *
 * <p>Stateless and thread-safe, as the SPI requires.
 */
public class StubBackend extends Backend {

    @Override
    public String name() {
        return "stub";
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
        return 0;
    }

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    public String buildUrl(ConnectionConfig config) {
        return config.url() != null ? config.url() : StubDriver.URL;
    }

    @Override
    public Set<Integer> supportedIsolationLevels() {
        return Set.of(Connection.TRANSACTION_READ_COMMITTED, Connection.TRANSACTION_REPEATABLE_READ,
                Connection.TRANSACTION_SERIALIZABLE);
    }

    @Override
    public Driver loadDriver() {
        StubDriver.register();
        return new StubDriver();
    }
}
