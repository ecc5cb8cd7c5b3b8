package com.rhosocial.activerecord.cli;

import com.rhosocial.activerecord.cli.sync.TableSync;
import com.rhosocial.activerecord.config.DataSourceDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code sync}: a full copy of tables from one configured datasource to another (of any kind), with a progress bar,
 * optionally followed by {@code verify}. Incremental synchronization is the cross-database issue's and not here.
 */
@Command(name = "sync", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Copy tables in full from one configured datasource to another (e.g. MariaDB to "
                + "PostgreSQL): the target's rows are replaced in one transaction. Incremental sync is not available yet."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:copied (and, with --verify, verified equal)", "1:--verify found differences",
                "2:usage or configuration error, missing table or column", "3:a datasource could not be reached"})
final class SyncCommand extends BaseCommand {

    @Option(names = "--from", required = true, paramLabel = "NAME", description = "Source datasource.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "NAME", description = "Target datasource.")
    String to;

    @Option(names = "--table", required = true, paramLabel = "TABLE", split = ",",
            description = "Table(s) to copy; repeat or separate with commas.")
    List<String> tables = new ArrayList<>();

    @Option(names = "--create", description = "Create a missing target table from the source's columns (portable types).")
    boolean create;

    @Option(names = "--batch", paramLabel = "ROWS", defaultValue = "500", description = "Rows per batch (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--verify", description = "Verify each table after copying it.")
    boolean verify;

    @Option(names = "--no-progress", description = "No progress bar.")
    boolean noProgress;

    @Override
    public Integer call() throws SQLException {
        Configs configs = configs();
        DataSourceDefinition source = configs.require(from);
        DataSourceDefinition target = configs.require(to);
        if (from.equals(to)) {
            throw CliException.usage("--from and --to name the same datasource '" + from + "'");
        }
        boolean mismatch = false;
        try (Connection src = Pools.open(source).dataSource().getConnection();
             Connection dst = Pools.open(target).dataSource().getConnection()) {
            for (String table : tables) {
                TableSync sync = new TableSync(table, batch);
                if (!sync.exists(src)) {
                    throw CliException.usage("table " + table + " does not exist on " + from);
                }
                if (!sync.exists(dst)) {
                    if (!create) {
                        throw CliException.usage("table " + table + " does not exist on " + to + " (--create creates it)");
                    }
                    out().println("created on " + to + ": " + sync.createLike(src, dst));
                }
                long t0 = System.nanoTime();
                long rows = sync.copy(src, dst, new ProgressBar(err(), table, !noProgress));
                out().printf(Locale.ROOT, "%s: %d rows copied from %s to %s in %.1f s%n", table, rows, from, to,
                        (System.nanoTime() - t0) / 1e9);
                if (verify) {
                    TableSync.Verification v = sync.verify(src, dst, List.of(), (d, t) -> { });
                    VerifyCommand.print(out(), v, from, to);
                    mismatch |= !v.matches();
                }
            }
        }
        out().flush();
        return mismatch ? ExitCodes.FAILURES : ExitCodes.OK;
    }
}
