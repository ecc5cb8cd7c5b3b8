package com.rhosocial.activerecord.backend;

import com.rhosocial.activerecord.backend.impl.mariadb.MariaDBBackend;
import com.rhosocial.activerecord.backend.impl.mysql.MySQLBackend;
import com.rhosocial.activerecord.backend.impl.oracle.OracleBackend;
import com.rhosocial.activerecord.backend.impl.postgresql.PostgreSQLBackend;
import com.rhosocial.activerecord.backend.impl.sqlite.SQLiteBackend;
import com.rhosocial.activerecord.backend.impl.sqlserver.SQLServerBackend;
import com.rhosocial.activerecord.dialect.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry: names, aliases, URL prefixes, classes, and ServiceLoader extension. */
class BackendsTest {

    @Test
    void findsEveryBuiltInByNameAndUsualAliases() {
        Map<String, Class<?>> expected = Map.ofEntries(
                Map.entry("postgresql", PostgreSQLBackend.class), Map.entry("postgres", PostgreSQLBackend.class),
                Map.entry("pg", PostgreSQLBackend.class), Map.entry("PGSQL", PostgreSQLBackend.class),
                Map.entry("mysql", MySQLBackend.class), Map.entry("mariadb", MariaDBBackend.class),
                Map.entry("oracle", OracleBackend.class), Map.entry("sqlserver", SQLServerBackend.class),
                Map.entry("mssql", SQLServerBackend.class), Map.entry("sql server", SQLServerBackend.class),
                Map.entry("sqlite", SQLiteBackend.class), Map.entry(" sqlite3 ", SQLiteBackend.class));
        expected.forEach((name, type) -> assertThat(Backends.forName(name)).as(name).isInstanceOf(type));
    }

    @Test
    void unknownNameListsTheKnownBackends() {
        assertThatThrownBy(() -> Backends.forName("db2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown backend 'db2'; known backends: mariadb, mysql, oracle, postgresql, sqlite, sqlserver");
    }

    @Test
    void findsTheBackendByJdbcUrl() {
        assertThat(Backends.forUrl("jdbc:mariadb://127.0.0.1:3306/test")).isInstanceOf(MariaDBBackend.class);
        assertThat(Backends.forUrl("jdbc:mysql://127.0.0.1:3306/test")).isInstanceOf(MySQLBackend.class);
        assertThat(Backends.forUrl("jdbc:postgresql://h/db")).isInstanceOf(PostgreSQLBackend.class);
        assertThat(Backends.forUrl("jdbc:oracle:thin:@//h:1521/FREEPDB1")).isInstanceOf(OracleBackend.class);
        assertThat(Backends.forUrl("jdbc:sqlserver://h:1433;databaseName=x")).isInstanceOf(SQLServerBackend.class);
        assertThat(Backends.forUrl("JDBC:SQLITE::memory:")).isInstanceOf(SQLiteBackend.class);
    }

    @Test
    void unknownUrlIsRejectedWithPasswordMasked() {
        assertThatThrownBy(() -> Backends.forUrl("jdbc:db2://u:secret@h:50000/x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no backend for URL 'jdbc:db2://u:****@h:50000/x'; known URL prefixes: jdbc:mysql:")
                .hasMessageNotContaining("secret");
    }

    @Test
    void forClassReturnsTheRegisteredInstance() {
        assertThat(Backends.forClass(PostgreSQLBackend.class)).isSameAs(Backends.forName("postgresql"));
    }

    @Test
    void forConfigPrefersTheBackendNameAndChecksItAgainstTheUrl() {
        assertThat(Backends.forConfig(ConnectionConfig.builder().backend("pg").build()).name()).isEqualTo("postgresql");
        assertThat(Backends.forConfig(ConnectionConfig.builder().url("jdbc:sqlite:x.db").build()).name()).isEqualTo("sqlite");
        assertThatThrownBy(() -> Backends.forConfig(ConnectionConfig.builder().build()))
                .hasMessageStartingWith("configuration names no backend: give a url or a backend");
    }

    @Test
    void everyBackendDeclaresDialectIsolationAndSavepoints() {
        assertThat(Backends.all()).hasSize(6);
        assertThat(Backends.forName("oracle").supportedIsolationLevels())
                .containsExactlyInAnyOrder(Connection.TRANSACTION_READ_COMMITTED, Connection.TRANSACTION_SERIALIZABLE);
        assertThat(Backends.forName("sqlite").supportedIsolationLevels())
                .containsExactlyInAnyOrder(Connection.TRANSACTION_READ_UNCOMMITTED, Connection.TRANSACTION_SERIALIZABLE);
        assertThat(Backends.forName("mysql").defaultIsolationLevel()).isEqualTo(Connection.TRANSACTION_REPEATABLE_READ);
        assertThat(Backends.forName("postgresql").defaultIsolationLevel()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
        assertThat(Backends.forName("mariadb").dialect()).isEqualTo(Dialect.MARIADB);
        Backends.all().forEach(b -> assertThat(b.supportsSavepoints()).as(b.name()).isTrue());
    }

    @Test
    void capabilitiesDifferWhereTheDatabasesDiffer() {
        assertThat(Backends.forName("postgresql").capabilities().upsertStyle()).isEqualTo(BackendCapabilities.UpsertStyle.ON_CONFLICT);
        assertThat(Backends.forName("mysql").capabilities().upsertStyle()).isEqualTo(BackendCapabilities.UpsertStyle.ON_DUPLICATE_KEY);
        assertThat(Backends.forName("oracle").capabilities().upsertStyle()).isEqualTo(BackendCapabilities.UpsertStyle.MERGE);
        assertThat(Backends.forName("mysql").capabilities().returning()).isFalse();
        assertThat(Backends.forName("mariadb").capabilities().returning()).isTrue();
        assertThat(Backends.forName("postgresql").capabilities().booleanType()).isTrue();
        assertThat(Backends.forName("sqlserver").capabilities().booleanType()).isFalse();
        assertThat(Backends.forName("mysql").capabilities().sequences()).isFalse();
        assertThat(Backends.forName("mariadb").capabilities().sequences()).isTrue();
    }

    /** A custom backend, as a project would add one. */
    public static class CockroachBackend extends PostgreSQLBackend {
        @Override
        public String name() {
            return "cockroachdb";
        }

        @Override
        public java.util.List<String> aliases() {
            return java.util.List.of("crdb");
        }

        @Override
        public int defaultPort() {
            return 26257;
        }
    }

    @Test
    void serviceLoaderAddsCustomBackendsFromMetaInfServices(@TempDir Path dir) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(Backend.class.getName()), CockroachBackend.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[]{dir.toUri().toURL()}, getClass().getClassLoader())) {
            Map<String, Backend> registry = Backends.load(loader);
            assertThat(registry).containsKeys("postgresql", "cockroachdb");
            assertThat(registry.get("cockroachdb").aliases()).contains("crdb");
            assertThat(registry.get("cockroachdb").buildUrl(ConnectionConfig.builder().database("bank").build()))
                    .isEqualTo("jdbc:postgresql://127.0.0.1:26257/bank");
        }
    }
}
