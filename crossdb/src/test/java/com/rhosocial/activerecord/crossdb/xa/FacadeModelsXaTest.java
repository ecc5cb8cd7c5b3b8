package com.rhosocial.activerecord.crossdb.xa;

import com.rhosocial.activerecord.ActiveRecord;
import com.rhosocial.activerecord.Finder;
import com.rhosocial.activerecord.config.ActiveRecordConfig;
import com.rhosocial.activerecord.crossdb.TestDatabases;
import com.rhosocial.activerecord.model.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Facade models on PostgreSQL and MariaDB saved inside one CrossDatabaseTransaction commit or roll back together. */
class FacadeModelsXaTest {

    /** An order, kept on PostgreSQL. */
    @Table("fx_orders")
    public static class Order extends ActiveRecord {
        public static final Finder<Order> FIND = ActiveRecord.finder(Order.class);
        public Long id;
        public String item;
    }

    /** A stock movement, kept on MariaDB. */
    @Table("fx_stock")
    public static class StockMove extends ActiveRecord {
        public static final Finder<StockMove> FIND = ActiveRecord.finder(StockMove.class);
        public Long id;
        public String item;
    }

    private static String previousConfig;
    private static CrossDatabaseTransaction tx;

    @BeforeAll
    static void setUp() throws Exception {
        XaFixture.resetSchema();
        Path yaml = Files.createDirectories(Path.of("target")).resolve("facade-xa-activerecord.yaml");
        Files.writeString(yaml, TestDatabases.yaml().pg("fx_pg", XaFixture.DB).maria("fx_maria", XaFixture.DB).text());
        previousConfig = System.setProperty(ActiveRecordConfig.CONFIG_PROPERTY, yaml.toString());
        tx = CrossDatabaseTransaction.using(ActiveRecordConfig.load()).settings(XaFixture.SETTINGS)
                .joinFacadeModels().build();
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
            TestDatabases.exec(pg, "DROP TABLE IF EXISTS fx_orders",
                    "CREATE TABLE fx_orders (id BIGSERIAL PRIMARY KEY, item VARCHAR(40) NOT NULL)");
            TestDatabases.exec(my, "DROP TABLE IF EXISTS fx_stock",
                    "CREATE TABLE fx_stock (id BIGINT AUTO_INCREMENT PRIMARY KEY, item VARCHAR(40) NOT NULL) ENGINE=InnoDB");
        }
        Order.FIND.configure("fx_pg");
        StockMove.FIND.configure("fx_maria");
    }

    private static List<String> items(Connection c, String table) throws Exception {
        return TestDatabases.column(c, "SELECT item FROM " + table + " ORDER BY id");
    }

    @Test
    void modelsOnBothDatabasesCommitTogether() throws Exception {
        XaFixture.assumePgPreparedTransactions();
        tx.execute(List.of("fx_pg", "fx_maria"), ctx -> {
            Order.FIND.create(o -> o.item = "lamp");
            StockMove.FIND.create(s -> s.item = "lamp");
        });

        try (Connection pg = TestDatabases.pg(XaFixture.DB); Connection my = TestDatabases.maria(XaFixture.DB)) {
            assertThat(items(pg, "fx_orders")).containsExactly("lamp");
            assertThat(items(my, "fx_stock")).containsExactly("lamp");
        }
        assertThat(Order.FIND.count()).isEqualTo(1); // outside the block the model is back on its pool
    }

    @Test
    void modelsOnBothDatabasesRollBackTogether() throws Exception {
        assertThatThrownBy(() -> tx.execute(List.of("fx_pg", "fx_maria"), ctx -> {
            Order.FIND.create(o -> o.item = "chair");
            StockMove.FIND.create(s -> s.item = "chair");
            throw new IllegalStateException("out of stock");
        })).hasMessage("out of stock");

        try (Connection pg = TestDatabases.pg(XaFixture.DB); Connection my = TestDatabases.maria(XaFixture.DB)) {
            assertThat(items(pg, "fx_orders")).isEmpty();
            assertThat(items(my, "fx_stock")).isEmpty();
        }
    }
}
