package com.rhosocial.activerecord.crossdb.sync;

import com.rhosocial.activerecord.config.ActiveRecordConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What to copy from one datasource to another and how. Immutable; build with {@link #builder(String)} or read from
 * the {@code sync:} section of {@code activerecord.yaml} with {@link #fromConfig}.
 *
 * <pre>{@code
 * SyncJob job = SyncJob.builder("customers_to_pg")
 *         .source("maria_ds").target("pg_ds").table("customers").key("id")
 *         .mode(SyncMode.INCREMENTAL_UPDATED_AT).updatedAt("updated_at")
 *         .deletes(DeletePolicy.softDelete("deleted")).conflicts(ConflictRule.newestWins("updated_at"))
 *         .chunkSize(500).build();
 * }</pre>
 *
 * <p>The key is one column, unique in both tables (the target's primary key or a unique index, which the upsert's
 * conflict target needs), and compares the same way on both databases (integers, or strings under a binary
 * collation); chunks and checkpoints follow it.
 */
public final class SyncJob {

    private final String name;
    private final String source;
    private final String target;
    private final String table;
    private final String targetTable;
    private final String key;
    private final List<String> columns;
    private final SyncMode mode;
    private final String updatedAt;
    private final DeletePolicy deletes;
    private final ConflictRule conflicts;
    private final int chunkSize;
    private final CheckpointStore checkpoints;

    private SyncJob(Builder b) {
        this.name = b.name;
        this.source = b.source;
        this.target = b.target;
        this.table = b.table;
        this.targetTable = b.targetTable == null ? b.table : b.targetTable;
        this.key = b.key;
        this.columns = List.copyOf(b.columns);
        this.mode = b.mode;
        this.updatedAt = b.updatedAt;
        this.deletes = b.deletes;
        this.conflicts = b.conflicts;
        this.chunkSize = b.chunkSize;
        this.checkpoints = b.checkpoints;
    }

    /** A builder for a job called {@code name} (names the checkpoint). */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * The job {@code name} of the configuration's {@code sync:} section:
     * <pre>{@code
     * sync:
     *   jobs:
     *     customers_to_pg:
     *       source: maria_ds
     *       target: pg_ds
     *       table: customers          # targetTable: defaults to table
     *       key: id
     *       columns: [id, name, updated_at, deleted]   # default: all source columns
     *       mode: incremental_updated_at               # full | incremental_key | incremental_updated_at
     *       updatedAt: updated_at
     *       deletes: soft:deleted                      # none | soft:<column> | key_diff
     *       conflicts: newest_wins                     # source_wins | newest_wins (uses updatedAt)
     *       chunkSize: 1000
     *       checkpoint: table                          # table | table:<name> | file:<dir>
     * }</pre>
     *
     * @throws IllegalArgumentException naming the key and value of anything invalid or missing
     */
    public static SyncJob fromConfig(ActiveRecordConfig config, String name) {
        Map<String, String> s = config.section("sync");
        String p = "jobs." + name + ".";
        if (s.keySet().stream().noneMatch(k -> k.startsWith(p))) {
            throw new IllegalArgumentException("no sync job '" + name + "' under sync.jobs in "
                    + config.source().orElse("the configuration"));
        }
        Builder b = builder(name).source(req(s, p, "source")).target(req(s, p, "target")).table(req(s, p, "table"))
                .key(req(s, p, "key"));
        if (s.containsKey(p + "targetTable")) {
            b.targetTable(s.get(p + "targetTable"));
        }
        List<String> cols = new ArrayList<>();
        for (int i = 0; s.containsKey(p + "columns[" + i + "]"); i++) {
            cols.add(s.get(p + "columns[" + i + "]"));
        }
        b.columns(cols);
        if (s.containsKey(p + "updatedAt")) {
            b.updatedAt(s.get(p + "updatedAt"));
        }
        if (s.containsKey(p + "mode")) {
            b.mode(enumValue(SyncMode.class, "sync." + p + "mode", s.get(p + "mode")));
        }
        String del = s.getOrDefault(p + "deletes", "none").trim();
        if (del.startsWith("soft:")) {
            b.deletes(DeletePolicy.softDelete(del.substring(5).trim()));
        } else if (del.equalsIgnoreCase("key_diff")) {
            b.deletes(DeletePolicy.keyDiff());
        } else if (!del.equalsIgnoreCase("none")) {
            throw new IllegalArgumentException("sync." + p + "deletes must be none, soft:<column> or key_diff, got '" + del + "'");
        }
        String conf = s.getOrDefault(p + "conflicts", "source_wins").trim();
        if (conf.equalsIgnoreCase("newest_wins")) {
            if (!s.containsKey(p + "updatedAt")) {
                throw new IllegalArgumentException("sync." + p + "conflicts: newest_wins needs sync." + p + "updatedAt");
            }
            b.conflicts(ConflictRule.newestWins(s.get(p + "updatedAt")));
        } else if (!conf.equalsIgnoreCase("source_wins")) {
            throw new IllegalArgumentException("sync." + p + "conflicts must be source_wins or newest_wins, got '" + conf + "'");
        }
        if (s.containsKey(p + "chunkSize")) {
            try {
                b.chunkSize(Integer.parseInt(s.get(p + "chunkSize").trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("sync." + p + "chunkSize must be an integer, got '"
                        + s.get(p + "chunkSize") + "'", e);
            }
        }
        String cp = s.getOrDefault(p + "checkpoint", "table").trim();
        if (cp.equals("table")) {
            b.checkpoints(CheckpointStore.table());
        } else if (cp.startsWith("table:")) {
            b.checkpoints(CheckpointStore.table(cp.substring(6).trim()));
        } else if (cp.startsWith("file:")) {
            b.checkpoints(CheckpointStore.file(Path.of(cp.substring(5).trim())));
        } else {
            throw new IllegalArgumentException("sync." + p + "checkpoint must be table, table:<name> or file:<dir>, got '" + cp + "'");
        }
        return b.build();
    }

    private static String req(Map<String, String> s, String p, String k) {
        String v = s.get(p + k);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("sync." + p + k + " is required");
        }
        return v.trim();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String key, String v) {
        try {
            return Enum.valueOf(type, v.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " must be one of " + java.util.Arrays.toString(type.getEnumConstants())
                    .toLowerCase(Locale.ROOT) + ", got '" + v + "'", e);
        }
    }

    /** The job's name; names its checkpoint. */
    public String name() { return name; }
    /** Source datasource name. */
    public String source() { return source; }
    /** Target datasource name. */
    public String target() { return target; }
    /** Source table. */
    public String table() { return table; }
    /** Target table (defaults to the source table's name). */
    public String targetTable() { return targetTable; }
    /** The key column. */
    public String key() { return key; }
    /** Columns to copy; empty means every source column. */
    public List<String> columns() { return columns; }
    /** What a run reads. */
    public SyncMode mode() { return mode; }
    /** The {@code updated_at} column, or null. */
    public String updatedAt() { return updatedAt; }
    /** How deletions travel. */
    public DeletePolicy deletes() { return deletes; }
    /** Who wins a conflict. */
    public ConflictRule conflicts() { return conflicts; }
    /** Rows per chunk (one target transaction each). */
    public int chunkSize() { return chunkSize; }
    /** Where checkpoints live. */
    public CheckpointStore checkpoints() { return checkpoints; }

    @Override
    public String toString() {
        return "SyncJob{" + name + ": " + source + "." + table + " -> " + target + "." + targetTable + ", key=" + key
                + ", mode=" + mode + ", deletes=" + deletes + ", conflicts=" + conflicts + ", chunk=" + chunkSize + "}";
    }

    /** Builds a {@link SyncJob}; every method returns the builder. */
    public static final class Builder {
        private final String name;
        private String source;
        private String target;
        private String table;
        private String targetTable;
        private String key;
        private List<String> columns = List.of();
        private SyncMode mode = SyncMode.FULL;
        private String updatedAt;
        private DeletePolicy deletes = DeletePolicy.none();
        private ConflictRule conflicts = ConflictRule.sourceWins();
        private int chunkSize = 1000;
        private CheckpointStore checkpoints = CheckpointStore.table();

        private Builder(String name) {
            if (name == null || !name.matches("[A-Za-z0-9_.-]{1,200}")) {
                throw new IllegalArgumentException("sync job name must be 1 to 200 characters of [A-Za-z0-9_.-], got '"
                        + name + "'");
            }
            this.name = name;
        }

        public Builder source(String datasource) { this.source = Objects.requireNonNull(datasource); return this; }
        public Builder target(String datasource) { this.target = Objects.requireNonNull(datasource); return this; }
        public Builder table(String t) { this.table = Objects.requireNonNull(t); return this; }
        public Builder targetTable(String t) { this.targetTable = Objects.requireNonNull(t); return this; }
        public Builder key(String column) { this.key = Objects.requireNonNull(column); return this; }
        public Builder columns(List<String> cols) { this.columns = List.copyOf(cols); return this; }
        public Builder columns(String... cols) { return columns(List.of(cols)); }
        public Builder mode(SyncMode m) { this.mode = Objects.requireNonNull(m); return this; }
        public Builder updatedAt(String column) { this.updatedAt = Objects.requireNonNull(column); return this; }
        public Builder deletes(DeletePolicy p) { this.deletes = Objects.requireNonNull(p); return this; }
        public Builder conflicts(ConflictRule r) { this.conflicts = Objects.requireNonNull(r); return this; }
        public Builder checkpoints(CheckpointStore s) { this.checkpoints = Objects.requireNonNull(s); return this; }

        public Builder chunkSize(int n) {
            if (n < 1 || n > 100_000) {
                throw new IllegalArgumentException("chunkSize must be between 1 and 100000, got " + n);
            }
            this.chunkSize = n;
            return this;
        }

        /**
         * Returns the job.
         *
         * @throws IllegalArgumentException when source, target, table or key is missing, or the mode needs an
         *                                  {@code updatedAt} column that is not set
         */
        public SyncJob build() {
            for (Map.Entry<String, String> e : Map.of("source", String.valueOf(source), "target", String.valueOf(target),
                    "table", String.valueOf(table), "key", String.valueOf(key)).entrySet()) {
                if (e.getValue().equals("null")) {
                    throw new IllegalArgumentException("sync job '" + name + "' needs " + e.getKey());
                }
            }
            if (mode == SyncMode.INCREMENTAL_UPDATED_AT && updatedAt == null) {
                throw new IllegalArgumentException("sync job '" + name + "': mode INCREMENTAL_UPDATED_AT needs updatedAt(column)");
            }
            if (source.equals(target) && table.equals(targetTable == null ? table : targetTable)) {
                throw new IllegalArgumentException("sync job '" + name + "' copies " + source + "." + table + " onto itself");
            }
            return new SyncJob(this);
        }
    }
}
