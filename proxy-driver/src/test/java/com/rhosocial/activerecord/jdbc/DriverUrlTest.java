package com.rhosocial.activerecord.jdbc;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Parsing of {@code jdbc:activerecord:} URLs: which forms exist and how our options leave the real URL. */
class DriverUrlTest {

    @Test
    void removesOwnOptionsFromAQueryStringAndKeepsTheDriversOnes() throws SQLException {
        DriverUrl u = DriverUrl.parse("jdbc:activerecord:postgresql://h:5432/db?sourceDialect=mysql&ssl=true&maximumPoolSize=3&ApplicationName=x");
        assertThat(u.realUrl).isEqualTo("jdbc:postgresql://h:5432/db?ssl=true&ApplicationName=x");
        assertThat(u.name).isNull();
        assertThat(u.options).containsEntry("sourceDialect", "mysql").containsEntry("maximumPoolSize", "3").hasSize(2);
    }

    @Test
    void dropsTheQuestionMarkWhenOnlyOwnOptionsWereGiven() throws SQLException {
        assertThat(DriverUrl.parse("jdbc:activerecord:mariadb://h/db?translate=false").realUrl).isEqualTo("jdbc:mariadb://h/db");
        assertThat(DriverUrl.parse("jdbc:activerecord:sqlite:/tmp/app.db?sourceDialect=mysql").realUrl).isEqualTo("jdbc:sqlite:/tmp/app.db");
        assertThat(DriverUrl.parse("jdbc:activerecord:sqlite::memory:").realUrl).isEqualTo("jdbc:sqlite::memory:");
    }

    @Test
    void usesSemicolonOptionsForSqlServer() throws SQLException {
        DriverUrl u = DriverUrl.parse("jdbc:activerecord:sqlserver://h:1433;databaseName=db;sourceDialect=mysql;encrypt=false");
        assertThat(u.realUrl).isEqualTo("jdbc:sqlserver://h:1433;databaseName=db;encrypt=false");
        assertThat(u.options).containsEntry("sourceDialect", "mysql");
    }

    @Test
    void keepsOracleUrlsIntact() throws SQLException {
        DriverUrl u = DriverUrl.parse("jdbc:activerecord:oracle:thin:@//h:1521/FREEPDB1?sourceDialect=postgresql");
        assertThat(u.realUrl).isEqualTo("jdbc:oracle:thin:@//h:1521/FREEPDB1");
        assertThat(u.options).containsEntry("sourceDialect", "postgresql");
    }

    @Test
    void readsANamedDatasourceWithOptions() throws SQLException {
        DriverUrl u = DriverUrl.parse("jdbc:activerecord:orders?translate=false");
        assertThat(u.name).isEqualTo("orders");
        assertThat(u.realUrl).isNull();
        assertThat(u.options).containsEntry("translate", "false");
    }

    @Test
    void rejectsMalformedUrlsWith08001() {
        for (String bad : new String[] {"jdbc:activerecord:", "jdbc:activerecord:  ", "jdbc:activerecord:bad name", "jdbc:postgresql://h/db"}) {
            assertThatThrownBy(() -> DriverUrl.parse(bad)).as(bad).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08001"));
        }
        assertThatThrownBy(() -> DriverUrl.parse("jdbc:activerecord:orders?user=x"))
                .hasMessageContaining("user=x").hasMessageContaining("only the driver's own options");
    }

    @Test
    void masksPasswordsInErrors() {
        assertThatThrownBy(() -> DriverUrl.parse("jdbc:activerecord:bad name?password=Secr3t"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Secr3t"));
    }
}
