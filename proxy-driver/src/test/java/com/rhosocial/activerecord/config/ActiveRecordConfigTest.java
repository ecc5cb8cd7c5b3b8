package com.rhosocial.activerecord.config;

import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.dialect.Dialect;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Parsing of {@code activerecord.yaml}: the shapes of the issue's example and the typed keys. */
class ActiveRecordConfigTest {

    private static final Map<String, String> NO_ENV = Map.of();

    static ActiveRecordConfig parse(String yaml) {
        return ActiveRecordConfig.parse(yaml, "test.yaml", NO_ENV::get);
    }

    @Test
    void readsTheIssueExampleWithUrlCredentialsDialectPoolAndReplica() {
        ActiveRecordConfig cfg = ActiveRecordConfig.parse("""
                datasources:
                  orders:
                    url: jdbc:postgresql://127.0.0.1:5432/test   # or backend/host/port/database keys
                    username: postgres
                    password: ${PGPASSWORD:}
                    sourceDialect: mysql        # the dialect the application's SQL is written in
                    pool: { maximumPoolSize: 10 }
                    replicas:
                      - url: jdbc:postgresql://127.0.0.1:5432/test
                """, "activerecord.yaml", Map.of("PGPASSWORD", "pw")::get);

        DataSourceDefinition orders = cfg.require("orders");
        assertThat(orders.name()).isEqualTo("orders");
        assertThat(orders.backend().name()).isEqualTo("postgresql");
        assertThat(orders.connection().url()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
        assertThat(orders.connection().username()).isEqualTo("postgres");
        assertThat(orders.connection().password()).isEqualTo("pw");
        assertThat(orders.connection().maximumPoolSize()).isEqualTo(10);
        assertThat(orders.sourceDialect()).contains(Dialect.MYSQL);
        assertThat(orders.replicas()).hasSize(1);
        DataSourceDefinition replica = orders.replicas().get(0);
        assertThat(replica.name()).isEqualTo("orders.replicas[0]");
        assertThat(replica.connection().username()).isEqualTo("postgres");
        assertThat(replica.connection().password()).isEqualTo("pw");
        assertThat(replica.sourceDialect()).contains(Dialect.MYSQL);
        assertThat(replica.backend().name()).isEqualTo("postgresql");
        assertThat(cfg.names()).containsExactly("orders");
        assertThat(cfg.defaultDatasource()).contains("orders");
        assertThat(cfg.source()).contains("activerecord.yaml");
    }

    @Test
    void buildsTheUrlFromBackendHostPortAndDatabaseKeys() {
        DataSourceDefinition ds = parse("""
                datasources:
                  shop:
                    backend: mariadb
                    host: db.example.com
                    port: 3307
                    database: shop
                    user: app
                """).require("shop");
        assertThat(ds.backend().name()).isEqualTo("mariadb");
        assertThat(ds.jdbcUrl()).isEqualTo("jdbc:mariadb://db.example.com:3307/shop");
        assertThat(ds.connection().username()).isEqualTo("app");
        assertThat(ds.sourceDialect()).isEmpty();
    }

    @Test
    void acceptsBackendAliasesAsUsersWriteThem() {
        ActiveRecordConfig cfg = parse("""
                datasources:
                  a: { backend: postgres, database: x }
                  b: { backend: MSSQL, database: y }
                  c: { backend: sqlite3, database: ':memory:' }
                """);
        assertThat(cfg.require("a").backend().name()).isEqualTo("postgresql");
        assertThat(cfg.require("b").backend().name()).isEqualTo("sqlserver");
        assertThat(cfg.require("c").backend().name()).isEqualTo("sqlite");
        assertThat(cfg.names()).containsExactly("a", "b", "c");
        assertThat(cfg.defaultDatasource()).isEmpty();
    }

    @Test
    void readsEveryPoolSettingWithMillisecondsOrUnits() {
        ConnectionConfig c = parse("""
                datasources:
                  x:
                    url: jdbc:postgresql://h/db
                    pool:
                      maximumPoolSize: 20
                      minimumIdle: 2
                      connectionTimeout: 30s
                      idleTimeout: 600000
                      maxLifetime: 30m
                      keepaliveTime: PT2M
                      leakDetectionThreshold: 1h
                      poolName: orders-pool
                """).require("x").connection();
        assertThat(c.maximumPoolSize()).isEqualTo(20);
        assertThat(c.minimumIdle()).isEqualTo(2);
        assertThat(c.connectionTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.idleTimeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(c.maxLifetime()).isEqualTo(Duration.ofMinutes(30));
        assertThat(c.keepaliveTime()).isEqualTo(Duration.ofMinutes(2));
        assertThat(c.leakDetectionThreshold()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void passesHikariSettingsWeDoNotModelOnAsPoolProperties() {
        DataSourceDefinition ds = parse("""
                datasources:
                  x:
                    url: jdbc:postgresql://h/db
                    pool: { poolName: orders-pool, validationTimeout: 3000 }
                """).require("x");
        assertThat(ds.properties()).containsEntry("pool.poolName", "orders-pool")
                .containsEntry("pool.validationTimeout", "3000");
    }

    @Test
    void replicaDoesNotInheritThePoolName() {
        DataSourceDefinition ds = parse("""
                datasources:
                  x:
                    url: jdbc:postgresql://h/db
                    pool: { poolName: orders-pool, validationTimeout: 3000 }
                    replicas: [ 'jdbc:postgresql://r/db' ]
                """).require("x");
        assertThat(ds.replicas().get(0).properties()).doesNotContainKey("pool.poolName")
                .containsEntry("pool.validationTimeout", "3000");
    }

    @Test
    void readsSslTimeoutsCharsetTimeZoneAndDriverOptions() {
        ConnectionConfig c = parse("""
                datasources:
                  x:
                    backend: mysql
                    host: 10.0.0.5
                    database: app
                    charset: utf8mb4
                    timeZone: UTC
                    ssl:
                      mode: verify-ca
                      ca: /etc/ssl/ca.pem
                      cert: /etc/ssl/client.pem
                      key: /etc/ssl/client.key
                      keyPassword: k3y
                      verifyHost: false
                    timeouts: { connect: 5s, socket: 60s, statement: 30s }
                    options:
                      useServerPrepStmts: true
                      cachePrepStmts: 'true'
                """).require("x").connection();
        assertThat(c.charset()).isEqualTo("utf8mb4");
        assertThat(c.timeZone()).isEqualTo("UTC");
        assertThat(c.sslMode()).isEqualTo(ConnectionConfig.SslMode.VERIFY_CA);
        assertThat(c.sslCa()).isEqualTo("/etc/ssl/ca.pem");
        assertThat(c.sslCert()).isEqualTo("/etc/ssl/client.pem");
        assertThat(c.sslKey()).isEqualTo("/etc/ssl/client.key");
        assertThat(c.sslKeyPassword()).isEqualTo("k3y");
        assertThat(c.sslVerifyHost()).isFalse();
        assertThat(c.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.socketTimeout()).isEqualTo(Duration.ofMinutes(1));
        assertThat(c.statementTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.options()).isEqualTo(Map.of("useServerPrepStmts", "true", "cachePrepStmts", "true"));
    }

    @Test
    void keepsEveryOtherDatasourceKeyAsAStringProperty() {
        DataSourceDefinition ds = parse("""
                datasources:
                  x:
                    url: 'jdbc:sqlite::memory:'
                    translate: true
                    readOnlyRouting: replicas
                    onUnsupported: fail
                    semantics: strict
                    slowQueryThreshold: 250ms
                    routing: { readOnly: replica, retries: 2 }
                    tags: [a, b]
                """).require("x");
        assertThat(ds.properties()).containsExactly(
                Map.entry("translate", "true"),
                Map.entry("readOnlyRouting", "replicas"),
                Map.entry("onUnsupported", "fail"),
                Map.entry("semantics", "strict"),
                Map.entry("slowQueryThreshold", "250ms"),
                Map.entry("routing.readOnly", "replica"),
                Map.entry("routing.retries", "2"),
                Map.entry("tags", "a,b"));
        assertThat(ds.property("semantics")).contains("strict");
    }

    @Test
    void replicasInheritCredentialsAndSettingsUnlessTheyGiveTheirOwn() {
        DataSourceDefinition ds = parse("""
                datasources:
                  main:
                    backend: postgresql
                    host: primary
                    database: app
                    username: writer
                    password: w
                    pool: { maximumPoolSize: 8 }
                    ssl: { mode: require }
                    onUnsupported: warn
                    replicas:
                      - host: replica1
                      - url: jdbc:postgresql://replica2:5433/app
                        username: reader
                        password: r
                        pool: { maximumPoolSize: 3 }
                        onUnsupported: fail
                      - name: analytics
                        url: jdbc:postgresql://replica3/app
                """).require("main");
        List<DataSourceDefinition> r = ds.replicas();
        assertThat(r).hasSize(3);

        assertThat(r.get(0).name()).isEqualTo("main.replicas[0]");
        assertThat(r.get(0).jdbcUrl()).isEqualTo("jdbc:postgresql://replica1:5432/app");
        assertThat(r.get(0).connection().username()).isEqualTo("writer");
        assertThat(r.get(0).connection().password()).isEqualTo("w");
        assertThat(r.get(0).connection().maximumPoolSize()).isEqualTo(8);
        assertThat(r.get(0).connection().sslMode()).isEqualTo(ConnectionConfig.SslMode.REQUIRE);
        assertThat(r.get(0).properties()).containsEntry("onUnsupported", "warn");

        assertThat(r.get(1).jdbcUrl()).isEqualTo("jdbc:postgresql://replica2:5433/app");
        assertThat(r.get(1).connection().host()).isNull();
        assertThat(r.get(1).connection().username()).isEqualTo("reader");
        assertThat(r.get(1).connection().password()).isEqualTo("r");
        assertThat(r.get(1).connection().maximumPoolSize()).isEqualTo(3);
        assertThat(r.get(1).properties()).containsEntry("onUnsupported", "fail");

        assertThat(r.get(2).name()).isEqualTo("analytics");
        assertThat(r.get(2).properties()).doesNotContainKey("name");
        assertThat(r.get(2).connection().username()).isEqualTo("writer");
    }

    @Test
    void acceptsAReplicaWrittenAsABareUrl() {
        DataSourceDefinition ds = parse("""
                datasources:
                  main:
                    url: jdbc:mariadb://primary/app
                    username: root
                    replicas:
                      - jdbc:mariadb://replica/app
                """).require("main");
        assertThat(ds.replicas().get(0).jdbcUrl()).isEqualTo("jdbc:mariadb://replica/app");
        assertThat(ds.replicas().get(0).connection().username()).isEqualTo("root");
    }

    @Test
    void defaultKeyNamesTheDefaultDatasource() {
        ActiveRecordConfig cfg = parse("""
                default: b
                datasources:
                  a: { url: 'jdbc:sqlite::memory:' }
                  b: { url: 'jdbc:sqlite::memory:' }
                """);
        assertThat(cfg.defaultDatasource()).contains("b");
    }

    @Test
    void requireOfAnUnknownNameListsTheConfiguredOnes() {
        ActiveRecordConfig cfg = parse("""
                datasources:
                  a: { url: 'jdbc:sqlite::memory:' }
                  b: { url: 'jdbc:sqlite::memory:' }
                """);
        assertThat(cfg.datasource("x")).isEmpty();
        assertThatThrownBy(() -> cfg.require("x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown datasource 'x'; configured: a, b");
    }

    @Test
    void emptyDocumentGivesAnEmptyConfiguration() {
        ActiveRecordConfig cfg = parse("# nothing yet\n");
        assertThat(cfg.names()).isEmpty();
        assertThat(cfg.defaultDatasource()).isEmpty();
        assertThatThrownBy(() -> cfg.require("a")).hasMessageContaining("configured: (none)");
    }

    @Test
    void otherTopLevelSectionsAreKeptForOtherComponents() {
        ActiveRecordConfig cfg = parse("""
                datasources: {}
                facade:
                  naming: snake_case
                  cache: { size: 100 }
                """);
        assertThat(cfg.section("facade")).containsEntry("naming", "snake_case").containsEntry("cache.size", "100");
        assertThat(cfg.section("absent")).isEmpty();
    }
}
