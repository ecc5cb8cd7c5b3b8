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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Facade models reading through a federation ({@link FederatedDataSource#forModels()}): a model query joins
 * customers on the local MariaDB with orders on the local PostgreSQL; writes are refused. What each backend is
 * asked to do is read from the SQL its driver receives ({@link MemberSqlListener}).
 */
class FederatedModelsTest {

    static final String DB = "ar_crossdb_fedmodels";

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

    /** Runs {@code query} and returns the SQL texts each member received meanwhile, keyed by member. */
    private static Map<String, List<String>> memberSql(Runnable query) {
        Map<String, List<String>> seen = new ConcurrentHashMap<>();
        MemberSqlListener listener = (member, sql) ->
                seen.computeIfAbsent(member, k -> new CopyOnWriteArrayList<>()).add(sql.replaceAll("\\s+", " "));
        fed.addMemberSqlListener(listener);
        try {
            query.run();
        } finally {
            fed.removeMemberSqlListener(listener);
        }
        return seen;
    }

    @Test
    void aModelJoinQuerySendsEachBackendOnlyItsFilterAndColumns() {
        List<Order> german = new ArrayList<>();
        Map<String, List<String>> sql = memberSql(() -> german.addAll(Order.FIND.query()
                .join("fm_customers", "fm_orders.customer_id", "fm_customers.id")
                .where("fm_customers.country = ?", "DE").where("fm_orders.total > ?", 100)
                .orderBy("total").list()));

        assertThat(german).extracting(o -> o.id).containsExactly(13L, 10L);
        // MariaDB: one statement, on its own table, with the country filter and only the two columns the join and
        // the filter need (the customer's name is not fetched); parameters stay parameters.
        assertThat(sql.get("fm_customers_db")).singleElement().satisfies(s -> {
            assertThat(s).containsPattern("(?i)^SELECT `id`, `country` FROM .*`fm_customers` WHERE `country` = \\?$");
            assertThat(s).doesNotContain("fm_orders").doesNotContain("`name`");
        });
        // PostgreSQL: the total filter runs there; the join with MariaDB's rows runs in the JVM.
        assertThat(sql.get("fm_orders_db")).singleElement().satisfies(s -> {
            assertThat(s).containsPattern("(?i)FROM \"[^ ]*\"\\.\"fm_orders\" WHERE \"total\" > \\?$");
            assertThat(s).doesNotContain("fm_customers").doesNotContain("country");
        });
    }

    @Test
    void aModelQueryWithWhereOrderAndLimitRunsWhollyOnItsBackend() {
        List<Order> top = new ArrayList<>();
        List<Order> next = new ArrayList<>();
        Map<String, List<String>> sql = memberSql(() -> {
            top.addAll(Order.FIND.query().where("status = ?", "paid").orderByDesc("total").limit(2).list());
            next.addAll(Order.FIND.query().where("status = ?", "paid").orderByDesc("total").limit(2).offset(1).list());
        });

        assertThat(top).extracting(o -> o.id).containsExactly(12L, 10L);
        assertThat(next).extracting(o -> o.id).containsExactly(10L, 14L);
        assertThat(sql).containsOnlyKeys("fm_orders_db");
        // Filter, sort, offset and limit are all in PostgreSQL's statements: only the requested rows travel.
        assertThat(sql.get("fm_orders_db")).hasSize(2);
        assertThat(sql.get("fm_orders_db").get(0)).containsPattern(
                "(?i)WHERE \"status\" = \\? ORDER BY \"total\" DESC (FETCH NEXT \\? ROWS ONLY|LIMIT \\?)$");
        assertThat(sql.get("fm_orders_db").get(1)).containsPattern(
                "(?i)WHERE \"status\" = \\? ORDER BY \"total\" DESC (OFFSET \\? ROWS FETCH NEXT \\? ROWS ONLY|LIMIT \\? OFFSET \\?)$");
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
    void theModelViewUnwrapsToItsFederation() throws SQLException {
        assertThat(fed.forModels().unwrap(FederatedDataSource.class)).isSameAs(fed);
        assertThat(fed.forModels().unwrap(javax.sql.DataSource.class)).isSameAs(fed.forModels());
        assertThat(fed.forModels().isWrapperFor(FederatedDataSource.class)).isTrue();
        assertThatThrownBy(() -> fed.forModels().unwrap(String.class)).isInstanceOf(SQLException.class);
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
