package com.rhosocial.activerecord.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code translate}: reading files and standard input, splitting, --strict, usage errors. */
class TranslateCommandTest {

    @TempDir
    Path dir;

    @Test
    void readsStandardInputAndPrintsEachStatementTerminated() {
        CliRun r = CliRun.withStdin(dir, "SELECT 'a;b' FROM t; -- note; here\nSELECT 2", "translate",
                "--from", "postgresql", "--to", "postgresql", "-");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("SELECT 'a;b' FROM t;\n", "SELECT 2;\n", "-- line 1: unchanged", "-- line 2: unchanged",
                "-- 2 statements, postgresql -> postgresql: 0 rewritten, 0 with warnings, 0 failed");
    }

    @Test
    void quietPrintsOnlyTheSql() throws IOException {
        Files.writeString(dir.resolve("q.sql"), "SELECT 1;\n\nSELECT 2;\n");
        CliRun r = CliRun.in(dir, "translate", "--from", "sqlite", "--to", "sqlite", "-q", "q.sql");
        assertThat(r.out()).isEqualTo("SELECT 1;\nSELECT 2;\n");
    }

    @Test
    void strictExitsWithOneWhenAStatementCannotBeTranslated() {
        CliContext fake = FakeTranslator.context(dir);
        CliRun lenient = CliRun.run(fake, "translate", "--from", "oracle", "--to", "postgresql",
                "--sql", "SELECT * FROM t WHERE ROWNUM <= 3; SELECT 1");
        assertThat(lenient.exitCode()).isZero();
        assertThat(lenient.out()).contains("-- line 1: FAILED: ROWNUM paging is not supported",
                "SELECT * FROM t WHERE ROWNUM <= 3;", "SELECT 1;", "1 failed");

        CliRun strict = CliRun.run(fake, "translate", "--from", "oracle", "--to", "postgresql", "--strict",
                "--sql", "SELECT * FROM t WHERE ROWNUM <= 3; SELECT 1");
        assertThat(strict.exitCode()).isEqualTo(ExitCodes.FAILURES);
        assertThat(strict.err()).contains("1 of 2 statements could not be translated");
    }

    @Test
    void warningsArePrintedAsSqlComments() {
        CliRun r = CliRun.run(FakeTranslator.context(dir), "translate", "--from", "mysql", "--to", "postgresql",
                "--sql", "select group_concat(a) from t");
        assertThat(r.out()).contains("-- warning: group-concat-order at line 1, column 8: order not kept",
                "SELECT GROUP_CONCAT(A) FROM T;");
    }

    @Test
    void unknownDialectIsAUsageError() {
        CliRun r = CliRun.in(dir, "translate", "--from", "cobol", "--to", "postgresql", "--sql", "SELECT 1");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("unknown dialect 'cobol'");
    }

    @Test
    void helpListsTheExitCodes() {
        CliRun r = CliRun.in(dir, "translate", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--strict", "--from=DIALECT", "Exit codes:");
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun r = CliRun.in(dir);
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Commands:", "a command is required");
    }
}
