package com.rhosocial.activerecord.cli;

import com.rhosocial.activerecord.crossdb.sync.SyncJob;
import com.rhosocial.activerecord.crossdb.sync.Verifier;
import com.rhosocial.activerecord.crossdb.sync.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.sql.SQLException;

/**
 * {@code verify}: the crossdb module's {@link Verifier} for a job of the configuration or one described by options:
 * row counts, per-chunk checksums over rows in a canonical form, and the first keys that are missing or differ.
 */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare a table between two configured datasources: row counts, per-chunk checksums, and "
                + "the first mismatching keys."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the tables hold the same rows", "1:differences found",
                "2:usage or configuration error, missing table or key column", "3:a datasource could not be reached"})
final class VerifyCommand extends BaseCommand {

    @Mixin
    SyncJobOptions job;

    @Option(names = "--max-keys", paramLabel = "N", defaultValue = "10",
            description = "Mismatching keys to name at most (default: ${DEFAULT-VALUE}).")
    int maxKeys;

    @Override
    public Integer call() throws SQLException {
        Configs configs = configs();
        boolean mismatch = false;
        for (SyncJob j : job.jobs(configs, SyncCommand::connect, context().workingDirectory())) {
            VerifyReport v = new Verifier(configs.config()).verify(j, maxKeys);
            out().println(j.table() + ": " + v.summary());
            mismatch |= !v.matches();
        }
        out().flush();
        return mismatch ? ExitCodes.FAILURES : ExitCodes.OK;
    }
}
