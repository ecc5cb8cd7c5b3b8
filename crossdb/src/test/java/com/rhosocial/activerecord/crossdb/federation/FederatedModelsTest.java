package com.rhosocial.activerecord.crossdb.federation;

import com.rhosocial.activerecord.ActiveRecord;
import com.rhosocial.activerecord.ActiveRecordException;
import com.rhosocial.activerecord.Finder;
import com.rhosocial.activerecord.config.ActiveRecordConfig;
import com.rhosocial.activerecord.crossdb.TestDatabases;
import com.rhosocial.activerecord.model.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Facade models reading through a federation ({@link FederatedDataSource#forModels()}): a model query joins
 * customers on the local MariaDB with orders on the local PostgreSQL; writes are refused.
 */
class FederatedModelsTest {

    static final String DB = "ar_int_fed";

    /** An order, kept on PostgreSQL, read through the federation. */
    @Table("fm_orders")
    public static class Order extends ActiveRecord {
        public static final Finder<Order> FIND = ActiveRecord.finder(Order.class);
        public Long id;
        public Long customerId;
        public BigDecimal total;
        public String status;
    }

    /** A customer, kept on MariaDB, read through the federation. */
    @Table("fm_customers")
    public static class Customer extends ActiveRecord {
        public static final Finder<Customer> FIND = ActiveRecord.finder(Customer.class);
        public Long id;
        public String name;
        public String country;
    }

    static FederatedDataSource fed;

    @BeforeAll
    static void setUp() throws SQLException {
        TestDatabases.ensureMaria(DB);
        TestDatabases.ensurePg(DB);
        try (Connection my = TestDatabases.maria(DB)) {
            TestDatabases.exec(my, "DROP TABLE IF EXISTS fm_customers",
                    "CREATE TABLE fm_customers (id BIGINT PRIMARY KEY, name VARCHAR(40) NOT NULL, country CHAR(2) NOT NULL)",
                    "INSERT INTO fm_customers VALUES (1, 'Ada', 'DE'), (2, 'Grace', 'US'), (3, 'Konrad', 'DE')");
        }
        try (Connection pg = TestDatabases.pg(DB)) {
            TestDatabases.exec(pg, "DROP TABLE IF EXISTS fm_orders",
                    "CREATE TABLE fm_orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL, total NUMERIC(10,2) NOT NULL,"
                            + " status VARCHAR(20) NOT NULL)",
                    "INSERT INTO fm_orders VALUES (10, 1, 250.00, 'paid'), (11, 1, 50.00, 'paid'), (12, 2, 500.00, 'paid'),"
                            + " (13, 3, 120.00, 'open'), (14, 3, 99.99, 'paid')");
        }
        ActiveRecordConfig config = TestDatabases.yaml().maria("fm_customers_db", DB).pg("fm_orders_db", DB).parse();
        fed = FederatedDataSource.of(config, "fm_customers_db", "fm_orders_db");
        Order.FIND.configureReadOnly("shop", fed.forModels());
        Customer.FIND.configureReadOnly("shop", fed.forModels());
    }

    @AfterAll
    static void tearDown() {
        fed.close();
    }

    @Test
    void aModelQueryJoinsPostgresOrdersWithMariaDbCustomers() {
        List<Order> german = Order.FIND.query()
                .join("fm_customers", "fm_orders.customer_id", "fm_customers.id")
                .where("fm_customers.country = ?", "DE").where("fm_orders.total > ?", 100)
                .orderBy("total").list();

        assertThat(german).extracting(o -> o.id).containsExactly(13L, 10L);
        assertThat(german).extracting(o -> o.total).containsExactly(new BigDecimal("120.00"), new BigDecimal("250.00"));
        assertThat(german.get(0).status).isEqualTo("open");
    }

    @Test
    void plainModelQueriesAndCountsReadEachMember() {
        assertThat(Customer.FIND.query().where("country = ?", "DE").orderBy("name").list())
                .extracting(c -> c.name).containsExactly("Ada", "Konrad");
        assertThat(Order.FIND.query().where("status = ?", "paid").count()).isEqualTo(4);
        assertThat(Order.FIND.find(12L).orElseThrow().customerId).isEqualTo(2L);
    }

    @Test
    void writesThroughTheFederationAreRefusedWithAClearError() {
        assertThatThrownBy(() -> Order.FIND.create(o -> {
            o.id = 99L;
            o.customerId = 1L;
            o.total = BigDecimal.ONE;
            o.status = "new";
        })).isInstanceOf(ActiveRecordException.class)
                .hasMessageContaining("datasource shop is read-only").hasMessageContaining("INSERT is refused");

        Order loaded = Order.FIND.find(10L).orElseThrow();
        loaded.status = "refunded";
        assertThatThrownBy(loaded::save).isInstanceOf(ActiveRecordException.class)
                .hasMessageContaining("UPDATE is refused");
        assertThatThrownBy(() -> Order.FIND.query().where("status = ?", "open").deleteAll())
                .isInstanceOf(ActiveRecordException.class).hasMessageContaining("DELETE is refused");
        assertThatThrownBy(() -> Order.FIND.transaction(() -> { }))
                .isInstanceOf(ActiveRecordException.class).hasMessageContaining("read-only");
    }
}
