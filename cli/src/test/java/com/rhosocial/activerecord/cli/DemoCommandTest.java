package com.rhosocial.activerecord.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code demo} on the embedded SQLite, and with {@code --datasource} on the real PostgreSQL and MariaDB. The checks
 * hold whatever the translator's progress: every statement either shows its result or is reported as not translated,
 * and the statements that need no translation on the target show the rows worked out by hand here.
 */
class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void runsOnSqliteAndPrintsEachStatementItsResultAndThePool() throws SQLException {
        CliRun r = CliRun.in(dir, "demo", "--dir", "db");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        Path db = dir.resolve("db").resolve("shop.db");
        assertThat(r.out()).contains("SQLite file " + db, "jdbc:activerecord:sqlite:" + db + "?sourceDialect=mysql",
                "The driver translates this connection's SQL from mysql to sqlite.");
        // every one of the 15 steps is printed with the SQL as written
        for (int i = 1; i <= 15; i++) {
            assertThat(r.out()).contains("\n[" + i + "] ");
        }
        assertThat(r.out()).contains("as written (mysql)", "ON DUPLICATE KEY UPDATE", "DATE_FORMAT(`ordered_at`, '%Y-%m')");
        // LIMIT 2, 2 with IFNULL: customers 3 and 4 in insertion order; SQLite runs this MySQL form natively.
        assertThat(r.out()).containsPattern("Linus Torvalds \\| linus@example.com\\s+Alan Turing\\s+\\| no email");
        assertThat(r.out()).contains("Ada Lovelace (London)", "Alan Turing (London)");
        assertThat(r.out()).containsPattern("legacy statements: 15; ran as written: \\d+; ran translated for sqlite: \\d+; failed: \\d+");
        assertThat(r.out()).containsPattern("ar-sqlite-\\d+\\s+\\| sqlite");
        assertModelsRanOnTheSamePool(r);
        assertThat(r.err()).doesNotContain("\tat ");

        // The database file is left behind with the legacy program's data in it.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM ar_demo_customers WHERE city = 'London'")) {
            rs.next();
            assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void strictTurnsStatementsTheTargetRejectedIntoExitOne() {
        CliRun r = CliRun.in(dir, "demo", "--dir", "strict", "--strict");
        boolean anyFailed = !r.out().contains("failed: 0\n");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(anyFailed ? ExitCodes.FAILURES : ExitCodes.OK);
    }

    @Test
    void runsAgainstAConfiguredPostgresDatasourceAndDropsItsTablesAfterwards() throws SQLException, IOException {
        String pg = TestDatabases.postgres("ar_cli_demo");
        TestDatabases.yaml(dir, "  shop:\n    url: " + pg + "\n    username: postgres\n");
        CliRun r = CliRun.in(dir, "demo", "--datasource", "shop");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("datasource 'shop' of " + dir.resolve("activerecord.yaml") + ": postgresql at " + pg,
                "jdbc:activerecord:shop?sourceDialect=mysql", "from mysql to postgresql", "legacy statements: 15");
        assertThat(r.out()).containsPattern("ar-postgresql-\\d+\\s+\\| postgresql \\| " + pg);
        assertThat(r.out()).contains("The ar_demo_* tables were dropped again", "Customer.FIND.configure(ActiveRecordDataSource.named(\"shop\"))");
        assertModelsRanOnTheSamePool(r);
        assertThat(tableExists(pg, "postgres", "ar_demo_customers")).isFalse();
    }

    @Test
    void runsAgainstAConfiguredMariaDbDatasourceWhereMySqlSqlRunsAsWritten() throws SQLException, IOException {
        String maria = TestDatabases.mariadb("ar_cli_demo");
        TestDatabases.yaml(dir, "  shop:\n    url: " + maria + "\n    username: root\n    password: \"\"\n");
        CliRun r = CliRun.in(dir, "demo", "--datasource", "shop", "--keep");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("from mysql to mariadb");
        // MariaDB speaks this MySQL: every statement runs, with the results worked out by hand.
        assertThat(r.out()).contains("failed: 0");
        assertThat(r.out()).containsPattern("2024-01\\s+\\| 2\\s+\\| 3\\s+2024-02\\s+\\| 2\\s+\\| 3\\s+2024-03\\s+\\| 1\\s+\\| 1");
        assertThat(r.out()).contains("Ada Lovelace, Alan Turing");
        assertThat(r.out()).containsPattern("Keyboard \\| 15\\s+\\| ok");      // 10 + 5 from the upsert
        assertThat(r.out()).containsPattern("Monitor\\s+\\| 3\\s+\\| reorder"); // 4 - 1 sold
        assertThat(r.out()).containsPattern("Grace Hopper\\s+\\| 247.50");      // 189.00 + 3 x 19.50 ordered now
        assertThat(tableExists(maria, "root", "ar_demo_customers")).isTrue();  // --keep
        assertModelsRanOnTheSamePool(r);
        assertThat(r.out()).contains("stock now 23");                          // 25 - 2 by the model
    }

    @Test
    void unreachableDatasourceExitsWithThreeWithoutStackTrace() throws IOException {
        java.nio.file.Files.createDirectories(dir.resolve("conf"));
        java.nio.file.Files.writeString(dir.resolve("conf/other.yaml"), "datasources:\n  gone:\n"
                + "    url: jdbc:postgresql://127.0.0.1:1/test\n    username: postgres\n    password: pw-not-shown\n");
        CliRun r = CliRun.in(dir, "demo", "--config", "conf/other.yaml", "--datasource", "gone");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.CONNECTION);
        assertThat(r.err()).startsWith("error: ").contains("08001").doesNotContain("\tat ").doesNotContain("pw-not-shown");
    }

    @Test
    void unknownDatasourceIsAUsageError() throws IOException {
        TestDatabases.yaml(dir, "  shop:\n    url: 'jdbc:sqlite::memory:'\n");
        CliRun r = CliRun.in(dir, "demo", "--datasource", "nosuch");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("unknown datasource 'nosuch'; configured: shop");
    }

    /**
     * Part 2: the models see the legacy program's 4 customers (inserted by the one multi-row INSERT every target
     * runs), write a customer and an order that legacy JDBC reads back, and roll back a transaction in which legacy
     * JDBC saw the uncommitted row; part 3 shows one pool for both.
     */
    private static void assertModelsRanOnTheSamePool(CliRun r) {
        assertThat(r.out()).contains("Customer.FIND.count() = 4", "new Customer saved, generated id 5",
                "Product MS-1 changed attributes: [stock]",
                "legacy JDBC counts 6 customers (it joined the transaction)",
                "after the rollback: Customer.FIND.count() = 5 (was 5)",
                "One pool served the legacy JDBC code and the models");
        assertThat(r.out()).containsPattern("Margaret Hamilton \\| KB-1 \\| 2");
        assertThat(r.out()).containsPattern("1\\s+\\| Ada Lovelace \\| ada@example.com\\s+4\\s+\\| Alan Turing\\s+\\| NULL");
        assertThat(r.out()).doesNotContain("model step");
    }

    private static boolean tableExists(String url, String user, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, "");
             ResultSet rs = c.getMetaData().getTables(null, null, table, null)) {
            return rs.next();
        }
    }
}
