package com.rhosocial.activerecord.config;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every configuration mistake gives one message naming the file, line, datasource, key and the offending value. */
class ConfigurationErrorsTest {

    private static ConfigurationException error(String yaml) {
        return catchThrowableOfType(ConfigurationException.class,
                () -> ActiveRecordConfig.parse(yaml, "app.yaml", Map.<String, String>of()::get));
    }

    @Test
    void wrongTypeNamesKeyAndValue() {
        ConfigurationException e = error("""
                datasources:
                  orders:
                    url: jdbc:postgresql://127.0.0.1/test
                    pool:
                      maximumPoolSize: ten
                """);
        assertThat(e).hasMessage("app.yaml, line 5: datasource 'orders': pool.maximumPoolSize must be an integer,"
                + " got 'ten'");
        assertThat(e.source()).isEqualTo("app.yaml");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.datasource()).isEqualTo("orders");
        assertThat(e.key()).isEqualTo("pool.maximumPoolSize");
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownBackendListsTheKnownOnes() {
        ConfigurationException e = error("""
                datasources:
                  legacy:
                    backend: db2
                    host: mainframe
                """);
        assertThat(e).hasMessage("app.yaml, line 3: datasource 'legacy': backend: unknown backend 'db2'; known"
                + " backends: mariadb, mysql, oracle, postgresql, sqlite, sqlserver");
    }

    @Test
    void missingUrlAndBackendIsAMissingRequiredKey() {
        ConfigurationException e = error("""
                datasources:
                  orders:
                    username: postgres
                """);
        assertThat(e.getMessage()).startsWith("app.yaml, line 3: datasource 'orders': missing required key: give"
                + " 'url' (jdbc:...) or 'backend'");
    }

    @Test
    void sqliteWithoutDatabaseIsAMissingRequiredKey() {
        assertThat(error("""
                datasources:
                  local: { backend: sqlite }
                """)).hasMessageContaining("datasource 'local': missing required key 'database' for backend sqlite"
                + " (a file path or :memory:)");
    }

    @Test
    void urlWithoutJdbcSchemeIsMalformed() {
        assertThat(error("""
                datasources:
                  orders:
                    url: postgresql://127.0.0.1:5432/test
                """)).hasMessage("app.yaml, line 3: datasource 'orders': url: malformed URL"
                + " 'postgresql://127.0.0.1:5432/test': a JDBC URL starts with jdbc: (for example"
                + " jdbc:postgresql://127.0.0.1:5432/test)");
    }

    @Test
    void urlWithANonNumericPortIsMalformed() {
        assertThat(error("""
                datasources:
                  orders:
                    url: jdbc:postgresql://127.0.0.1:54x2/test
                """)).hasMessageContaining("malformed URL 'jdbc:postgresql://127.0.0.1:54x2/test': port '54x2' is"
                + " not a number");
    }

    @Test
    void aPasswordWithASlashInTheUrlsUserInfoIsNeitherShownNorTakenForThePort() {
        assertThat(error("""
                datasources:
                  orders:
                    url: jdbc:postgresql://app:Hunter2/Secret@127.0.0.1:54x2/test
                """)).hasMessageContaining("malformed URL 'jdbc:postgresql://app:****@127.0.0.1:54x2/test': port '54x2'")
                .hasMessageNotContaining("Hunter2").hasMessageNotContaining("Secret");
    }

    @Test
    void urlOfAnUnknownDriverListsTheKnownPrefixes() {
        assertThat(error("""
                datasources:
                  orders:
                    url: jdbc:db2://host:50000/x
                """)).hasMessageContaining("no backend for URL 'jdbc:db2://host:50000/x'; known URL prefixes:"
                + " jdbc:mysql:, jdbc:mariadb:, jdbc:postgresql:, jdbc:oracle:, jdbc:sqlserver:, jdbc:sqlite:");
    }

    @Test
    void malformedUrlMessageMasksTheEmbeddedPassword() {
        ConfigurationException e = error("""
                datasources:
                  orders:
                    url: postgresql://app:hunter2@127.0.0.1/test
                """);
        assertThat(e.getMessage()).doesNotContain("hunter2").contains("app:****@");
    }

    @Test
    void backendThatDisagreesWithTheUrlIsRejected() {
        assertThat(error("""
                datasources:
                  orders:
                    backend: mariadb
                    url: jdbc:mysql://127.0.0.1:3306/test
                """)).hasMessageContaining("backend 'mariadb' does not serve URL 'jdbc:mysql://127.0.0.1:3306/test'");
    }

    @Test
    void brokenYamlNamesFileAndLineWithoutRawParserDump() {
        ConfigurationException e = error("""
                datasources:
                  orders:
                    url: jdbc:postgresql://127.0.0.1/test
                   username: postgres
                """);
        assertThat(e.getMessage()).startsWith("app.yaml, line 4: broken YAML: ");
        assertThat(e.getCause()).isNotNull();
    }

    @Test
    void unquotedValueEndingInAColonGetsAQuotingHint() {
        assertThat(error("""
                datasources:
                  local:
                    url: jdbc:sqlite::memory:
                """)).hasMessageContaining("app.yaml, line 3: broken YAML: mapping values are not allowed here")
                .hasMessageContaining("must be quoted, as in url: 'jdbc:sqlite::memory:'");
    }

    @Test
    void duplicateKeyIsReported() {
        assertThat(error("""
                datasources:
                  orders:
                    url: jdbc:postgresql://127.0.0.1/test
                    url: jdbc:postgresql://127.0.0.2/test
                """)).hasMessageContaining("line 4: datasource 'orders': url: duplicate key 'url'");
    }

    @Test
    void unknownPoolSettingListsTheKnownOnes() {
        assertThat(error("""
                datasources:
                  orders:
                    url: jdbc:postgresql://127.0.0.1/test
                    pool: { maxPoolSize: 5 }
                """)).hasMessageContaining("pool.maxPoolSize: unknown pool setting 'maxPoolSize'; known:"
                + " connectionTimeout, idleTimeout, keepaliveTime, leakDetectionThreshold, maxLifetime,"
                + " maximumPoolSize, minimumIdle");
    }

    @Test
    void unknownSslSettingAndBadSslModeAreReported() {
        assertThat(error("""
                datasources:
                  o: { url: 'jdbc:postgresql://h/d', ssl: { rootcert: /x } }
                """)).hasMessageContaining("ssl.rootcert: unknown ssl setting 'rootcert'; known: ca, cert, key,"
                + " keyPassword, mode, verifyHost");
        assertThat(error("""
                datasources:
                  o: { url: 'jdbc:postgresql://h/d', ssl: { mode: strict } }
                """)).hasMessageContaining("ssl.mode must be one of disable, prefer, require, verify-ca, verify-full;"
                + " got 'strict'");
    }

    @Test
    void badDurationNamesTheAcceptedForms() {
        assertThat(error("""
                datasources:
                  o: { url: 'jdbc:postgresql://h/d', pool: { connectionTimeout: soon } }
                """)).hasMessageContaining("pool.connectionTimeout must be a duration (milliseconds, or a number"
                + " with ms, s, m, h, d, as in 30s), got 'soon'");
    }

    @Test
    void builderLimitsAreReportedWithTheKey() {
        assertThat(error("""
                datasources:
                  o:
                    url: jdbc:postgresql://h/d
                    pool: { maximumPoolSize: 0 }
                """)).hasMessageContaining("line 4: datasource 'o': pool.maximumPoolSize: maximumPoolSize must be"
                + " >= 1, got 0");
        assertThat(error("""
                datasources:
                  o:
                    url: jdbc:postgresql://h/d
                    pool: { maximumPoolSize: 2, minimumIdle: 5 }
                """)).hasMessageContaining("minimumIdle (5) must not exceed maximumPoolSize (2)");
    }

    @Test
    void unknownSourceDialectIsReported() {
        assertThat(error("""
                datasources:
                  o: { url: 'jdbc:postgresql://h/d', sourceDialect: cobol }
                """)).hasMessageContaining("sourceDialect: unknown dialect 'cobol'");
    }

    @Test
    void sslOnSqliteIsRejectedAtLoadTime() {
        assertThat(error("""
                datasources:
                  local:
                    backend: sqlite
                    database: app.db
                    ssl: { mode: require }
                """)).hasMessageContaining("line 5: datasource 'local': ssl: SQLite is an embedded database without"
                + " a network connection: TLS settings make no sense");
    }

    @Test
    void defaultNamingAnUnknownDatasourceIsReported() {
        assertThat(error("""
                default: reports
                datasources:
                  orders: { url: 'jdbc:sqlite::memory:' }
                """)).hasMessage("app.yaml, line 1: default names unknown datasource 'reports'; configured:"
                + " orders");
    }

    @Test
    void datasourcesThatIsNotAMappingIsReported() {
        assertThatThrownBy(() -> ActiveRecordConfig.parse("datasources: [a, b]", "app.yaml", k -> null))
                .hasMessage("app.yaml, line 1: datasources must be a mapping of names to datasources,"
                        + " got a list");
    }

    @Test
    void wrongTypeOfASecretDoesNotEchoTheValue() {
        ConfigurationException e = error("""
                datasources:
                  o:
                    url: jdbc:postgresql://h/d
                    ssl: { keyPassword: [hunter2] }
                """);
        assertThat(e.getMessage()).doesNotContain("hunter2").contains("ssl.keyPassword: expected a single value");
    }

    @Test
    void urlTogetherWithHostIsRejectedRatherThanIgnored() {
        assertThat(error("""
                datasources:
                  orders:
                    url: jdbc:postgresql://127.0.0.1/test
                    host: db.example.com
                """)).hasMessage("app.yaml, line 4: datasource 'orders': host: give either url or host/port/database,"
                + " not both ('host' would be ignored next to the url)");
    }
}
