package com.rhosocial.activerecord.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sync} and {@code verify} between the real MariaDB, PostgreSQL and an SQLite file. */
class SyncVerifyCommandTest {

    @TempDir
    Path dir;

    private String pg;
    private String maria;

    @BeforeEach
    void databases() throws SQLException, IOException {
        pg = TestDatabases.postgres("ar_cli_sync");
        maria = TestDatabases.mariadb("ar_cli_sync");
        TestDatabases.execute(maria, "root",
                "DROP TABLE IF EXISTS items",
                "CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(50), price DECIMAL(10,2), made_at DATETIME, active BOOLEAN)",
                "INSERT INTO items VALUES (1, 'Keyboard', 49.90, '2024-01-15 10:00:00', TRUE), "
                        + "(2, 'Mouse', 19.50, '2024-02-01 08:30:00', FALSE), (3, NULL, 0.00, NULL, NULL)");
        TestDatabases.execute(pg, "postgres", "DROP TABLE IF EXISTS items");
        TestDatabases.yaml(dir, "  maria:\n    url: " + maria + "\n    username: root\n    password: \"\"\n"
                + "  pg:\n    url: " + pg + "\n    username: postgres\n"
                + "  lite:\n    url: jdbc:sqlite:" + dir.resolve("sync.db") + "\n");
    }

    @Test
    void copiesAMariaDbTableToPostgresCreatingItAndVerifiesItEqual() {
        CliRun r = CliRun.in(dir, "sync", "--from", "maria", "--to", "pg", "--table", "items", "--create", "--verify");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("created on pg: CREATE TABLE items (id INTEGER, name VARCHAR(50), price DECIMAL(10,2)",
                "items: 3 rows copied from maria to pg", "items: MATCH (3 rows on maria, 3 on pg; 0 of 1 chunks differ)");
        assertThat(r.err()).contains("3/3 rows");
    }

    @Test
    void verifyNamesTheKeysThatDifferOrAreMissing() throws SQLException {
        assertThat(CliRun.in(dir, "sync", "--from", "maria", "--to", "pg", "--table", "items", "--create",
                "--no-progress").exitCode()).isZero();
        TestDatabases.execute(pg, "postgres", "UPDATE items SET price = 19.60 WHERE id = 2", "DELETE FROM items WHERE id = 3",
                "INSERT INTO items (id, name) VALUES (9, 'Extra')");

        CliRun r = CliRun.in(dir, "verify", "--from", "maria", "--to", "pg", "--table", "items", "--no-progress");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILURES);
        assertThat(r.out()).contains("items: DIFFERENT (3 rows on maria, 3 on pg; 1 of 1 chunks differ)",
                "missing on pg: id=3", "only on pg: id=9", "different: id=2");
    }

    @Test
    void copiesIntoSqliteAndBackWithEqualRows() {
        assertThat(CliRun.in(dir, "sync", "--from", "maria", "--to", "lite", "--table", "items", "--create",
                "--verify", "--no-progress").out()).contains("items: MATCH");
        CliRun back = CliRun.in(dir, "verify", "--from", "lite", "--to", "maria", "--table", "items", "--no-progress");
        assertThat(back.exitCode()).as(back.toString()).isZero();
    }

    @Test
    void missingTargetTableWithoutCreateIsAUsageError() {
        CliRun r = CliRun.in(dir, "sync", "--from", "maria", "--to", "pg", "--table", "items");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("table items does not exist on pg (--create creates it)");
    }

    @Test
    void unknownDatasourceIsAUsageErrorListingTheConfiguredOnes() {
        CliRun r = CliRun.in(dir, "verify", "--from", "maria", "--to", "oracle", "--table", "items");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("unknown datasource 'oracle'", "maria, pg, lite");
    }
}
