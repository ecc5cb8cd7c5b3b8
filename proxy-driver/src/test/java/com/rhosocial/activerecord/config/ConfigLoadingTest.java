package com.rhosocial.activerecord.config;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where {@link ActiveRecordConfig#load()} looks: system property, then environment variable, then the classpath.
 * The classpath case uses a private class loader, so that no {@code activerecord.yaml} lands on this module's test
 * classpath (other tests rely on its absence).
 */
class ConfigLoadingTest {

    @TempDir
    Path dir;

    @AfterEach
    void clearProperty() {
        System.clearProperty(ActiveRecordConfig.CONFIG_PROPERTY);
    }

    private Path write(String name, String datasource) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, "datasources:\n  " + datasource + ": { url: 'jdbc:sqlite::memory:' }\n");
        return f;
    }

    @Test
    void systemPropertyWinsOverTheEnvironmentVariable() throws Exception {
        Path a = write("a.yaml", "fromProperty");
        Path b = write("b.yaml", "fromEnv");
        System.setProperty(ActiveRecordConfig.CONFIG_PROPERTY, a.toString());
        ActiveRecordConfig cfg = ActiveRecordConfig.load(Map.of(ActiveRecordConfig.CONFIG_ENV, b.toString())::get);
        assertThat(cfg.names()).containsExactly("fromProperty");
        assertThat(cfg.source()).contains(a.toString());
    }

    @Test
    void environmentVariableIsUsedWithoutTheProperty() throws Exception {
        Path b = write("b.yaml", "fromEnv");
        ActiveRecordConfig cfg = ActiveRecordConfig.load(Map.of(ActiveRecordConfig.CONFIG_ENV, b.toString())::get);
        assertThat(cfg.names()).containsExactly("fromEnv");
    }

    @Test
    void classpathResourceIsTheLastResort() throws Exception {
        write("activerecord.yaml", "fromClasspath");
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[]{dir.toUri().toURL()}, previous)) {
            Thread.currentThread().setContextClassLoader(loader);
            ActiveRecordConfig cfg = ActiveRecordConfig.load(Map.<String, String>of()::get);
            assertThat(cfg.names()).containsExactly("fromClasspath");
            assertThat(cfg.source()).contains("classpath:activerecord.yaml");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Test
    void nothingConfiguredGivesAnEmptyConfiguration() {
        ActiveRecordConfig cfg = ActiveRecordConfig.load(Map.<String, String>of()::get);
        assertThat(cfg.names()).isEmpty();
    }

    @Test
    void aNamedFileThatDoesNotExistIsAnError() {
        System.setProperty(ActiveRecordConfig.CONFIG_PROPERTY, dir.resolve("missing.yaml").toString());
        assertThatThrownBy(() -> ActiveRecordConfig.load(Map.<String, String>of()::get))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("system property activerecord.config names configuration file '"
                        + dir.resolve("missing.yaml") + "', which does not exist");
    }

    @Test
    void classpathPrefixInThePropertyReadsAResource() throws Exception {
        write("custom.yaml", "custom");
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[]{dir.toUri().toURL()}, previous)) {
            Thread.currentThread().setContextClassLoader(loader);
            System.setProperty(ActiveRecordConfig.CONFIG_PROPERTY, "classpath:custom.yaml");
            assertThat(ActiveRecordConfig.load(Map.<String, String>of()::get).names()).containsExactly("custom");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Test
    void loadPathReportsTheFileInErrors() throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "datasources:\n  x:\n    url: jdbc:postgresql://h/d\n    pool: { maximumPoolSize: ten }\n");
        assertThatThrownBy(() -> ActiveRecordConfig.load(f, Map.<String, String>of()::get))
                .hasMessage(f + ", line 4: datasource 'x': pool.maximumPoolSize must be an integer, got 'ten'");
        assertThatThrownBy(() -> ActiveRecordConfig.load(dir.resolve("nope.yaml")))
                .hasMessage(dir.resolve("nope.yaml") + ": configuration file does not exist");
    }
}
