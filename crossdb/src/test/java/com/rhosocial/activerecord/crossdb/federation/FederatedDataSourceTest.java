package com.rhosocial.activerecord.crossdb.federation;

import com.rhosocial.activerecord.config.ActiveRecordConfig;
import com.rhosocial.activerecord.crossdb.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Customers on MariaDB joined with orders on PostgreSQL through Calcite, on the local servers. */
class FederatedDataSourceTest {

    static final String DB = "ar_crossdb_fed";
    static ActiveRecordConfig config;
    static FederatedDataSource fed;

    static final String JOIN = "SELECT c.name, o.total FROM customers_db.customers c"
            + " JOIN orders_db.orders o ON o.customer_id = c.id"
            + " WHERE c.country = 'DE' AND o.total > 100 ORDER BY o.total";

    @BeforeAll
    static void setUp() throws SQLException {
        TestDatabases.ensureMaria(DB);
        TestDatabases.ensurePg(DB);
        try (Connection my = TestDatabases.maria(DB)) {
            TestDatabases.exec(my, "DROP TABLE IF EXISTS customers",
                    "CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL, country CHAR(2) NOT NULL,"
                            + " notes VARCHAR(200))",
                    "INSERT INTO customers VALUES (1, 'Ada', 'DE', 'x'), (2, 'Grace', 'US', 'y'), (3, 'Konrad', 'DE', 'z')");
        }
        try (Connection pg = TestDatabases.pg(DB)) {
            TestDatabases.exec(pg, "DROP TABLE IF EXISTS orders",
                    "CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT NOT NULL, total NUMERIC(10,2) NOT NULL,"
                            + " status VARCHAR(20) NOT NULL)",
                    "INSERT INTO orders VALUES (10, 1, 250.00, 'paid'), (11, 1, 50.00, 'paid'), (12, 2, 500.00, 'paid'),"
                            + " (13, 3, 120.00, 'open'), (14, 3, 99.99, 'paid')");
        }
        config = TestDatabases.yaml().maria("customers_db", DB).pg("orders_db", DB)
                .section("federations:\n  shop:\n    datasources: [customers_db, orders_db]").parse();
        fed = FederatedDataSource.named(config, "shop");
    }

    @AfterAll
    static void tearDown() {
        fed.close();
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    sb.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.add(sb.toString());
            }
        }
        return out;
    }

    @Test
    void joinsCustomersOnMariaDbWithOrdersOnPostgres() throws Exception {
        try (Connection c = fed.getConnection()) {
            assertThat(rows(c, JOIN)).containsExactly("Konrad|120.00", "Ada|250.00");
        }
    }

    @Test
    void aggregatesAcrossDatabases() throws Exception {
        try (Connection c = fed.getConnection()) {
            assertThat(rows(c, "SELECT c.country, COUNT(*) AS n, SUM(o.total) AS s FROM customers_db.customers c"
                    + " JOIN orders_db.orders o ON o.customer_id = c.id GROUP BY c.country ORDER BY c.country"))
                    .containsExactly("DE|4|519.99", "US|1|500.00");
        }
    }

    @Test
    void explainShowsFiltersAndProjectionsPushedToEachDatabase() throws Exception {
        String plan = fed.explain(JOIN);

        // Two members, each reached by SQL: one converter per side, the join itself runs in the JVM.
        assertThat(plan.split("JdbcToEnumerableConverter", -1)).hasSize(3);
        assertThat(plan).containsPattern("Enumerable\\w*Join");
        // The country filter runs on MariaDB, the total filter on PostgreSQL, each below its converter.
        assertThat(plan).containsPattern("JdbcFilter\\(condition=\\[=\\(\\$2, 'DE'\\)\\]\\)");
        // (Calcite widens the NUMERIC(10,2) column to compare it with the literal; the cast is pushed down too.)
        assertThat(plan).containsPattern("JdbcFilter\\(condition=\\[>\\(CAST\\(\\$2\\):DECIMAL\\(\\d+, 2\\) NOT NULL, 100(\\.00)?\\)\\]\\)");
        // Only the needed columns travel: notes (MariaDB) and status (PostgreSQL) are projected away remotely.
        assertThat(plan).contains("JdbcProject(customer_id=[$1], total=[$2])");
        assertThat(plan).doesNotContain("notes").doesNotContain("status");
        assertThat(plan).contains("JdbcTableScan(table=[[customers_db, customers]])");
        assertThat(plan).contains("JdbcTableScan(table=[[orders_db, orders]])");
    }

    @Test
    void isReachableByJdbcUrl() throws Exception {
        java.nio.file.Path yaml = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"))
                .resolve("federation-test-activerecord.yaml");
        java.nio.file.Files.writeString(yaml, TestDatabases.yaml().maria("customers_db", DB).pg("orders_db", DB)
                .section("federations:\n  shop_url:\n    datasources: [customers_db, orders_db]").text());
        String previous = System.setProperty(ActiveRecordConfig.CONFIG_PROPERTY, yaml.toString());
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:activerecord-federation:shop_url")) {
            assertThat(rows(c, "SELECT c.name FROM customers_db.customers c JOIN orders_db.orders o"
                    + " ON o.customer_id = c.id WHERE o.status = 'open'")).containsExactly("Konrad");
        } finally {
            if (previous == null) {
                System.clearProperty(ActiveRecordConfig.CONFIG_PROPERTY);
            } else {
                System.setProperty(ActiveRecordConfig.CONFIG_PROPERTY, previous);
            }
        }
    }

    @Test
    void worksWithAnAdHocFederation() throws Exception {
        try (FederatedDataSource adHoc = FederatedDataSource.of(config, "orders_db");
             Connection c = adHoc.getConnection()) {
            assertThat(rows(c, "SELECT COUNT(*) FROM orders_db.orders WHERE status = 'paid'")).containsExactly("4");
            assertThat(adHoc.schemas()).containsExactly("orders_db");
        }
    }
}
