package com.rhosocial.activerecord.jdbc;

import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.impl.postgresql.PostgreSQLBackend;
import com.rhosocial.activerecord.dialect.Dialect;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link ActiveRecordDataSource}: named and code-built data sources share pools with the URL form, and thread
 * binding lets legacy JDBC code join the facade's transaction. Real PostgreSQL.
 */
class ActiveRecordDataSourceTest {

    @BeforeAll
    static void install() throws Exception {
        NamedDatasources.install();
        try (Connection c = DriverManager.getConnection(TestDatabases.postgres("ar_driver_primary"), "postgres", "");
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS bound_t (v TEXT)");
        }
    }

    @AfterAll
    static void uninstall() {
        NamedDatasources.uninstall();
        ActiveRecordDriver.shutdown(); // pools are JVM-wide; free this class's connections
    }

    private static int backendPid(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static long primaryPools(String db) {
        return ActiveRecordDriver.pools().stream().filter(p -> !p.replica() && p.url().endsWith("/" + db)).count();
    }

    @Test
    void namedDataSourceAndNamedUrlShareOnePool() throws Exception {
        ActiveRecordDataSource ds = ActiveRecordDataSource.named("orders");
        assertThat(ds.dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(ds.backend().name()).isEqualTo("postgresql");
        try (Connection a = ds.getConnection(); Connection b = DriverManager.getConnection("jdbc:activerecord:orders")) {
            assertThat(backendPid(a)).isNotEqualTo(backendPid(b));
        }
        assertThat(primaryPools("ar_driver_primary")).isEqualTo(1);
        HikariDataSource hikari = ds.unwrap(HikariDataSource.class);
        assertThat(hikari.getMaximumPoolSize()).isEqualTo(3);
    }

    @Test
    void codeBuiltDataSourceSharesThePoolOfTheSameUrlAndCredentials() throws Exception {
        String real = TestDatabases.postgres("ar_driver_shared");
        ActiveRecordDataSource ds = ActiveRecordDataSource.of(
                ConnectionConfig.builder().url(real).username("postgres").maximumPoolSize(2).build(), PostgreSQLBackend.class);
        try (Connection a = ds.getConnection()) {
            assertThat(a.unwrap(TranslatingConnection.class).sourceDialect()).isEqualTo(Dialect.POSTGRESQL);
        }
        try (Connection b = DriverManager.getConnection(TestDatabases.wrap(real) + "?maximumPoolSize=2", "postgres", null)) {
            assertThat(b.isValid(2)).isTrue();
        }
        assertThat(primaryPools("ar_driver_shared")).isEqualTo(1);
    }

    @Test
    void unknownDatasourceIsNamedInTheError() {
        assertThatThrownBy(() -> ActiveRecordDataSource.named("nosuch"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'nosuch'")
                .hasMessageContaining("orders");
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:activerecord:nosuch"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("'nosuch'")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08001"));
    }

    @Test
    @SuppressWarnings("try") // the binding is used for its scope only
    void legacyCodeInsideABoundTransactionJoinsIt() throws Exception {
        ActiveRecordDataSource ds = ActiveRecordDataSource.named("orders");
        try (Connection tx = ds.getConnection()) {
            tx.setAutoCommit(false);
            try (Statement st = tx.createStatement()) {
                st.executeUpdate("INSERT INTO bound_t VALUES ('facade')");
            }
            int pid = backendPid(tx);
            try (AutoCloseable binding = ds.bindToCurrentThread(tx)) {
                // legacy code, unchanged: DriverManager with the named URL, and with the wrapped URL of the same database
                try (Connection legacy = DriverManager.getConnection("jdbc:activerecord:orders")) {
                    assertThat(backendPid(legacy)).isEqualTo(pid);
                    try (Statement st = legacy.createStatement()) {
                        st.executeUpdate("INSERT INTO bound_t VALUES ('legacy')");
                    }
                }
                try (Connection wrapped = DriverManager.getConnection(
                        TestDatabases.wrap(TestDatabases.postgres("ar_driver_primary")) + "?maximumPoolSize=2", "postgres", null)) {
                    assertThat(backendPid(wrapped)).isEqualTo(pid);
                }
                assertThat(tx.isClosed()).as("closing a view leaves the bound connection open").isFalse();
                int otherThreadPid = CompletableFuture.supplyAsync(() -> {
                    try (Connection other = DriverManager.getConnection("jdbc:activerecord:orders")) {
                        return backendPid(other);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }).get();
                assertThat(otherThreadPid).as("other threads are not bound").isNotEqualTo(pid);
            }
            try (Connection after = DriverManager.getConnection("jdbc:activerecord:orders")) {
                assertThat(backendPid(after)).as("binding ended").isNotEqualTo(pid);
            }
            tx.rollback();
        }
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM bound_t")) {
            rs.next();
            assertThat(rs.getInt(1)).as("both inserts rolled back together").isZero();
        }
    }

    @Test
    void bindsAnOutsideConnectionSoLegacyJdbcJoinsItsTransaction() throws Exception {
        ActiveRecordDataSource ds = ActiveRecordDataSource.named("orders");
        // stands in for an XA branch's connection: not from the driver's pool, its transaction owned by someone else
        try (Connection outside = DriverManager.getConnection(TestDatabases.postgres("ar_driver_primary"), "postgres", "")) {
            outside.setAutoCommit(false);
            int pid = backendPid(outside);
            try (AutoCloseable binding = ds.bindExternalToCurrentThread(outside)) {
                try (Connection legacy = DriverManager.getConnection("jdbc:activerecord:orders")) {
                    assertThat(backendPid(legacy)).isEqualTo(pid);
                    assertThat(legacy.isWrapperFor(TranslatingConnection.class)).isTrue();
                    try (Statement st = legacy.createStatement()) {
                        st.executeUpdate("INSERT INTO bound_t VALUES ('external')");
                    }
                }
                assertThat(outside.isClosed()).as("closing the view leaves the outside connection open").isFalse();
            }
            try (Connection after = DriverManager.getConnection("jdbc:activerecord:orders")) {
                assertThat(backendPid(after)).as("binding ended").isNotEqualTo(pid);
            }
            outside.rollback();
        }
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM bound_t WHERE v = 'external'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the legacy insert rolled back with the outside transaction").isZero();
        }
    }

    @Test
    void refusesToBindAConnectionOfAnotherDatabase() throws Exception {
        ActiveRecordDataSource orders = ActiveRecordDataSource.named("orders");
        ActiveRecordDataSource shop = ActiveRecordDataSource.named("shop");
        try (Connection c = shop.getConnection()) {
            assertThatThrownBy(() -> orders.bindToCurrentThread(c)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void beanStyleDataSourceTakesUrlAndCredentials() throws Exception {
        ActiveRecordDataSource ds = new ActiveRecordDataSource();
        ds.setUrl(TestDatabases.wrap(TestDatabases.postgres("ar_driver_shared")) + "?maximumPoolSize=2&sourceDialect=mysql");
        ds.setUser("postgres");
        try (Connection c = ds.getConnection()) {
            assertThat(ds.sourceDialect()).isEqualTo(Dialect.MYSQL);
            assertThat(c.isValid(2)).isTrue();
        }
        assertThatThrownBy(() -> ds.setUser("other")).isInstanceOf(IllegalStateException.class);
        assertThat(List.of(ds.toString())).noneMatch(s -> s.contains("password"));
    }
}
