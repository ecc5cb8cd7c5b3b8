package com.rhosocial.activerecord.crossdb.xa;

import com.rhosocial.activerecord.config.ActiveRecordConfig;
import com.rhosocial.activerecord.crossdb.TestDatabases;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crash between prepare and commit, completed by recovery: a child JVM prepares a branch on PostgreSQL and one on
 * MariaDB and halts; this JVM then runs Narayana's recovery over the same log directory.
 */
class XaRecoveryTest {

    @Test
    void recoveryCommitsBranchesLeftPreparedByACrashedJvm() throws Exception {
        XaFixture.assumePgPreparedTransactions();
        XaFixture.resetSchema();
        Path log = Files.createDirectories(Path.of("target")).resolve("xa-crash-child.log");

        Process child = new ProcessBuilder(
                System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-cp", System.getProperty("java.class.path"),
                XaCrashChild.class.getName())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(child.waitFor(90, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
        } finally {
            child.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(child.exitValue()).as("child halted in the commit phase; output:%n%s", output).isEqualTo(77);
        assertThat(output).contains("IN-DOUBT pg=1 maria=1");
        assertThat(XaFixture.pgInDoubt()).hasSize(1);
        assertThat(XaFixture.mariaInDoubt()).hasSize(1);

        ActiveRecordConfig config = XaFixture.config(null);
        XaTransactionManager xa = XaTransactionManager.start(XaFixture.SETTINGS);
        xa.dataSource(config.require("pg_ds"));
        xa.dataSource(config.require("maria_ds"));
        for (int i = 0; i < 3 && !(XaFixture.pgInDoubt().isEmpty() && XaFixture.mariaInDoubt().isEmpty()); i++) {
            xa.recover();
        }

        assertThat(XaFixture.pgInDoubt()).as("pg_prepared_xacts").isEmpty();
        assertThat(XaFixture.mariaInDoubt()).as("XA RECOVER").isEmpty();
        try (Connection pg = TestDatabases.pg(XaFixture.DB); Connection my = TestDatabases.maria(XaFixture.DB)) {
            assertThat(TestDatabases.column(pg, "SELECT owner FROM accounts")).containsExactly("crash");
            assertThat(TestDatabases.column(my, "SELECT note FROM transfers")).containsExactly("crash");
        }
    }
}
