package com.rhosocial.activerecord.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs translated statements with parameters on the real servers (PostgreSQL 15, MariaDB 10.11, SQLite) and
 * checks the rows, binding each target {@code ?} through the parameter map as a driver would. The broad
 * differential corpus lives in the {@code differential} package; this test pins the parameter-map contract.
 */
class TranslatedSqlOnRealServersTest {
    private static final String PG = System.getenv().getOrDefault("AR_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String MARIADB = System.getenv().getOrDefault("AR_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test");

    private final SqlTranslator translator = SqlTranslator.builder().build();

    private static void fixture(Connection c, String createSchema, String prefix) throws Exception {
        try (Statement s = c.createStatement()) {
            if (createSchema != null) {
                s.execute(createSchema);
            }
            s.execute("DROP TABLE IF EXISTS " + prefix + "items");
            s.execute("CREATE TABLE " + prefix + "items (id INTEGER PRIMARY KEY, name VARCHAR(20), qty INTEGER)");
            s.execute("INSERT INTO " + prefix + "items VALUES (1, 'a', 5), (2, 'b', NULL), (3, 'c', 7), (4, 'd', 1), (5, 'e', 3)");
        }
    }

    private List<String> run(Connection c, Translation t, Object... sourceParams) throws Exception {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(t.sql())) {
            for (int i = 1; i <= t.targetParameterCount(); i++) {
                ps.setObject(i, sourceParams[t.sourceParameter(i) - 1]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + ":" + rs.getString(2));
                }
            }
        }
        return rows;
    }

    @Test
    void mysqlCommaLimitWithParametersGivesTheSameRowsOnPostgresAndSqlite() throws Exception {
        String sql = "SELECT id, name FROM ar_translator_rt.items WHERE qty > ? ORDER BY id LIMIT ?, ?";
        try (Connection pg = DriverManager.getConnection(PG, "postgres", "")) {
            fixture(pg, "CREATE SCHEMA IF NOT EXISTS ar_translator_rt", "ar_translator_rt.");
            Translation t = translator.translate(sql, Dialect.MYSQL, Dialect.POSTGRESQL);
            assertThat(t.parameterMap()).containsExactly(1, 3, 2);
            assertThat(run(pg, t, 2, 1, 2)).containsExactly("3:c", "5:e");
        }
        try (Connection lite = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement s = lite.createStatement()) {
                s.execute("ATTACH DATABASE ':memory:' AS ar_translator_rt");
            }
            fixture(lite, null, "ar_translator_rt.");
            Translation t = translator.translate(sql, Dialect.MYSQL, Dialect.SQLITE);
            assertThat(run(lite, t, 2, 1, 2)).containsExactly("3:c", "5:e");
        }
    }

    @Test
    void sqlServerTopWithParameterRunsOnMariaDb() throws Exception {
        try (Connection my = DriverManager.getConnection(MARIADB, "root", "")) {
            try (Statement s = my.createStatement()) {
                s.execute("CREATE DATABASE IF NOT EXISTS ar_translator_rt");
            }
            fixture(my, null, "ar_translator_rt.");
            Translation t = translator.translate(
                    "SELECT TOP (?) id, name FROM ar_translator_rt.items WHERE qty >= ? ORDER BY qty DESC",
                    Dialect.SQLSERVER, Dialect.MARIADB);
            assertThat(t.parameterMap()).containsExactly(2, 1);
            assertThat(run(my, t, 2, 3)).containsExactly("3:c", "1:a");
        }
    }

    @Test
    void postgresNullOrderingIsKeptOnMariaDb() throws Exception {
        try (Connection my = DriverManager.getConnection(MARIADB, "root", "")) {
            try (Statement s = my.createStatement()) {
                s.execute("CREATE DATABASE IF NOT EXISTS ar_translator_rt");
            }
            fixture(my, null, "ar_translator_rt.");
            // PostgreSQL sorts NULLs last in ascending order, MariaDB first: the translation must keep PostgreSQL's.
            Translation t = translator.translate("SELECT id, qty FROM ar_translator_rt.items ORDER BY qty LIMIT ?",
                    Dialect.POSTGRESQL, Dialect.MARIADB);
            assertThat(run(my, t, 5)).containsExactly("4:1", "5:3", "1:5", "3:7", "2:null");
        }
    }
}
