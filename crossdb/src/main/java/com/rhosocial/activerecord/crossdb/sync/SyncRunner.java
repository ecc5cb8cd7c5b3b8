package com.rhosocial.activerecord.crossdb.sync;

import com.rhosocial.activerecord.config.ActiveRecordConfig;
import com.rhosocial.activerecord.config.DataSourceDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs {@link SyncJob}s between the datasources of a configuration. Each chunk of at most
 * {@link SyncJob#chunkSize()} source rows, read in key (or {@code updated_at}, key) order, becomes one target
 * transaction: batched upserts in the target's own dialect ({@link UpsertStatement}), soft deletes, and the
 * checkpoint (with {@link CheckpointStore#table()}). Consequences: a run that dies resumes after the last committed
 * chunk; re-running a chunk rewrites the same rows (idempotent); values pass through a conversion keyed on each
 * side's JDBC column type. Unpooled connections, opened per run. Thread-safe; runs of different jobs may go in
 * parallel, two runs of one job must not.
 *
 * <pre>{@code
 * SyncResult r = new SyncRunner(ActiveRecordConfig.load()).run(job, p -> log.info("{}", p));
 * }</pre>
 */
public final class SyncRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SyncRunner.class);

    private final ActiveRecordConfig config;

    /** A runner over {@code config}'s datasources. */
    public SyncRunner(ActiveRecordConfig config) {
        this.config = config;
    }

    /** Runs {@code job} without a listener. */
    public SyncResult run(SyncJob job) throws SQLException {
        return run(job, SyncListener.NONE);
    }

    /**
     * Runs {@code job}, reporting to {@code listener} after each committed chunk.
     *
     * @throws SQLException             from either database; what committed before stays committed
     * @throws IllegalArgumentException for an unknown datasource or a column the tables lack, or a value that
     *                                  cannot be converted to the target column's type
     */
    public SyncResult run(SyncJob job, SyncListener listener) throws SQLException {
        DataSourceDefinition sd = config.require(job.source());
        DataSourceDefinition td = config.require(job.target());
        long started = System.nanoTime();
        try (Connection src = sd.backend().connect(sd.connection());
             Connection tgt = td.backend().connect(td.connection())) {
            tgt.setAutoCommit(false);
            Plan plan = new Plan(job, src, tgt, td);
            Checkpoint cp = job.checkpoints().load(tgt, job.name()).filter(c -> c.mode() == job.mode()).orElse(null);
            tgt.commit();
            if (job.mode() == SyncMode.FULL && cp != null && cp.complete()) {
                cp = null; // the last full copy finished: this one starts from the beginning
            }
            boolean resumed = cp != null && cp.lastKey() != null;
            Object lastKey = cp == null || cp.lastKey() == null ? null
                    : ValueConverter.convert(cp.lastKey(), plan.shape.sourceTypes[plan.keyIdx]);
            Object lastUa = cp == null || cp.lastUpdatedAt() == null || plan.uaIdx < 0 ? null
                    : ValueConverter.convert(cp.lastUpdatedAt(), plan.shape.sourceTypes[plan.uaIdx]);
            long estimate = plan.count(lastKey, lastUa);
            LOG.info("{} - sync {} starting{} ({} rows to read)", job.source(), job,
                    resumed ? " from checkpoint key " + cp.lastKey() : "", estimate);
            Counters n = new Counters();
            Checkpoint current = cp;
            while (true) {
                List<Object[]> rows = plan.readChunk(lastKey, lastUa);
                if (rows.isEmpty()) {
                    break;
                }
                plan.writeChunk(rows, n);
                Object[] last = rows.get(rows.size() - 1);
                lastKey = last[plan.keyIdx];
                lastUa = plan.uaIdx < 0 ? null : last[plan.uaIdx];
                current = new Checkpoint(job.name(), job.mode(), ValueConverter.canonical(lastKey),
                        lastUa == null ? null : ValueConverter.canonical(lastUa), false);
                job.checkpoints().save(tgt, current);
                tgt.commit();
                job.checkpoints().afterCommit(current);
                n.chunks++;
                n.read += rows.size();
                listener.onChunk(n.progress(job, estimate, started));
                if (rows.size() < job.chunkSize()) {
                    break;
                }
            }
            if (job.mode() == SyncMode.FULL) {
                current = new Checkpoint(job.name(), job.mode(), current == null ? null : current.lastKey(), null, true);
                job.checkpoints().save(tgt, current);
                tgt.commit();
                job.checkpoints().afterCommit(current);
            }
            if (job.deletes() instanceof DeletePolicy.KeyDiff) {
                plan.keyDiff(n, job, estimate, started, listener);
            }
            SyncProgress done = n.progress(job, estimate, started);
            LOG.info("{} - sync finished: {}", job.target(), done);
            return new SyncResult(done, current, resumed);
        }
    }

    private static final class Counters {
        int chunks;
        long read;
        long written;
        long skipped;
        long deleted;

        SyncProgress progress(SyncJob job, long estimate, long started) {
            return new SyncProgress(job.name(), chunks, read, written, skipped, deleted, estimate,
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** One run's SQL and column positions. */
    private static final class Plan {
        final SyncJob job;
        final Connection src;
        final Connection tgt;
        final TableShape shape;
        final int keyIdx;
        final int uaIdx;
        final int flagIdx;
        final int newestIdx;
        final String srcTable;
        final String tgtTable;
        final String srcKey;
        final String srcUa;
        final String tgtKey;
        final String selectList;
        final String tgtSelectList;
        final UpsertStatement upsert;
        final String deleteSql;

        Plan(SyncJob job, Connection src, Connection tgt, DataSourceDefinition td) throws SQLException {
            this.job = job;
            this.src = src;
            this.tgt = tgt;
            this.srcTable = SqlNames.quote(src, job.table());
            this.tgtTable = SqlNames.quote(tgt, job.targetTable());
            this.shape = TableShape.discover(src, srcTable, tgt, tgtTable, job.columns());
            tgt.commit();
            this.keyIdx = shape.index(job.key(), "key");
            this.uaIdx = job.mode() == SyncMode.INCREMENTAL_UPDATED_AT ? shape.index(job.updatedAt(), "updatedAt") : -1;
            this.flagIdx = job.deletes() instanceof DeletePolicy.SoftDelete s ? shape.index(s.flagColumn(), "soft-delete flag") : -1;
            this.newestIdx = job.conflicts() instanceof ConflictRule.NewestWins nw ? shape.index(nw.column(), "newest-wins") : -1;
            List<String> srcCols = TableShape.quoteAll(src, shape.columns);
            List<String> tgtCols = TableShape.quoteAll(tgt, shape.columns);
            this.srcKey = srcCols.get(keyIdx);
            this.srcUa = uaIdx < 0 ? null : srcCols.get(uaIdx);
            this.tgtKey = tgtCols.get(keyIdx);
            this.selectList = String.join(", ", srcCols);
            this.tgtSelectList = String.join(", ", tgtCols);
            this.upsert = UpsertStatement.forTarget(td.backend(), tgt, tgtTable, tgtCols, tgtKey);
            this.deleteSql = "DELETE FROM " + tgtTable + " WHERE " + tgtKey + " = ?";
        }

        private String where(Object lastKey, Object lastUa) {
            if (lastKey == null) {
                return "";
            }
            if (uaIdx >= 0 && lastUa != null) {
                return " WHERE " + srcUa + " > ? OR (" + srcUa + " = ? AND " + srcKey + " > ?)";
            }
            return " WHERE " + srcKey + " > ?";
        }

        private void bindWhere(PreparedStatement ps, Object lastKey, Object lastUa) throws SQLException {
            if (lastKey == null) {
                return;
            }
            if (uaIdx >= 0 && lastUa != null) {
                ps.setObject(1, lastUa);
                ps.setObject(2, lastUa);
                ps.setObject(3, lastKey);
            } else {
                ps.setObject(1, lastKey);
            }
        }

        long count(Object lastKey, Object lastUa) throws SQLException {
            try (PreparedStatement ps = src.prepareStatement("SELECT COUNT(*) FROM " + srcTable + where(lastKey, lastUa))) {
                bindWhere(ps, lastKey, lastUa);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : -1;
                }
            }
        }

        List<Object[]> readChunk(Object lastKey, Object lastUa) throws SQLException {
            String order = uaIdx >= 0 ? " ORDER BY " + srcUa + ", " + srcKey : " ORDER BY " + srcKey;
            // setMaxRows instead of LIMIT / FETCH FIRST / TOP: every driver applies it, no dialect switch needed.
            try (PreparedStatement ps = src.prepareStatement("SELECT " + selectList + " FROM " + srcTable
                    + where(lastKey, lastUa) + order)) {
                ps.setMaxRows(job.chunkSize());
                bindWhere(ps, lastKey, lastUa);
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    int n = shape.columns.size();
                    while (rs.next()) {
                        Object[] row = new Object[n];
                        for (int i = 0; i < n; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        rows.add(row);
                    }
                }
                return rows;
            }
        }

        private String keyOf(Object key) {
            return ValueConverter.canonical(ValueConverter.convert(key, shape.sourceTypes[keyIdx]));
        }

        private Map<String, Object[]> existing(List<Object[]> rows) throws SQLException {
            Map<String, Object[]> out = new HashMap<>();
            String in = String.join(", ", Collections.nCopies(rows.size(), "?"));
            try (PreparedStatement ps = tgt.prepareStatement("SELECT " + tgtSelectList + " FROM " + tgtTable + " WHERE "
                    + tgtKey + " IN (" + in + ")")) {
                for (int i = 0; i < rows.size(); i++) {
                    ps.setObject(i + 1, ValueConverter.convert(rows.get(i)[keyIdx], shape.targetTypes[keyIdx]));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Object[] row = new Object[shape.columns.size()];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        out.put(keyOf(row[keyIdx]), row);
                    }
                }
            }
            return out;
        }

        private Map<String, Object> asMap(Object[] row) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < row.length; i++) {
                m.put(shape.columns.get(i), row[i]);
            }
            return m;
        }

        private Object[] fromMap(Map<String, Object> m) {
            Object[] row = new Object[shape.columns.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = m.get(shape.columns.get(i));
            }
            return row;
        }

        void writeChunk(List<Object[]> rows, Counters n) throws SQLException {
            Map<String, Object[]> existing = job.conflicts() instanceof ConflictRule.SourceWins ? Map.of() : existing(rows);
            int upserts = 0;
            int deletes = 0;
            try (PreparedStatement up = tgt.prepareStatement(upsert.sql());
                 PreparedStatement del = tgt.prepareStatement(deleteSql)) {
                for (Object[] row : rows) {
                    if (flagIdx >= 0 && row[flagIdx] != null && ValueConverter.toBoolean(row[flagIdx])) {
                        del.setObject(1, ValueConverter.convert(row[keyIdx], shape.targetTypes[keyIdx]));
                        del.addBatch();
                        deletes++;
                        continue;
                    }
                    Object[] write = row;
                    Object[] current = existing.get(keyOf(row[keyIdx]));
                    if (current != null) {
                        write = resolve(row, current);
                        if (write == null) {
                            n.skipped++;
                            continue;
                        }
                    }
                    Object[] converted = new Object[write.length];
                    for (int i = 0; i < write.length; i++) {
                        converted[i] = ValueConverter.convert(write[i], shape.targetTypes[i]);
                    }
                    upsert.bind(up, converted, shape.targetTypes);
                    up.addBatch();
                    upserts++;
                }
                if (upserts > 0) {
                    up.executeBatch();
                }
                if (deletes > 0) {
                    n.deleted += affected(del.executeBatch());
                }
            } catch (SQLException | RuntimeException e) {
                tgt.rollback();
                throw e;
            }
            n.written += upserts;
        }

        private Object[] resolve(Object[] source, Object[] target) {
            ConflictRule rule = job.conflicts();
            if (rule instanceof ConflictRule.NewestWins) {
                Object s = source[newestIdx];
                Object t = target[newestIdx];
                if (s != null && t != null
                        && ValueConverter.toTimestamp(t).after(ValueConverter.toTimestamp(s))) {
                    return null;
                }
                return source;
            }
            if (rule instanceof ConflictRule.Custom c) {
                Map<String, Object> r = c.resolver().resolve(asMap(source), asMap(target));
                return r == null ? null : fromMap(r);
            }
            return source;
        }

        void keyDiff(Counters n, SyncJob job, long estimate, long started, SyncListener listener) throws SQLException {
            Object after = null;
            while (true) {
                List<Object> keys = new ArrayList<>();
                try (PreparedStatement ps = tgt.prepareStatement("SELECT " + tgtKey + " FROM " + tgtTable
                        + (after == null ? "" : " WHERE " + tgtKey + " > ?") + " ORDER BY " + tgtKey)) {
                    ps.setMaxRows(job.chunkSize());
                    if (after != null) {
                        ps.setObject(1, after);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            keys.add(rs.getObject(1));
                        }
                    }
                }
                if (keys.isEmpty()) {
                    tgt.commit();
                    return;
                }
                Set<String> present = new HashSet<>();
                try (PreparedStatement ps = src.prepareStatement("SELECT " + srcKey + " FROM " + srcTable + " WHERE "
                        + srcKey + " IN (" + String.join(", ", Collections.nCopies(keys.size(), "?")) + ")")) {
                    for (int i = 0; i < keys.size(); i++) {
                        ps.setObject(i + 1, ValueConverter.convert(keys.get(i), shape.sourceTypes[keyIdx]));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            present.add(keyOf(rs.getObject(1)));
                        }
                    }
                }
                int gone = 0;
                try (PreparedStatement del = tgt.prepareStatement(deleteSql)) {
                    for (Object k : keys) {
                        if (!present.contains(keyOf(k))) {
                            del.setObject(1, k);
                            del.addBatch();
                            gone++;
                        }
                    }
                    if (gone > 0) {
                        n.deleted += affected(del.executeBatch());
                    }
                }
                tgt.commit();
                listener.onChunk(n.progress(job, estimate, started));
                if (keys.size() < job.chunkSize()) {
                    return;
                }
                after = keys.get(keys.size() - 1);
            }
        }

        private static long affected(int[] counts) {
            long sum = 0;
            for (int c : counts) {
                // SUCCESS_NO_INFO (-2): the driver ran the statement but does not say how many rows it touched.
                sum += c == java.sql.Statement.SUCCESS_NO_INFO ? 1 : Math.max(0, c);
            }
            return sum;
        }
    }
}
