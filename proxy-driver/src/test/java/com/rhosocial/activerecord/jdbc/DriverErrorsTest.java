package com.rhosocial.activerecord.jdbc;

import org.junit.jupiter.api.Test;

import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a user sees when something is wrong: clear SQLExceptions with fitting SQLStates and no password. */
class DriverErrorsTest {

    /** Frees this class's connections: pools are JVM-wide and would otherwise add up across test classes. */
    @org.junit.jupiter.api.AfterAll
    static void closePools() {
        ActiveRecordDriver.shutdown();
    }

    @Test
    void isFoundByDriverManagerOnlyForItsOwnPrefix() throws SQLException {
        Driver d = DriverManager.getDriver("jdbc:activerecord:postgresql://127.0.0.1/x");
        assertThat(d).isInstanceOf(ActiveRecordDriver.class);
        assertThat(d.acceptsURL("jdbc:postgresql://127.0.0.1/x")).isFalse();
        assertThat(d.connect("jdbc:postgresql://127.0.0.1/x", new Properties())).isNull();
    }

    @Test
    void unknownBackendIsRejectedWithTheKnownPrefixes() {
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:activerecord:db2://h/x"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("jdbc:postgresql:")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08001"));
    }

    @Test
    void serverDownFailsFastWith08001AndNoPassword() {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("password", "Secr3tPw");
        long start = System.nanoTime();
        assertThatThrownBy(() -> DriverManager.getConnection(
                "jdbc:activerecord:postgresql://127.0.0.1:1/ar_driver_down?password=Secr3tUrl&connectionTimeout=1000", p))
                .isInstanceOf(SQLException.class)
                .satisfies(e -> {
                    assertThat(((SQLException) e).getSQLState()).isEqualTo("08001");
                    assertThat(e.getMessage()).contains("127.0.0.1:1").doesNotContain("Secr3t");
                });
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    }

    @Test
    void badOptionValueNamesKeyAndValue() {
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:activerecord:postgresql://127.0.0.1/x?maximumPoolSize=lots"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("maximumPoolSize").hasMessageContaining("'lots'")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("22023"));
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:activerecord:postgresql://127.0.0.1/x?sourceDialect=cobol"))
                .hasMessageContaining("sourceDialect").hasMessageContaining("'cobol'");
    }

    @Test
    void getConnectionWithCredentialsIsNotSupportedOnTheDataSource() {
        assertThatThrownBy(() -> new ActiveRecordDataSource().getConnection("u", "p"))
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("0A000"));
        assertThatThrownBy(() -> new ActiveRecordDataSource().getConnection())
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08001"));
    }
}
