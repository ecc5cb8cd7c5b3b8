package com.rhosocial.activerecord.crossdb.sync;

import com.rhosocial.activerecord.config.ActiveRecordConfig;
import com.rhosocial.activerecord.config.DataSourceDefinition;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a synced table: row counts, and per key range (chunks of {@link SyncJob#chunkSize()} source rows) a SHA-256
 * checksum over each side's rows, computed here from canonical values (every value first converted to the source
 * column's JDBC type), so PostgreSQL's {@code boolean} and MariaDB's {@code TINYINT(1)} compare equal and no
 * database-specific hash function is needed. Mismatching chunks are compared row by row to name the first
 * differing keys. Reads both tables completely; run it off-peak on big tables. Thread-safe.
 *
 * <p>Rows a soft-delete policy removed are left out of the source side. A newest-wins or custom conflict rule can
 * make the target differ on purpose; the report then names those keys.
 */
public final class Verifier {

    private final ActiveRecordConfig config;

    /** A verifier over {@code config}'s datasources. */
    public Verifier(ActiveRecordConfig config) {
        this.config = config;
    }

    /** Compares source and target of {@code job}, naming at most 10 mismatching keys. */
    public VerifyReport verify(SyncJob job) throws SQLException {
        return verify(job, 10);
    }

    /** Compares source and target of {@code job}, naming at most {@code maxKeys} mismatching keys. */
    public VerifyReport verify(SyncJob job, int maxKeys) throws SQLException {
        if (maxKeys < 0) {
            throw new IllegalArgumentException("maxKeys must not be negative, got " + maxKeys);
        }
        DataSourceDefinition sd = config.require(job.source());
        DataSourceDefinition td = config.require(job.target());
        try (Connection src = sd.backend().connect(sd.connection());
             Connection tgt = td.backend().connect(td.connection())) {
            String srcTable = SqlNames.quote(src, job.table());
            String tgtTable = SqlNames.quote(tgt, job.targetTable());
            TableShape shape = TableShape.discover(src, srcTable, tgt, tgtTable, job.columns());
            int keyIdx = shape.index(job.key(), "key");
            int flagIdx = job.deletes() instanceof DeletePolicy.SoftDelete s ? shape.index(s.flagColumn(), "soft-delete flag") : -1;
            String srcCols = String.join(", ", TableShape.quoteAll(src, shape.columns));
            String tgtCols = String.join(", ", TableShape.quoteAll(tgt, shape.columns));
            String srcKey = SqlNames.quote(src, shape.columns.get(keyIdx));
            String tgtKey = SqlNames.quote(tgt, shape.columns.get(keyIdx));

            List<VerifyReport.ChunkReport> chunks = new ArrayList<>();
            List<String> bad = new ArrayList<>();
            long sourceRows = 0;
            long targetRows = 0;
            Object lastKey = null;
            boolean more = true;
            while (more) {
                List<Object[]> s = new ArrayList<>();
                try (PreparedStatement ps = src.prepareStatement("SELECT " + srcCols + " FROM " + srcTable
                        + (lastKey == null ? "" : " WHERE " + srcKey + " > ?") + " ORDER BY " + srcKey)) {
                    ps.setMaxRows(job.chunkSize());
                    if (lastKey != null) {
                        ps.setObject(1, lastKey);
                    }
                    s = read(ps, shape.columns.size());
                }
                more = s.size() == job.chunkSize();
                Object hi = s.isEmpty() ? null : s.get(s.size() - 1)[keyIdx];
                List<Object[]> t;
                StringBuilder where = new StringBuilder();
                List<Object> binds = new ArrayList<>();
                if (lastKey != null) {
                    where.append(tgtKey).append(" > ?");
                    binds.add(ValueConverter.convert(lastKey, shape.targetTypes[keyIdx]));
                }
                if (more) {
                    where.append(where.length() > 0 ? " AND " : "").append(tgtKey).append(" <= ?");
                    binds.add(ValueConverter.convert(hi, shape.targetTypes[keyIdx]));
                }
                try (PreparedStatement ps = tgt.prepareStatement("SELECT " + tgtCols + " FROM " + tgtTable
                        + (where.length() == 0 ? "" : " WHERE " + where) + " ORDER BY " + tgtKey)) {
                    for (int i = 0; i < binds.size(); i++) {
                        ps.setObject(i + 1, binds.get(i));
                    }
                    t = read(ps, shape.columns.size());
                }
                if (flagIdx >= 0) {
                    s.removeIf(r -> r[flagIdx] != null && ValueConverter.toBoolean(r[flagIdx]));
                }
                Map<String, String> sh = hashes(s, shape, keyIdx);
                Map<String, String> th = hashes(t, shape, keyIdx);
                VerifyReport.ChunkReport c = new VerifyReport.ChunkReport(
                        lastKey == null ? null : ValueConverter.canonical(lastKey),
                        more ? ValueConverter.canonical(hi) : null,
                        sh.size(), th.size(), digest(sh), digest(th));
                chunks.add(c);
                if (!c.matches()) {
                    for (Map.Entry<String, String> e : sh.entrySet()) {
                        if (bad.size() < maxKeys && !e.getValue().equals(th.get(e.getKey()))) {
                            bad.add(e.getKey());
                        }
                    }
                    for (String k : th.keySet()) {
                        if (bad.size() < maxKeys && !sh.containsKey(k)) {
                            bad.add(k);
                        }
                    }
                }
                sourceRows += sh.size();
                targetRows += th.size();
                if (hi != null) {
                    lastKey = hi;
                }
            }
            return new VerifyReport(sourceRows, targetRows, chunks, bad);
        }
    }

    private static List<Object[]> read(PreparedStatement ps, int n) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Object[] r = new Object[n];
                for (int i = 0; i < n; i++) {
                    r[i] = rs.getObject(i + 1);
                }
                rows.add(r);
            }
        }
        return rows;
    }

    /** Canonical key to row hash, in read order; values normalized through the source column types. */
    private static Map<String, String> hashes(List<Object[]> rows, TableShape shape, int keyIdx) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Object[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                sb.append(ValueConverter.canonical(ValueConverter.convert(r[i], shape.sourceTypes[i]))).append('\u001f');
            }
            out.put(ValueConverter.canonical(ValueConverter.convert(r[keyIdx], shape.sourceTypes[keyIdx])),
                    sha256(sb.toString()));
        }
        return out;
    }

    /** Order-independent over keys (sorted here), so two collations ordering string keys differently still agree. */
    private static String digest(Map<String, String> rowHashes) {
        StringBuilder sb = new StringBuilder();
        new java.util.TreeMap<>(rowHashes).forEach((k, h) -> sb.append(k).append('=').append(h).append(','));
        return sha256(sb.toString()).substring(0, 16);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
