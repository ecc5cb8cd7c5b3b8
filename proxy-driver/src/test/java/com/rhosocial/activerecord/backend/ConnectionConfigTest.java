package com.rhosocial.activerecord.backend;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The builder's defaults and limits, {@code fromEnv}, and copying. */
class ConnectionConfigTest {

    @Test
    void defaultsAreHikariCpsAndEverythingElseIsUnset() {
        ConnectionConfig c = ConnectionConfig.builder().build();
        assertThat(c.maximumPoolSize()).isEqualTo(10);
        assertThat(c.minimumIdle()).isNull();
        assertThat(c.connectionTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.idleTimeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(c.maxLifetime()).isEqualTo(Duration.ofMinutes(30));
        assertThat(c.keepaliveTime()).isEqualTo(Duration.ofMinutes(2));
        assertThat(c.leakDetectionThreshold()).isEqualTo(Duration.ZERO);
        assertThat(c.host()).isNull();
        assertThat(c.port()).isNull();
        assertThat(c.sslMode()).isNull();
        assertThat(c.connectTimeout()).isNull();
        assertThat(c.options()).isEmpty();
    }

    @Test
    void builderRejectsOutOfRangeValuesWithTheValue() {
        assertThatThrownBy(() -> ConnectionConfig.builder().port(70000)).hasMessage("port must be 1..65535, got 70000");
        assertThatThrownBy(() -> ConnectionConfig.builder().maximumPoolSize(0)).hasMessage("maximumPoolSize must be >= 1, got 0");
        assertThatThrownBy(() -> ConnectionConfig.builder().connectTimeout(Duration.ZERO))
                .hasMessage("connectTimeout must be a positive duration, got PT0S");
        assertThatThrownBy(() -> ConnectionConfig.builder().maximumPoolSize(2).minimumIdle(3).build())
                .hasMessage("minimumIdle (3) must not exceed maximumPoolSize (2)");
        assertThatThrownBy(() -> ConnectionConfig.SslMode.of("strict"))
                .hasMessage("sslMode must be one of disable, prefer, require, verify-ca, verify-full; got 'strict'");
    }

    @Test
    void fromEnvReadsThePrefixedVariables() {
        ConnectionConfig c = ConnectionConfig.fromEnv("ORDERS", Map.of(
                "ORDERS_BACKEND", "postgresql", "ORDERS_HOST", "db", "ORDERS_PORT", "6432",
                "ORDERS_DATABASE", "orders", "ORDERS_USER", "app", "ORDERS_PASSWORD", "pw",
                "ORDERS_POOL_SIZE", "4", "ORDERS_SSL_MODE", "verify-full", "ORDERS_SSL_CA", "/ca.pem",
                "ORDERS_TIMEZONE", "UTC"));
        assertThat(c.backend()).isEqualTo("postgresql");
        assertThat(c.host()).isEqualTo("db");
        assertThat(c.port()).isEqualTo(6432);
        assertThat(c.database()).isEqualTo("orders");
        assertThat(c.username()).isEqualTo("app");
        assertThat(c.password()).isEqualTo("pw");
        assertThat(c.maximumPoolSize()).isEqualTo(4);
        assertThat(c.sslMode()).isEqualTo(ConnectionConfig.SslMode.VERIFY_FULL);
        assertThat(c.sslCa()).isEqualTo("/ca.pem");
        assertThat(c.timeZone()).isEqualTo("UTC");
        assertThat(Backends.forConfig(c).buildUrl(c)).isEqualTo("jdbc:postgresql://db:6432/orders");
    }

    @Test
    void fromEnvNamesTheVariableThatDoesNotParse() {
        assertThatThrownBy(() -> ConnectionConfig.fromEnv("X_", Map.of("X_PORT", "http")))
                .hasMessage("X_PORT must be an integer, got 'http'");
    }

    @Test
    void toBuilderCopiesEverything() {
        ConnectionConfig c = ConnectionConfig.builder().backend("mysql").host("h").port(3307).database("d")
                .username("u").password("p").charset("utf8mb4").timeZone("UTC").maximumPoolSize(5).minimumIdle(1)
                .connectTimeout(Duration.ofSeconds(3)).socketTimeout(Duration.ofSeconds(4))
                .statementTimeout(Duration.ofSeconds(5)).sslMode(ConnectionConfig.SslMode.REQUIRE).sslCa("/ca")
                .sslCert("/c").sslKey("/k").sslKeyPassword("kp").sslVerifyHost(false).option("a", "b").build();
        assertThat(c.toBuilder().build()).isEqualTo(c).hasSameHashCodeAs(c);
        assertThat(c.toBuilder().port((Integer) null).build().port()).isNull();
    }
}
