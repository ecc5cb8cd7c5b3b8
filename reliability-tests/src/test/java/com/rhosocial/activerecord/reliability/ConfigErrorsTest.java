package com.rhosocial.activerecord.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.rhosocial.activerecord.config.ActiveRecordConfig;
import com.rhosocial.activerecord.config.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input: malformed URLs, unknown datasource names, broken YAML, missing variables and wrong types. Each must
 * fail with one clear error that names the problem (the key, the value or the name), never a bare parser or
 * {@code NullPointerException}, and within a second (no connection attempt to a nonsense address that hangs).
 */
class ConfigErrorsTest {

    static final AtomicInteger CASES = new AtomicInteger();

    @AfterAll
    static void figures() {
        Figures.record("badConfig.cases", CASES.get());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "jdbc:activerecord:                                              | 08001 | jdbc:activerecord:",
            "jdbc:activerecord:nosuchdb://127.0.0.1/x                        | 08001 | nosuchdb",
            "jdbc:activerecord:postgresql://127.0.0.1:5432/ar_rel_cfg?maximumPoolSize=lots | 22023 | lots",
            "jdbc:activerecord:postgresql://127.0.0.1:5432/ar_rel_cfg?maximumPoolSize=0    | 22023 | maximumPoolSize",
            "jdbc:activerecord:postgresql://127.0.0.1:5432/ar_rel_cfg?sourceDialect=cobol  | 22023 | cobol",
            "jdbc:activerecord:postgresql://127.0.0.1:5432/ar_rel_cfg?onUnsupported=maybe  | 22023 | maybe",
            "jdbc:activerecord:postgresql://127.0.0.1:5432/ar_rel_cfg?connectionTimeout=-5 | 22023 | connectionTimeout",
            "jdbc:activerecord:no_such_datasource_ar_rel                     | 08001 | no_such_datasource_ar_rel",
    })
    void malformedUrlsAndOptionsFailWithTheirValueNamed(String url, String state, String named) {
        long t0 = System.nanoTime();
        SQLException e = catchThrowableOfType(SQLException.class, () -> DriverManager.getConnection(url, "postgres", ""));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat((Object) e).as(url).isNotNull();
        assertThat(e.getSQLState()).as(e.toString()).isEqualTo(state);
        assertThat(e.getMessage()).contains(named);
        assertThat(ms).isLessThan(3_000);
        CASES.incrementAndGet();
    }

    @Test
    void aUrlTheDriverDoesNotOwnIsNotAccepted() throws SQLException {
        assertThat(new com.rhosocial.activerecord.jdbc.ActiveRecordDriver().acceptsURL("jdbc:postgresql://x/y")).isFalse();
        assertThat(new com.rhosocial.activerecord.jdbc.ActiveRecordDriver().connect("jdbc:postgresql://x/y", null)).isNull();
        CASES.incrementAndGet();
    }

    private static ConfigurationException parseFails(String yaml, Map<String, String> env) {
        Throwable t = catchThrowable(() -> ActiveRecordConfig.parse(yaml, "ar_rel_test.yaml", env::get));
        assertThat(t).as(yaml).isInstanceOf(ConfigurationException.class);
        CASES.incrementAndGet();
        return (ConfigurationException) t;
    }

    @Test
    void brokenYamlNamesTheFileAndLine() {
        ConfigurationException e = parseFails("datasources:\n  main:\n    url: [unclosed\n    username: x\n", Map.of());
        assertThat(e.getMessage()).contains("ar_rel_test.yaml");
        assertThat(e.line()).isPositive();
        ConfigurationException tabs = parseFails("datasources:\n\tmain:\n\t\turl: jdbc:postgresql://h/d\n", Map.of());
        assertThat(tabs.getMessage()).contains("ar_rel_test.yaml").contains("line 2");
        ConfigurationException notMap = parseFails("datasources: 42\n", Map.of());
        assertThat(notMap.getMessage()).contains("datasources");
    }

    @Test
    void missingVariableNamesTheVariableAndTheKey() {
        ConfigurationException e = parseFails("""
                datasources:
                  main:
                    url: jdbc:postgresql://127.0.0.1:5432/test
                    password: ${AR_REL_UNSET_PASSWORD}
                """, Map.of());
        assertThat(e.getMessage()).contains("AR_REL_UNSET_PASSWORD").contains("password").contains("main");
    }

    @Test
    void wrongTypesNameTheKeyAndTheValue() {
        ConfigurationException port = parseFails("""
                datasources:
                  main:
                    backend: postgresql
                    database: test
                    port: fivefourthreetwo
                """, Map.of());
        assertThat(port.getMessage()).contains("port").contains("fivefourthreetwo");
        ConfigurationException pool = parseFails("""
                datasources:
                  main:
                    url: jdbc:postgresql://127.0.0.1:5432/test
                    pool: { maximumPoolSize: many }
                """, Map.of());
        assertThat(pool.getMessage()).contains("maximumPoolSize").contains("many");
        ConfigurationException duration = parseFails("""
                datasources:
                  main:
                    url: jdbc:postgresql://127.0.0.1:5432/test
                    pool: { connectionTimeout: soon }
                """, Map.of());
        assertThat(duration.getMessage()).contains("connectionTimeout").contains("soon");
        ConfigurationException ssl = parseFails("""
                datasources:
                  main:
                    url: jdbc:postgresql://127.0.0.1:5432/test
                    ssl: { mode: sometimes }
                """, Map.of());
        assertThat(ssl.getMessage()).contains("sometimes");
        ConfigurationException unknownBackend = parseFails("""
                datasources:
                  main:
                    backend: db2
                    database: x
                """, Map.of());
        assertThat(unknownBackend.getMessage()).contains("db2");
    }

    @Test
    void unknownDatasourceAndBrokenFileThroughTheDriverNameTheProblem() throws Exception {
        Path yaml = Path.of("target", "ar_rel_broken.yaml").toAbsolutePath();
        Files.createDirectories(yaml.getParent());
        Files.writeString(yaml, "datasources:\n  good:\n    url: jdbc:postgresql://127.0.0.1:5432/test\n    pool: { maximumPoolSize: x }\n");
        String previous = System.getProperty(ActiveRecordConfig.CONFIG_PROPERTY);
        System.setProperty(ActiveRecordConfig.CONFIG_PROPERTY, yaml.toString());
        try {
            SQLException e = catchThrowableOfType(SQLException.class,
                    () -> DriverManager.getConnection("jdbc:activerecord:good"));
            assertThat(e.getSQLState()).isEqualTo("08001");
            assertThat(e.getMessage()).contains("ar_rel_broken.yaml").contains("maximumPoolSize");
            CASES.incrementAndGet();
            System.setProperty(ActiveRecordConfig.CONFIG_PROPERTY, yaml.resolveSibling("ar_rel_absent.yaml").toString());
            SQLException missing = catchThrowableOfType(SQLException.class,
                    () -> DriverManager.getConnection("jdbc:activerecord:good"));
            assertThat(missing.getMessage()).contains("ar_rel_absent.yaml");
            CASES.incrementAndGet();
        } finally {
            if (previous == null) {
                System.clearProperty(ActiveRecordConfig.CONFIG_PROPERTY);
            } else {
                System.setProperty(ActiveRecordConfig.CONFIG_PROPERTY, previous);
            }
        }
    }
}
