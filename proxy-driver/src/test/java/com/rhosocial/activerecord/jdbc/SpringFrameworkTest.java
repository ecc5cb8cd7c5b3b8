package com.rhosocial.activerecord.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Framework fit as a legacy Spring application would use it, unchanged apart from the URL: its own HikariCP pool
 * configured the way Spring Boot configures it (jdbcUrl, username, password, pool name, no driver class name), over
 * {@code jdbc:activerecord:} and over {@link ActiveRecordDataSource}, with JdbcTemplate and a transaction manager on
 * top. Real MariaDB and PostgreSQL.
 */
class SpringFrameworkTest {

    /** Frees this class's connections: pools are JVM-wide and would otherwise add up across test classes. */
    @org.junit.jupiter.api.AfterAll
    static void closePools() {
        ActiveRecordDriver.shutdown();
    }

    @BeforeAll
    static void schema() throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabases.mariadb("ar_driver_spring"), "root", "");
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS person (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(50) NOT NULL)");
            st.execute("DELETE FROM person");
        }
        try (Connection c = DriverManager.getConnection(TestDatabases.postgres("ar_driver_spring"), "postgres", "");
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS person (id SERIAL PRIMARY KEY, name VARCHAR(50) NOT NULL)");
            st.execute("DELETE FROM person");
        }
    }

    /** What Spring Boot's DataSourceBuilder does with spring.datasource.* for HikariCP. */
    private static HikariDataSource springBootPool(String url, String user, String password) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(url);
        hc.setUsername(user);
        hc.setPassword(password);
        hc.setPoolName("application-pool");
        hc.setMaximumPoolSize(3);
        return new HikariDataSource(hc);
    }

    private static void exercise(JdbcTemplate jdbc, TransactionTemplate tx) {
        jdbc.update("INSERT INTO person (name) VALUES (?)", "ada");
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("INSERT INTO person (name) VALUES (?)", new String[] {"id"});
            ps.setString(1, "grace");
            return ps;
        }, keys);
        assertThat(keys.getKey()).isNotNull();
        try {
            tx.executeWithoutResult(status -> {
                jdbc.update("INSERT INTO person (name) VALUES (?)", "rolled back");
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // the transaction manager rolled back
        }
        List<String> names = tx.execute(status -> jdbc.queryForList("SELECT name FROM person ORDER BY id", String.class));
        assertThat(names).containsExactly("ada", "grace");
        jdbc.update("DELETE FROM person");
    }

    @Test
    void applicationHikariPoolOverTheDriverUrlRunsJdbcTemplate() {
        String url = "jdbc:activerecord:mariadb://" + TestDatabases.MARIADB_HOSTPORT + "/ar_driver_spring?maximumPoolSize=3";
        try (HikariDataSource app = springBootPool(url, "root", "")) {
            exercise(new JdbcTemplate(app), new TransactionTemplate(new DataSourceTransactionManager(app)));
        }
    }

    @Test
    void applicationHikariPoolOverActiveRecordDataSourceRunsJdbcTemplate() throws Exception {
        ActiveRecordDataSource ds = new ActiveRecordDataSource();
        ds.setUrl(TestDatabases.wrap(TestDatabases.postgres("ar_driver_spring")) + "?maximumPoolSize=3");
        ds.setUser("postgres");
        HikariConfig hc = new HikariConfig();
        hc.setDataSource(ds);
        hc.setUsername("postgres"); // Spring Boot passes spring.datasource.username along; the configured user is accepted
        hc.setPoolName("application-pool-over-ds");
        hc.setMaximumPoolSize(3);
        try (HikariDataSource app = new HikariDataSource(hc)) {
            exercise(new JdbcTemplate(app), new TransactionTemplate(new DataSourceTransactionManager(app)));
        }
    }

    @Test
    void applicationHikariPoolCreatesActiveRecordDataSourceByClassName() throws Exception {
        // HikariCP's dataSourceClassName with dataSource.* properties, bound by name onto the bean setters
        HikariConfig hc = new HikariConfig();
        hc.setDataSourceClassName(ActiveRecordDataSource.class.getName());
        hc.addDataSourceProperty("url", TestDatabases.wrap(TestDatabases.postgres("ar_driver_spring")));
        hc.addDataSourceProperty("user", "postgres");
        hc.addDataSourceProperty("maximumPoolSize", "3");
        hc.addDataSourceProperty("sourceDialect", "postgresql");
        hc.setPoolName("application-pool-by-class-name");
        hc.setMaximumPoolSize(2);
        try (HikariDataSource app = new HikariDataSource(hc)) {
            exercise(new JdbcTemplate(app), new TransactionTemplate(new DataSourceTransactionManager(app)));
            assertThat(app.unwrap(ActiveRecordDataSource.class).sourceDialect().id()).isEqualTo("postgresql");
        }
    }

    @Test
    void jdbcTemplateDirectlyOnActiveRecordDataSource() throws Exception {
        ActiveRecordDataSource ds = new ActiveRecordDataSource();
        ds.setUrl(TestDatabases.wrap(TestDatabases.postgres("ar_driver_spring")) + "?maximumPoolSize=3");
        ds.setUser("postgres");
        exercise(new JdbcTemplate(ds), new TransactionTemplate(new DataSourceTransactionManager(ds)));
    }
}
