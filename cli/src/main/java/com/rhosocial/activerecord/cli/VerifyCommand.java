package com.rhosocial.activerecord.cli;

import com.rhosocial.activerecord.cli.sync.TableSync;
import com.rhosocial.activerecord.config.DataSourceDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code verify}: compares tables between two configured datasources: row counts, per-chunk checksums over rows in
 * a canonical form, and the first keys that are missing, extra or different.
 */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare tables between two configured datasources: row counts, per-chunk checksums, and "
                + "the first mismatching keys."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the tables hold the same rows", "1:differences found",
                "2:usage or configuration error, missing table or key column", "3:a datasource could not be reached"})
final class VerifyCommand extends BaseCommand {

    @Option(names = "--from", required = true, paramLabel = "NAME", description = "Source datasource.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "NAME", description = "Target datasource.")
    String to;

    @Option(names = "--table", required = true, paramLabel = "TABLE", split = ",",
            description = "Table(s) to compare; repeat or separate with commas.")
    List<String> tables = new ArrayList<>();

    @Option(names = "--key", paramLabel = "COLUMN", split = ",",
            description = "Key column(s) (default: the source's primary key, or whole rows when it has none).")
    List<String> key = new ArrayList<>();

    @Option(names = "--no-progress", description = "No progress bar.")
    boolean noProgress;

    @Override
    public Integer call() throws SQLException {
        Configs configs = configs();
        DataSourceDefinition source = configs.require(from);
        DataSourceDefinition target = configs.require(to);
        boolean mismatch = false;
        try (Connection src = Pools.open(source).dataSource().getConnection();
             Connection dst = Pools.open(target).dataSource().getConnection()) {
            for (String table : tables) {
                TableSync sync = new TableSync(table, 1);
                for (Object[] side : new Object[][] {{src, from}, {dst, to}}) {
                    if (!sync.exists((Connection) side[0])) {
                        throw CliException.usage("table " + table + " does not exist on " + side[1]);
                    }
                }
                TableSync.Verification v;
                try {
                    v = sync.verify(src, dst, key, new ProgressBar(err(), table, !noProgress));
                } catch (IllegalArgumentException e) {
                    throw CliException.usage(e.getMessage());
                }
                print(out(), v, from, to);
                mismatch |= !v.matches();
            }
        }
        out().flush();
        return mismatch ? ExitCodes.FAILURES : ExitCodes.OK;
    }

    static void print(PrintWriter out, TableSync.Verification v, String from, String to) {
        out.printf(Locale.ROOT, "%s: %s (%d rows on %s, %d on %s; %d of %d chunks differ)%n", v.table(),
                v.matches() ? "MATCH" : "DIFFERENT", v.sourceRows(), from, v.targetRows(), to, v.differingChunks(),
                v.chunks());
        if (!v.missingOnTarget().isEmpty()) {
            out.println("  missing on " + to + ": " + String.join("; ", v.missingOnTarget()));
        }
        if (!v.extraOnTarget().isEmpty()) {
            out.println("  only on " + to + ": " + String.join("; ", v.extraOnTarget()));
        }
        if (!v.differing().isEmpty()) {
            out.println("  different: " + String.join("; ", v.differing()));
        }
    }
}
