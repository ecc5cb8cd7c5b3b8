package com.rhosocial.activerecord.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** What every command shares: --help with exit codes, --config, usage errors, the mapping of errors to exit codes. */
class ActiveRecordCliTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"demo", "translate", "check", "ping", "sync", "verify"})
    void everyCommandHasHelpWithConfigVerboseAndExitCodes(String command) {
        CliRun r = CliRun.in(dir, command, "--help");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Usage: activerecord " + command, "--config=FILE", "--verbose", "Exit codes:");
    }

    @Test
    void versionIsTheBuildVersion() {
        CliRun r = CliRun.in(dir, "--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("activerecord 0.").doesNotContain("${");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun r = CliRun.in(dir, "translate", "--from", "mysql", "--to", "pg", "--bogus");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Unknown option: '--bogus'", "Usage: activerecord translate");
        CliRun missing = CliRun.in(dir, "check", "x.sql");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("Missing required options: '--from=DIALECT', '--to=DIALECT'");
    }

    @Test
    void connectionErrorsMapToThreeAndOtherSqlErrorsToOne() {
        assertThat(ActiveRecordCli.exitCodeOf(new SQLException("refused", "08001"))).isEqualTo(ExitCodes.CONNECTION);
        assertThat(ActiveRecordCli.exitCodeOf(new RuntimeException(new SQLException("lost", "08006"))))
                .isEqualTo(ExitCodes.CONNECTION);
        assertThat(ActiveRecordCli.exitCodeOf(new SQLException("bad", "42000"))).isEqualTo(ExitCodes.FAILURES);
        assertThat(ActiveRecordCli.exitCodeOf(new IllegalArgumentException("bad config"))).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void errorMessagesMaskPasswords() {
        assertThat(ActiveRecordCli.messageOf(new SQLException("cannot reach jdbc:postgresql://u:hunter2@db/x", "08001")))
                .contains("hunter2"); // messageOf keeps the text; the handler masks what it prints
        CliRun r = CliRun.in(dir, "ping", "--config", "missing-password=hunter2.yaml");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).doesNotContain("hunter2");
    }

    @Test
    void verboseStackTraceMasksCredentialsAnywhereInTheCauseChain() {
        StringWriter out = new StringWriter();
        Exception e = new IllegalStateException("pool failed",
                new SQLException("cannot reach jdbc:postgresql://app:s3cret-pw@db.example:5432/orders", "08001"));
        try (PrintWriter w = new PrintWriter(out)) {
            ActiveRecordCli.printMaskedStackTrace(e, w);
        }
        assertThat(out.toString()).contains("Caused by: java.sql.SQLException", "app:****@db.example", "\tat ")
                .doesNotContain("s3cret-pw");
    }
}
