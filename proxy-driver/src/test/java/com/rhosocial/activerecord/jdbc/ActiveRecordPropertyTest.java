package com.rhosocial.activerecord.jdbc;

import com.rhosocial.activerecord.dialect.Dialect;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Keeps {@link ActiveRecordProperty}, {@code getPropertyInfo} and the documentation's option table in step, and
 * checks the typed getters and the precedence of URL over Properties.
 */
class ActiveRecordPropertyTest {

    static final Path DOC = Path.of("..", "docs", "swapping-the-jdbc-url.md");
    static final String BEGIN = "<!-- BEGIN generated option table (ActiveRecordPropertyTest) -->";
    static final String END = "<!-- END generated option table -->";

    @Test
    void keysAreSortedUniqueAndLowerCamelCase() {
        List<String> keys = Arrays.stream(ActiveRecordProperty.values()).map(ActiveRecordProperty::key).toList();
        List<String> sorted = new ArrayList<>(keys);
        sorted.sort(String::compareTo);
        assertThat(keys).isEqualTo(sorted).doesNotHaveDuplicates();
        for (ActiveRecordProperty p : ActiveRecordProperty.values()) {
            assertThat(p.key()).matches("[a-z][A-Za-z]*");
            assertThat(p.name()).as("constant named after its key")
                    .isEqualTo(p.key().replaceAll("([A-Z])", "_$1").toUpperCase(java.util.Locale.ROOT));
            assertThat(p.description()).isNotBlank().endsWith(".");
        }
    }

    @Test
    void getPropertyInfoListsExactlyTheEnum() throws SQLException {
        DriverPropertyInfo[] info = new ActiveRecordDriver().getPropertyInfo(
                "jdbc:activerecord:postgresql://h/db?sourceDialect=mysql", new Properties());
        ActiveRecordProperty[] all = ActiveRecordProperty.values();
        assertThat(info).hasSize(all.length);
        for (int i = 0; i < all.length; i++) {
            assertThat(info[i].name).isEqualTo(all[i].key());
            assertThat(info[i].description).isEqualTo(all[i].description());
            assertThat(info[i].choices).isEqualTo(all[i].choices().length == 0 ? null : all[i].choices());
        }
        assertThat(info[ActiveRecordProperty.SOURCE_DIALECT.ordinal()].value).isEqualTo("mysql");
        assertThat(info[ActiveRecordProperty.MAXIMUM_POOL_SIZE.ordinal()].value).isEqualTo("10");
    }

    @Test
    void dataSourceHasABeanSetterForEveryOption() throws Exception {
        for (ActiveRecordProperty p : ActiveRecordProperty.values()) {
            String setter = "set" + Character.toUpperCase(p.key().charAt(0)) + p.key().substring(1);
            assertThat(ActiveRecordDataSource.class.getMethod(setter, String.class)).as(setter).isNotNull();
        }
        long setters = Arrays.stream(ActiveRecordDataSource.class.getMethods())
                .filter(m -> m.getName().startsWith("set") && m.getParameterCount() == 1 && m.getParameterTypes()[0] == String.class)
                .filter(m -> ActiveRecordProperty.forKey(Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4)) != null)
                .count();
        assertThat(setters).isEqualTo(ActiveRecordProperty.values().length);
    }

    @Test
    void typedGettersNameKeyAndValueWhenTheValueIsWrong() {
        assertThatThrownBy(() -> ActiveRecordProperty.MAXIMUM_POOL_SIZE.getInteger(Map.of("maximumPoolSize", "ten")))
                .isInstanceOf(SQLException.class).hasMessageContaining("maximumPoolSize").hasMessageContaining("'ten'")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("22023"));
        assertThatThrownBy(() -> ActiveRecordProperty.TRANSLATE.getBoolean(Map.of("translate", "yes")))
                .hasMessageContaining("translate").hasMessageContaining("'yes'");
        assertThatThrownBy(() -> ActiveRecordProperty.SOURCE_DIALECT.getDialect(Map.of("sourceDialect", "cobol")))
                .hasMessageContaining("sourceDialect").hasMessageContaining("'cobol'");
        assertThatThrownBy(() -> ActiveRecordProperty.ON_UNSUPPORTED.getChoice(Map.of("onUnsupported", "ignore")))
                .hasMessageContaining("onUnsupported").hasMessageContaining("passthrough, fail");
    }

    @Test
    void typedGettersFallBackToDefaults() throws SQLException {
        Map<String, String> none = Map.of();
        assertThat(ActiveRecordProperty.TRANSLATE.getBoolean(none)).isTrue();
        assertThat(ActiveRecordProperty.MAXIMUM_POOL_SIZE.getInteger(none)).isEqualTo(10);
        assertThat(ActiveRecordProperty.MINIMUM_IDLE.getInteger(none)).isNull();
        assertThat(ActiveRecordProperty.SOURCE_DIALECT.getDialect(none)).isNull();
        assertThat(ActiveRecordProperty.SOURCE_DIALECT.getDialect(Map.of("sourceDialect", "postgres"))).isEqualTo(Dialect.POSTGRESQL);
    }

    @Test
    void timesTakeMillisecondsOrADurationWithAUnit() throws SQLException {
        assertThat(ActiveRecordProperty.CONNECTION_TIMEOUT.getMillis(Map.of())).isEqualTo(30_000L);
        assertThat(ActiveRecordProperty.CONNECTION_TIMEOUT.getMillis(Map.of("connectionTimeout", "1500"))).isEqualTo(1_500L);
        assertThat(ActiveRecordProperty.SLOW_QUERY_THRESHOLD.getMillis(Map.of("slowQueryThreshold", "250ms"))).isEqualTo(250L);
        assertThat(ActiveRecordProperty.REPLICA_RETRY_INTERVAL.getMillis(Map.of("replicaRetryInterval", "30s"))).isEqualTo(30_000L);
        assertThat(ActiveRecordProperty.MAX_LIFETIME.getMillis(Map.of("maxLifetime", "2m"))).isEqualTo(120_000L);
        assertThat(ActiveRecordProperty.IDLE_TIMEOUT.getMillis(Map.of("idleTimeout", "1h"))).isEqualTo(3_600_000L);
        assertThatThrownBy(() -> ActiveRecordProperty.IDLE_TIMEOUT.getMillis(Map.of("idleTimeout", "soon")))
                .hasMessageContaining("idleTimeout").hasMessageContaining("'soon'");
    }

    @Test
    void urlOptionsWinOverProperties() throws SQLException {
        Properties p = new Properties();
        p.setProperty("sourceDialect", "sqlite");
        p.setProperty("slowQueryThreshold", "77");
        p.setProperty("user", "postgres");
        Resolver.Resolved r = Resolver.resolve("jdbc:activerecord:postgresql://127.0.0.1:5432/ar_driver_prec?sourceDialect=mysql", p);
        assertThat(r.settings().source).isEqualTo(Dialect.MYSQL);
        assertThat(r.settings().slowNanos).isEqualTo(77_000_000L);
        assertThat(r.cluster().primary.url).isEqualTo("jdbc:postgresql://127.0.0.1:5432/ar_driver_prec");
        assertThat(r.cluster().primary.key.properties()).containsOnlyKeys("user");
    }

    /** Regenerates the option table of docs/swapping-the-jdbc-url.md; fails (once) when it had drifted. */
    @Test
    void documentationTableMatchesTheEnum() throws Exception {
        StringBuilder t = new StringBuilder();
        t.append(BEGIN).append('\n');
        t.append("| Option | Default | Values | Description |\n");
        t.append("|---|---|---|---|\n");
        for (ActiveRecordProperty p : ActiveRecordProperty.values()) {
            t.append("| `").append(p.key()).append("` | ")
                    .append(p.defaultValue() == null ? "(none)" : "`" + p.defaultValue() + "`").append(" | ")
                    .append(p.choices().length > 0 ? String.join(", ", p.choices())
                            : (p.defaultValue() != null && p.defaultValue().matches("\\d+"))
                            || p == ActiveRecordProperty.MINIMUM_IDLE ? "number" : "text")
                    .append(" | ").append(p.description().replace("|", "\\|")).append(" |\n");
        }
        t.append(END);
        String doc = Files.readString(DOC);
        int b = doc.indexOf(BEGIN);
        int e = doc.indexOf(END);
        assertThat(b).as("markers in " + DOC).isNotNegative();
        assertThat(e).isGreaterThan(b);
        String current = doc.substring(b, e + END.length());
        if (!current.equals(t.toString())) {
            Files.writeString(DOC, doc.substring(0, b) + t + doc.substring(e + END.length()));
            fail(DOC + " was out of date with ActiveRecordProperty and has been regenerated; review and commit it");
        }
    }
}
