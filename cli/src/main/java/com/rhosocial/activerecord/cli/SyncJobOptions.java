package com.rhosocial.activerecord.cli;

import com.rhosocial.activerecord.cli.sync.TargetTable;
import com.rhosocial.activerecord.config.DataSourceDefinition;
import com.rhosocial.activerecord.crossdb.sync.CheckpointStore;
import com.rhosocial.activerecord.crossdb.sync.ConflictRule;
import com.rhosocial.activerecord.crossdb.sync.DeletePolicy;
import com.rhosocial.activerecord.crossdb.sync.SyncJob;
import com.rhosocial.activerecord.crossdb.sync.SyncMode;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The options {@code sync} and {@code verify} share: either the name of a job in the configuration's
 * {@code sync.jobs} section, or a job described on the command line (one per table). Both end up as
 * {@link SyncJob}s of the crossdb module, so the command line and library code run the same engine.
 */
final class SyncJobOptions {

    @Parameters(index = "0", arity = "0..1", paramLabel = "JOB",
            description = "A job of the configuration's sync.jobs section; instead of --from/--to/--table.")
    String job;

    @Option(names = "--from", paramLabel = "NAME", description = "Source datasource.")
    String from;

    @Option(names = "--to", paramLabel = "NAME", description = "Target datasource.")
    String to;

    @Option(names = "--table", paramLabel = "TABLE", split = ",",
            description = "Table(s); repeat or separate with commas. One job per table.")
    List<String> tables = new ArrayList<>();

    @Option(names = "--target-table", paramLabel = "TABLE", description = "Target table name (one --table only; default: the same name).")
    String targetTable;

    @Option(names = "--key", paramLabel = "COLUMN",
            description = "Key column, unique on both sides (default: the source's one-column primary key).")
    String key;

    @Option(names = "--columns", paramLabel = "COLUMN", split = ",", description = "Columns to copy (default: all source columns).")
    List<String> columns = new ArrayList<>();

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "full",
            description = "full | incremental_key | incremental_updated_at (default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--updated-at", paramLabel = "COLUMN", description = "The updated_at column (incremental_updated_at, newest_wins).")
    String updatedAt;

    @Option(names = "--deletes", paramLabel = "POLICY", defaultValue = "none",
            description = "none | soft:COLUMN | key_diff (default: ${DEFAULT-VALUE}).")
    String deletes;

    @Option(names = "--conflicts", paramLabel = "RULE", defaultValue = "source_wins",
            description = "source_wins | newest_wins (needs --updated-at) (default: ${DEFAULT-VALUE}).")
    String conflicts;

    @Option(names = {"--chunk-size", "--batch"}, paramLabel = "ROWS", defaultValue = "1000",
            description = "Rows per chunk, one target transaction each (default: ${DEFAULT-VALUE}).")
    int chunkSize;

    @Option(names = "--checkpoint", paramLabel = "STORE", defaultValue = "table",
            description = "table | table:NAME | file:DIR: where the resume point is kept (default: ${DEFAULT-VALUE}, "
                    + "the target's ar_sync_checkpoint).")
    String checkpoint;

    @Option(names = "--name", paramLabel = "JOB", description = "Job name, which names the checkpoint "
            + "(default: FROM-TO.TABLE).")
    String name;

    /** Opens a connection to a datasource. */
    @FunctionalInterface
    interface Connector {
        Connection open(DataSourceDefinition definition) throws SQLException;
    }

    /** True when the jobs come from the command line rather than the configuration. */
    boolean adHoc() {
        return job == null;
    }

    /**
     * The jobs to run, in order. {@code connect} opens a connection to a datasource (used to find a default key).
     *
     * @throws CliException (usage) for contradicting or missing options, with the offending value
     */
    List<SyncJob> jobs(Configs configs, Connector connect, Path workingDirectory)
            throws SQLException {
        if (job != null) {
            if (from != null || to != null || !tables.isEmpty()) {
                throw CliException.usage("give either a job name (" + job + ") or --from/--to/--table, not both");
            }
            try {
                return List.of(SyncJob.fromConfig(configs.config(), job));
            } catch (IllegalArgumentException e) {
                throw CliException.usage(e.getMessage());
            }
        }
        if (from == null || to == null || tables.isEmpty()) {
            throw CliException.usage("give a job name of sync.jobs, or --from, --to and --table");
        }
        if (tables.size() > 1 && (targetTable != null || name != null)) {
            throw CliException.usage("--target-table and --name need a single --table, got " + tables);
        }
        DataSourceDefinition source = configs.require(from);
        configs.require(to);
        List<SyncJob> out = new ArrayList<>();
        for (String table : tables) {
            try {
                SyncJob.Builder b = SyncJob.builder(name != null ? name : from + "-" + to + "." + table)
                        .source(from).target(to).table(table).key(keyFor(source, table, connect)).columns(columns)
                        .mode(mode()).deletes(deletes()).conflicts(conflicts()).chunkSize(chunkSize)
                        .checkpoints(checkpoints(workingDirectory));
                if (targetTable != null) {
                    b.targetTable(targetTable);
                }
                if (updatedAt != null) {
                    b.updatedAt(updatedAt);
                }
                out.add(b.build());
            } catch (IllegalArgumentException e) {
                throw CliException.usage(e.getMessage());
            }
        }
        return out;
    }

    private String keyFor(DataSourceDefinition source, String table, Connector connect)
            throws SQLException {
        if (key != null) {
            return key;
        }
        List<String> pk;
        try (Connection c = connect.open(source)) {
            TargetTable t = new TargetTable(table);
            if (!t.exists(c)) {
                throw CliException.usage("table " + table + " does not exist on " + from);
            }
            pk = t.primaryKey(c);
        }
        if (pk.size() != 1) {
            throw CliException.usage("table " + table + " on " + from + (pk.isEmpty() ? " has no primary key"
                    : " has a primary key of several columns " + pk) + "; name a unique column with --key");
        }
        return pk.get(0);
    }

    private SyncMode mode() {
        String m = mode.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (SyncMode v : SyncMode.values()) {
            if (v.name().equals(m)) {
                return v;
            }
        }
        throw CliException.usage("--mode must be full, incremental_key or incremental_updated_at, got '" + mode + "'");
    }

    private DeletePolicy deletes() {
        String d = deletes.trim();
        if (d.equalsIgnoreCase("none")) {
            return DeletePolicy.none();
        }
        if (d.toLowerCase(Locale.ROOT).startsWith("soft:") && d.length() > 5) {
            return DeletePolicy.softDelete(d.substring(5).trim());
        }
        if (d.equalsIgnoreCase("key_diff") || d.equalsIgnoreCase("key-diff")) {
            return DeletePolicy.keyDiff();
        }
        throw CliException.usage("--deletes must be none, soft:COLUMN or key_diff, got '" + deletes + "'");
    }

    private ConflictRule conflicts() {
        String c = conflicts.trim().replace('-', '_');
        if (c.equalsIgnoreCase("source_wins")) {
            return ConflictRule.sourceWins();
        }
        if (c.equalsIgnoreCase("newest_wins")) {
            if (updatedAt == null) {
                throw CliException.usage("--conflicts newest_wins needs --updated-at COLUMN");
            }
            return ConflictRule.newestWins(updatedAt);
        }
        throw CliException.usage("--conflicts must be source_wins or newest_wins, got '" + conflicts + "'");
    }

    private CheckpointStore checkpoints(Path workingDirectory) {
        String c = checkpoint.trim();
        if (c.equals("table")) {
            return CheckpointStore.table();
        }
        if (c.startsWith("table:") && c.length() > 6) {
            return CheckpointStore.table(c.substring(6).trim());
        }
        if (c.startsWith("file:") && c.length() > 5) {
            return CheckpointStore.file(workingDirectory.resolve(c.substring(5).trim()));
        }
        throw CliException.usage("--checkpoint must be table, table:NAME or file:DIR, got '" + checkpoint + "'");
    }
}
