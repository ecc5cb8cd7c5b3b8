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
 * Recovery still completes a crash between prepare and commit when the branches ran on pooled XA connections: a
 * child JVM commits three transactions on one pooled connection per datasource, then halts with the fourth
 * prepared on both MariaDB branches; this JVM's recovery commits them from the log. Runs on the local MariaDB
 * (the PostgreSQL variant is {@link XaRecoveryTest}, which needs prepared transactions enabled).
 */
class XaPooledRecoveryTest {

    @Test
    void recoveryCommitsBranchesLeftPreparedOnPooledConnections() throws Exception {
        XaFixture.resetSchema();
        Path log = Files.createDirectories(Path.of("target")).resolve("xa-pooled-crash-child.log");

        Process child = new ProcessBuilder(
                System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-cp", System.getProperty("java.class.path"), XaPooledCrashChild.class.getName())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(child.waitFor(90, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
        } finally {
            child.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(child.exitValue()).as("child halted in the commit phase; output:%n%s", output).isEqualTo(77);
        assertThat(output).contains("OPENED maria=1 mysql=1"); // three transactions, one connection each
        assertThat(output).contains("IN-DOUBT pg=0 maria=2");
        assertThat(XaFixture.mariaInDoubt()).hasSize(2);

        ActiveRecordConfig config = XaFixture.config(null);
        XaTransactionManager xa = XaTransactionManager.start(XaFixture.SETTINGS);
        xa.dataSource(config.require("maria_ds"));
        xa.dataSource(config.require("mysql_ds"));
        for (int i = 0; i < 3 && !XaFixture.mariaInDoubt().isEmpty(); i++) {
            xa.recover();
        }

        assertThat(XaFixture.mariaInDoubt()).as("XA RECOVER").isEmpty();
        try (Connection my = TestDatabases.maria(XaFixture.DB)) {
            assertThat(TestDatabases.column(my, "SELECT id FROM transfers ORDER BY id"))
                    .containsExactly("101", "102", "103", "104", "201", "202", "203", "204");
        }
    }
}
