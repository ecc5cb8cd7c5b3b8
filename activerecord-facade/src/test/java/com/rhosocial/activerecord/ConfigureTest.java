package com.rhosocial.activerecord;

import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.impl.postgresql.PostgreSQLBackend;
import com.rhosocial.activerecord.backend.impl.sqlite.SQLiteBackend;
import com.rhosocial.activerecord.internal.Db;
import com.rhosocial.activerecord.internal.Registry;
import com.rhosocial.activerecord.model.Column;
import com.rhosocial.activerecord.model.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Configuration: per model, by datasource name from {@code activerecord.yaml}, the per-thread switch, and the
 * fail-fast messages (on embedded SQLite files, plus PostgreSQL for a configuration without a database).
 */
class ConfigureTest {

    /** A model bound by name in these tests. */
    @Table("widgets")
    public static class Widget extends ActiveRecord {
        public static final Finder<Widget> FIND = ActiveRecord.finder(Widget.class);
        public Long id;
        @Column("label")
        public String name;
    }

    /** Never configured on its own. */
    public static class Lonely extends ActiveRecord {
        public static final Finder<Lonely> FIND = ActiveRecord.finder(Lonely.class);
        public Long id;
    }

    public static class UnmappedField extends ActiveRecord {
        public static final Finder<UnmappedField> FIND = ActiveRecord.finder(UnmappedField.class);
        public Long id;
        public List<String> tags;
    }

    public static class NoKey extends ActiveRecord {
        public static final Finder<NoKey> FIND = ActiveRecord.finder(NoKey.class);
        public String name;
    }

    public static class BadColumn extends ActiveRecord {
        public static final Finder<BadColumn> FIND = ActiveRecord.finder(BadColumn.class);
        public Long id;
        @Column("name; DROP TABLE x")
        public String name;
    }

    private static String previousConfig;

    @BeforeAll
    static void writeConfig() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "configure-test").toAbsolutePath());
        for (String db : List.of("a", "b")) {
            Path file = dir.resolve(db + ".db");
            Files.deleteIfExists(file);
            try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE widgets (id INTEGER PRIMARY KEY AUTOINCREMENT, label TEXT)");
            }
        }
        Path yaml = dir.resolve("activerecord.yaml");
        Files.writeString(yaml, "datasources:\n"
                + "  facade_a:\n    url: jdbc:sqlite:" + dir.resolve("a.db") + "\n"
                + "  facade_b:\n    url: jdbc:sqlite:" + dir.resolve("b.db") + "\n");
        previousConfig = System.setProperty("activerecord.config", yaml.toString());
    }

    @AfterAll
    static void restoreConfig() {
        if (previousConfig == null) {
            System.clearProperty("activerecord.config");
        } else {
            System.setProperty("activerecord.config", previousConfig);
        }
    }

    @Test
    void modelBoundByDatasourceNameAndSwitchedForABlock() {
        Widget.FIND.configure("facade_a");
        Widget w = Widget.FIND.create(x -> x.name = "in a");
        assertThat(Widget.FIND.count()).isEqualTo(1);
        long inB = ActiveRecord.usingDatasource("facade_b", () -> {
            Widget.FIND.create(x -> x.name = "in b");
            Widget.FIND.create(x -> x.name = "in b too");
            return Widget.FIND.count();
        });
        assertThat(inB).isEqualTo(2);
        assertThat(Widget.FIND.count()).isEqualTo(1);
        assertThat(Widget.FIND.findOrFail(w.id).name).isEqualTo("in a");
        // the switch is restored when the block throws
        assertThatThrownBy(() -> Widget.FIND.usingDatasource("facade_b", () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(Widget.FIND.count()).isEqualTo(1);
    }

    @Test
    void unknownDatasourceNameFailsAtConfigure() {
        assertThatThrownBy(() -> Widget.FIND.configure("no_such_source"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Widget: datasource 'no_such_source' is not usable")
                .hasMessageContaining("facade_a");
    }

    @Test
    void unmappedFieldTypeFailsAtConfigureNamingModelAndField() {
        assertThatThrownBy(() -> UnmappedField.FIND.configure(sqlite("x.db"), SQLiteBackend.class))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(UnmappedField.class.getName() + ".tags has type java.util.List, which has no column mapping");
    }

    @Test
    void missingPrimaryKeyFailsAtConfigure() {
        assertThatThrownBy(() -> NoKey.FIND.configure(sqlite("x.db"), SQLiteBackend.class))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(NoKey.class.getName() + " has no primary key: add a field named 'id' or mark one with @Id");
    }

    @Test
    void columnNameThatIsNotAnIdentifierFailsAtConfigure() {
        assertThatThrownBy(() -> BadColumn.FIND.configure(sqlite("x.db"), SQLiteBackend.class))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'name; DROP TABLE x' is not a plain identifier");
    }

    @Test
    void configurationWithoutDatabaseFailsAtConfigure() {
        ConnectionConfig noDb = ConnectionConfig.builder().host("127.0.0.1").username("postgres").build();
        assertThatThrownBy(() -> Lonely.FIND.configure(noDb, PostgreSQLBackend.class))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Lonely: ConnectionConfig for backend postgresql has no database (set database(...) or url(...))");
        assertThatThrownBy(() -> Lonely.FIND.configure(noDb, null))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Lonely: no backend class given");
    }

    @Test
    void unconfiguredModelFailsOnFirstUseNamingIt() {
        Db previous = Registry.defaultDb();
        Registry.setDefault(null);
        try {
            assertThatThrownBy(() -> Lonely.FIND.count())
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("Lonely has no datasource: call Lonely's finder configure(...) or ActiveRecord.configure(...) "
                            + "first, or name a default datasource in activerecord.yaml");
        } finally {
            Registry.setDefault(previous);
        }
    }

    @Test
    void withNothingConfiguredInCodeTheYamlDefaultIsUsed() throws Exception {
        Path dir = Path.of("target", "configure-test").toAbsolutePath();
        Path yaml = dir.resolve("with-default.yaml");
        Files.writeString(yaml, "default: facade_b\n"
                + "datasources:\n"
                + "  facade_a:\n    url: jdbc:sqlite:" + dir.resolve("a.db") + "\n"
                + "  facade_b:\n    url: jdbc:sqlite:" + dir.resolve("b.db") + "\n");
        Db previous = Registry.defaultDb();
        String before = System.setProperty("activerecord.config", yaml.toString());
        Registry.setDefault(null);
        try {
            Registry.setModel(Widget.class, null);
            long inB = ActiveRecord.usingDatasource("facade_b", () -> Widget.FIND.count());
            assertThat(Registry.resolve(Lonely.class).name()).isEqualTo("facade_b");
            assertThat(Widget.FIND.query().count()).isEqualTo(inB);
        } finally {
            System.setProperty("activerecord.config", before);
            Registry.setDefault(previous);
        }
    }

    @Test
    void modelsConfiguredAlikeShareOneDatasource() {
        ConnectionConfig cfg = sqlite("shared.db");
        Lonely.FIND.configure(cfg, SQLiteBackend.class);
        Widget.FIND.configure(cfg, SQLiteBackend.class);
        assertThat(Registry.resolve(Lonely.class)).isSameAs(Registry.resolve(Widget.class));
    }

    private static ConnectionConfig sqlite(String file) {
        return ConnectionConfig.builder().database(Path.of("target", "configure-test", file).toAbsolutePath().toString()).build();
    }
}
