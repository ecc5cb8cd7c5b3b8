package com.rhosocial.activerecord.cli;

import com.rhosocial.activerecord.cli.sync.TargetTable;
import com.rhosocial.activerecord.config.ActiveRecordConfig;
import com.rhosocial.activerecord.config.DataSourceDefinition;
import com.rhosocial.activerecord.crossdb.sync.SyncJob;
import com.rhosocial.activerecord.crossdb.sync.SyncProgress;
import com.rhosocial.activerecord.crossdb.sync.SyncResult;
import com.rhosocial.activerecord.crossdb.sync.SyncRunner;
import com.rhosocial.activerecord.crossdb.sync.Verifier;
import com.rhosocial.activerecord.crossdb.sync.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * {@code sync}: runs the crossdb module's synchronization ({@link SyncRunner}) for a job of the configuration or one
 * described by options: full copy or incremental by key or {@code updated_at}, chunked upserts in the target's
 * dialect, a checkpoint per chunk (a rerun resumes after the last committed chunk), a conflict rule, and a progress
 * bar fed by the engine's listener. Optionally creates a missing target table and verifies afterwards.
 */
@Command(name = "sync", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Copy a table from one configured datasource to another (e.g. MariaDB to PostgreSQL): full, "
                + "or incremental by key or updated_at, in chunks of upserts with a checkpoint after each; a run that "
                + "stopped resumes from its checkpoint."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:synchronized (and, with --verify, verified equal)", "1:--verify found differences",
                "2:usage or configuration error, missing table or column", "3:a datasource could not be reached"})
final class SyncCommand extends BaseCommand {

    @Mixin
    SyncJobOptions job;

    @Option(names = "--create", description = "Create a missing target table from the source's columns (portable types).")
    boolean create;

    @Option(names = "--verify", description = "Verify each table after synchronizing it.")
    boolean verify;

    @Option(names = "--no-progress", description = "No progress bar.")
    boolean noProgress;

    @Override
    public Integer call() throws SQLException {
        Configs configs = configs();
        ActiveRecordConfig config = configs.config();
        boolean mismatch = false;
        for (SyncJob j : job.jobs(configs, SyncCommand::connect, context().workingDirectory())) {
            prepareTables(configs, j);
            ProgressBar bar = new ProgressBar(err(), j.table(), !noProgress);
            SyncResult r = new SyncRunner(config).run(j, bar);
            SyncProgress p = r.progress();
            bar.finish(p);
            out().printf(Locale.ROOT, "%s: %d rows read from %s, %d written to %s, %d kept by the conflict rule, "
                            + "%d deleted, %d chunks in %.1f s%s%n", j.table(), p.rowsRead(), j.source(), p.rowsWritten(),
                    j.target(), p.rowsSkipped(), p.rowsDeleted(), p.chunks(), p.elapsed().toMillis() / 1e3,
                    r.resumed() ? " (resumed from checkpoint)" : "");
            if (r.checkpoint() != null && r.checkpoint().lastKey() != null) {
                out().println("  checkpoint of job " + j.name() + ": key " + r.checkpoint().lastKey()
                        + (r.checkpoint().lastUpdatedAt() == null ? "" : ", updated_at " + r.checkpoint().lastUpdatedAt()));
            }
            if (verify) {
                VerifyReport v = new Verifier(config).verify(j);
                out().println(j.table() + ": " + v.summary());
                mismatch |= !v.matches();
            }
        }
        out().flush();
        return mismatch ? ExitCodes.FAILURES : ExitCodes.OK;
    }

    /** Clear usage errors for missing tables before the engine starts; creates the target table with --create. */
    private void prepareTables(Configs configs, SyncJob j) throws SQLException {
        DataSourceDefinition source = configs.require(j.source());
        DataSourceDefinition target = configs.require(j.target());
        try (Connection src = connect(source); Connection dst = connect(target)) {
            if (!new TargetTable(j.table()).exists(src)) {
                throw CliException.usage("table " + j.table() + " does not exist on " + j.source());
            }
            TargetTable t = new TargetTable(j.targetTable());
            if (!t.exists(dst)) {
                if (!create) {
                    throw CliException.usage("table " + j.targetTable() + " does not exist on " + j.target()
                            + " (--create creates it)");
                }
                if (!j.targetTable().equals(j.table())) {
                    throw CliException.usage("--create copies the source table's name; create " + j.targetTable()
                            + " on " + j.target() + " yourself");
                }
                out().println("created on " + j.target() + ": " + new TargetTable(j.table()).createLike(src, dst));
            }
        }
    }

    /** An unpooled connection, as the sync engine itself opens them. */
    static Connection connect(DataSourceDefinition d) throws SQLException {
        return d.backend().connect(d.connection());
    }
}
