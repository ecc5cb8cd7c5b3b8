package com.rhosocial.activerecord.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ping} against the real PostgreSQL and MariaDB, and a datasource nobody listens on. */
class PingCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void config() throws SQLException, IOException {
        String pg = TestDatabases.postgres("ar_cli_ping");
        String maria = TestDatabases.mariadb("ar_cli_ping");
        TestDatabases.yaml(dir, "  pg:\n    url: " + pg + "\n    username: postgres\n"
                + "    replicas:\n      - url: " + pg + "\n"
                + "  maria:\n    url: " + maria + "\n    username: root\n    password: \"\"\n"
                // port 1 on the loopback: refused at once
                + "  down:\n    url: jdbc:postgresql://127.0.0.1:1/test\n    username: postgres\n    password: s3cret-pw\n");
    }

    @Test
    void reportsBackendAndServerVersionOfEachNamedDatasource() {
        CliRun r = CliRun.in(dir, "ping", "pg", "maria");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Configuration: " + dir.resolve("activerecord.yaml"));
        assertThat(r.out()).containsPattern("pg\\s+\\| postgresql\\s+\\| PostgreSQL 1\\d");
        assertThat(r.out()).containsPattern("maria\\s+\\| mariadb\\s+\\| MariaDB 1\\d");
        assertThat(r.out()).containsPattern("\\d+\\.\\d ms").contains("max 10", "ok");
        // the replica is pinged too, under the name the configuration gives it
        assertThat(r.out()).containsPattern("pg\\.replicas\\[0\\]\\s+\\| postgresql\\s+\\| PostgreSQL");
    }

    @Test
    void unreachableDatasourceExitsWithThreeAndNeverShowsItsPassword() {
        CliRun r = CliRun.in(dir, "ping", "--timeout", "2");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.CONNECTION);
        assertThat(r.out()).containsPattern("down\\s+\\| postgresql.*FAILED")
                .contains("down (jdbc:postgresql://127.0.0.1:1/test): ", "[SQLState 08001]");
        assertThat(r.out() + r.err()).doesNotContain("s3cret-pw").doesNotContain("\tat ");
        // the others still answered
        assertThat(r.out()).containsPattern("maria\\s+\\| mariadb.*\\| ok");
    }

    @Test
    void unknownNameIsAUsageError() {
        CliRun r = CliRun.in(dir, "ping", "nosuch");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("unknown datasource 'nosuch'; configured: pg, maria, down");
    }

    @Test
    void missingOrBrokenConfigurationIsAUsageError() throws IOException {
        CliRun missing = CliRun.in(dir, "ping", "--config", "nope.yaml");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("nope.yaml does not exist");

        Files.writeString(dir.resolve("bad.yaml"), "datasources:\n  x:\n    backend: db2000\n");
        CliRun bad = CliRun.in(dir, "ping", "--config", "bad.yaml");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("bad.yaml").doesNotContain("\tat ");
    }

    @Test
    void verboseAddsTheStackTrace() {
        CliRun r = CliRun.in(dir, "ping", "--verbose", "--timeout", "1", "down");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.CONNECTION);
        assertThat(r.err()).contains("\tat ");
    }
}
