package com.rhosocial.activerecord.backend;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static com.rhosocial.activerecord.backend.TestFixtures.tls;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every property a backend emits is one the real driver knows: asked of the driver itself through
 * {@link Driver#getPropertyInfo}, so that a misspelt key (which drivers silently ignore) fails here.
 */
class DriverPropertyNamesTest {

    /** A configuration touching every mapped setting, with real PEM files. */
    static ConnectionConfig everything(String backend) {
        ConnectionConfig.Builder b = ConnectionConfig.builder().backend(backend).database("db").username("u")
                .password("p").connectTimeout(Duration.ofSeconds(5)).socketTimeout(Duration.ofSeconds(30))
                .sslMode(ConnectionConfig.SslMode.VERIFY_FULL).sslCa(tls("ca.pem")).sslCert(tls("client.pem"))
                .sslKey(tls("client.key")).sslKeyPassword("kp");
        if (!backend.equals("sqlserver")) {
            b.timeZone("UTC");
        }
        if (backend.equals("mysql")) {
            b.charset("utf8mb4");
        }
        return b.build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "mariadb", "sqlserver", "oracle"})
    void everyEmittedPropertyIsKnownToTheDriver(String name) throws Exception {
        Backend backend = Backends.forName(name);
        ConnectionConfig c = everything(name);
        Driver driver = backend.loadDriver();
        Set<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (DriverPropertyInfo info : driver.getPropertyInfo(backend.buildUrl(c), new Properties())) {
            known.add(info.name);
        }
        Set<String> emitted = new TreeSet<>(backend.driverProperties(c).stringPropertyNames());
        emitted.removeAll(Set.of("user", "password"));
        assertThat(known).as("properties %s knows", driver.getClass().getName()).containsAll(emitted);
    }
}
