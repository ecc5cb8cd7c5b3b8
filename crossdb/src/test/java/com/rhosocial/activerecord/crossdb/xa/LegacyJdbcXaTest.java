package com.rhosocial.activerecord.crossdb.xa;

import com.rhosocial.activerecord.config.ActiveRecordConfig;
import com.rhosocial.activerecord.crossdb.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Legacy JDBC code that opens {@code jdbc:activerecord:<name>} inside a {@link CrossDatabaseTransaction} block joins
 * the XA transaction on the real PostgreSQL and MariaDB: it commits and rolls back with the block.
 */
class LegacyJdbcXaTest {

    private static String previousConfig;
    private static CrossDatabaseTransaction tx;

    @BeforeAll
    static void setUp() throws Exception {
        XaFixture.resetSchema();
        Path yaml = Files.createDirectories(Path.of("target")).resolve("legacy-xa-activerecord.yaml");
        Files.writeString(yaml, TestDatabases.yaml().pg("lj_pg", XaFixture.DB).maria("lj_maria", XaFixture.DB).text());
        previousConfig = System.setProperty(ActiveRecordConfig.CONFIG_PROPERTY, yaml.toString());
        tx = CrossDatabaseTransaction.using(ActiveRecordConfig.load()).settings(XaFixture.SETTINGS).build();
    }

    @AfterAll
    static void restore() {
        if (previousConfig == null) {
            System.clearProperty(ActiveRecordConfig.CONFIG_PROPERTY);
        } else {
            System.setProperty(ActiveRecordConfig.CONFIG_PROPERTY, previousConfig);
        }
    }

    @BeforeEach
    void tables() throws Exception {
        try (Connection pg = TestDatabases.pg(XaFixture.DB); Connection my = TestDatabases.maria(XaFixture.DB)) {
            TestDatabases.exec(pg, "DROP TABLE IF EXISTS lj_orders", "CREATE TABLE lj_orders (id INT PRIMARY KEY, item VARCHAR(40))");
            TestDatabases.exec(my, "DROP TABLE IF EXISTS lj_stock",
                    "CREATE TABLE lj_stock (id INT PRIMARY KEY, item VARCHAR(40)) ENGINE=InnoDB");
        }
    }

    /** Unchanged legacy code: opens its own connection by URL, inserts, closes. */
    private static void legacyInsert(String datasource, String table, int id, String item) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:activerecord:" + datasource);
             PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (id, item) VALUES (?, ?)")) {
            ps.setInt(1, id);
            ps.setString(2, item);
            ps.executeUpdate();
        }
    }

    private static List<String> items(String table, boolean pg) throws SQLException {
        try (Connection c = pg ? TestDatabases.pg(XaFixture.DB) : TestDatabases.maria(XaFixture.DB)) {
            return TestDatabases.column(c, "SELECT item FROM " + table + " ORDER BY id");
        }
    }

    @Test
    void legacyJdbcOnBothDatabasesCommitsWithTheBlock() throws Exception {
        XaFixture.assumePgPreparedTransactions();
        tx.execute(List.of("lj_pg", "lj_maria"), ctx -> {
            legacyInsert("lj_pg", "lj_orders", 1, "lamp");
            legacyInsert("lj_maria", "lj_stock", 1, "lamp");
            // the block's own connection sees the legacy row: one branch, one transaction
            assertThat(TestDatabases.column(ctx.connection("lj_pg"), "SELECT item FROM lj_orders")).containsExactly("lamp");
            try (PreparedStatement ps = ctx.connection("lj_maria").prepareStatement(
                    "INSERT INTO lj_stock (id, item) VALUES (2, 'bulb')")) {
                ps.executeUpdate();
            }
        });

        assertThat(items("lj_orders", true)).containsExactly("lamp");
        assertThat(items("lj_stock", false)).containsExactly("lamp", "bulb");
        assertThat(XaFixture.pgInDoubt()).isEmpty();
        assertThat(XaFixture.mariaInDoubt()).isEmpty();
    }

    @Test
    void legacyJdbcOnBothDatabasesRollsBackWhenTheBlockFails() throws Exception {
        assertThatThrownBy(() -> tx.execute(List.of("lj_pg", "lj_maria"), ctx -> {
            legacyInsert("lj_pg", "lj_orders", 1, "chair");
            legacyInsert("lj_maria", "lj_stock", 1, "chair");
            throw new IllegalStateException("out of stock");
        })).hasMessage("out of stock");

        assertThat(items("lj_orders", true)).isEmpty();
        assertThat(items("lj_stock", false)).isEmpty();
    }

    @Test
    void legacyJdbcOutsideTheBlockUsesThePoolAgain() throws Exception {
        XaFixture.assumePgPreparedTransactions();
        tx.execute(List.of("lj_pg", "lj_maria"), ctx -> legacyInsert("lj_pg", "lj_orders", 1, "inside"));
        try (Connection c = DriverManager.getConnection("jdbc:activerecord:lj_pg")) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO lj_orders (id, item) VALUES (2, 'outside')")) {
                ps.executeUpdate();
            }
            c.rollback(); // a pooled connection of its own: its rollback does not touch the committed block
        }
        assertThat(items("lj_orders", true)).containsExactly("inside");
    }
}
