package com.rhosocial.activerecord.cli.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Full copy of one table from a source connection to a target connection, and verification that both hold the same
 * rows. Works with portable SQL only; the target table is replaced in one transaction, so a failed copy leaves the
 * target as it was. Not thread-safe; one instance per table and run.
 */
public final class TableSync {

    /** Receives progress while rows are copied or read. */
    @FunctionalInterface
    public interface Progress {
        void rows(long done, long total);
    }

    /** The outcome of {@link #verify}: counts, chunk checksums compared, and the first differing keys. */
    public record Verification(String table, long sourceRows, long targetRows, int chunks, int differingChunks,
                               List<String> missingOnTarget, List<String> extraOnTarget, List<String> differing) {
        public boolean matches() {
            return sourceRows == targetRows && differingChunks == 0 && missingOnTarget.isEmpty()
                    && extraOnTarget.isEmpty() && differing.isEmpty();
        }
    }

    static final int CHUNK = 1000;
    static final int MAX_KEYS_REPORTED = 10;

    private final String table;
    private final int batchSize;

    public TableSync(String table, int batchSize) {
        if (table == null || !table.matches("[A-Za-z_][A-Za-z0-9_$.]*")) {
            throw new IllegalArgumentException("table name must be a plain identifier (optionally schema.table), got '" + table + "'");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
        }
        this.table = table;
        this.batchSize = batchSize;
    }

    /** Rows in the table on {@code c}. */
    public long count(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** True when the table exists on {@code c}. */
    public boolean exists(Connection c) {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            return true;
        } catch (SQLException e) {
            return false;
        } finally {
            resetAfterFailure(c);
        }
    }

    /**
     * Creates the table on the target from the source's column types, mapped onto portable type names (integers,
     * DECIMAL(p,s), VARCHAR(n), DOUBLE PRECISION, BOOLEAN, DATE, TIME, TIMESTAMP) and the source's primary key.
     *
     * @return the DDL that was run
     */
    public String createLike(Connection source, Connection target) throws SQLException {
        StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(table).append(" (");
        try (Statement st = source.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                ddl.append(i == 1 ? "" : ", ").append(md.getColumnLabel(i).toLowerCase(Locale.ROOT)).append(' ')
                        .append(portableType(md, i));
            }
        }
        List<String> pk = primaryKey(source);
        if (!pk.isEmpty()) {
            ddl.append(", PRIMARY KEY (").append(String.join(", ", pk)).append(')');
        }
        ddl.append(')');
        try (Statement st = target.createStatement()) {
            st.execute(ddl.toString());
        }
        return ddl.toString();
    }

    private static String portableType(ResultSetMetaData md, int i) throws SQLException {
        int p = md.getPrecision(i);
        int s = md.getScale(i);
        String name = md.getColumnTypeName(i) == null ? "" : md.getColumnTypeName(i).toUpperCase(Locale.ROOT);
        switch (md.getColumnType(i)) {
            case Types.TINYINT, Types.SMALLINT:
                return "SMALLINT";
            case Types.INTEGER:
                return "INTEGER";
            case Types.BIGINT:
                return "BIGINT";
            case Types.DECIMAL, Types.NUMERIC:
                return p > 0 && p <= 38 ? "DECIMAL(" + p + "," + Math.max(0, s) + ")" : "DECIMAL(38,10)";
            case Types.REAL, Types.FLOAT, Types.DOUBLE:
                return "DOUBLE PRECISION";
            case Types.BOOLEAN, Types.BIT:
                return "BOOLEAN";
            case Types.DATE:
                return "DATE";
            case Types.TIME:
                return "TIME";
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE:
                return "TIMESTAMP";
            case Types.CHAR, Types.NCHAR:
                return "CHAR(" + (p > 0 && p <= 255 ? p : 255) + ")";
            default:
                // SQLite reports declared DATETIME/DECIMAL columns with their declared names; honour them.
                if (name.startsWith("DATETIME") || name.startsWith("TIMESTAMP")) {
                    return "TIMESTAMP";
                }
                if (name.startsWith("DECIMAL") || name.startsWith("NUMERIC")) {
                    return "DECIMAL(38,10)";
                }
                return "VARCHAR(" + (p > 0 && p <= 4000 ? p : 4000) + ")";
        }
    }

    /**
     * Replaces the target table's rows with the source's, in one target transaction, batched.
     *
     * @return rows copied
     */
    public long copy(Connection source, Connection target, Progress progress) throws SQLException {
        long total = count(source);
        Map<String, Integer> targetTypes = columnTypes(target);
        boolean autoCommit = target.getAutoCommit();
        target.setAutoCommit(false);
        long done = 0;
        try (Statement del = target.createStatement()) {
            del.executeUpdate("DELETE FROM " + table);
            try (Statement st = source.createStatement()) {
                st.setFetchSize(CHUNK);
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData md = rs.getMetaData();
                    int n = md.getColumnCount();
                    List<String> cols = new ArrayList<>(n);
                    int[] types = new int[n];
                    for (int i = 1; i <= n; i++) {
                        String col = md.getColumnLabel(i).toLowerCase(Locale.ROOT);
                        Integer type = targetTypes.get(col);
                        if (type == null) {
                            throw new SQLException("target table " + table + " has no column " + col
                                    + " (target columns: " + targetTypes.keySet() + ")", "42S22");
                        }
                        cols.add(col);
                        types[i - 1] = type;
                    }
                    String insert = "INSERT INTO " + table + " (" + String.join(", ", cols) + ") VALUES ("
                            + "?, ".repeat(n - 1) + "?)";
                    try (PreparedStatement ps = target.prepareStatement(insert)) {
                        int inBatch = 0;
                        while (rs.next()) {
                            for (int i = 1; i <= n; i++) {
                                Object v = Values.forTarget(rs.getObject(i), types[i - 1]);
                                if (v == null) {
                                    ps.setNull(i, types[i - 1]);
                                } else {
                                    ps.setObject(i, v);
                                }
                            }
                            ps.addBatch();
                            done++;
                            if (++inBatch == batchSize) {
                                ps.executeBatch();
                                inBatch = 0;
                                progress.rows(done, total);
                            }
                        }
                        if (inBatch > 0) {
                            ps.executeBatch();
                        }
                    }
                }
            }
            target.commit();
            progress.rows(done, Math.max(done, total));
            return done;
        } catch (SQLException | RuntimeException e) {
            target.rollback();
            throw e;
        } finally {
            target.setAutoCommit(autoCommit);
        }
    }

    /**
     * Compares the table on both sides: row counts, then every row by key in canonical form, grouped in chunks of
     * {@value #CHUNK} keys whose SHA-256 checksums are compared; reports the first differing keys of each kind.
     * Holds one hash per row in memory (about 100 bytes a row).
     *
     * @param keyColumns key columns; empty to use the source's primary key (or the whole row when it has none)
     */
    public Verification verify(Connection source, Connection target, List<String> keyColumns, Progress progress)
            throws SQLException {
        List<String> key = keyColumns.isEmpty() ? primaryKey(source) : keyColumns;
        TreeMap<String, String> src = digestRows(source, key, progress);
        TreeMap<String, String> dst = digestRows(target, key, (d, t) -> { });
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        List<String> differing = new ArrayList<>();
        for (Map.Entry<String, String> e : src.entrySet()) {
            String other = dst.get(e.getKey());
            if (other == null) {
                add(missing, e.getKey());
            } else if (!other.equals(e.getValue())) {
                add(differing, e.getKey());
            }
        }
        for (String k : dst.keySet()) {
            if (!src.containsKey(k)) {
                add(extra, k);
            }
        }
        // Chunk checksums over the union of keys, in key order: cheap to compare, and what a larger tool would send.
        TreeMap<String, Boolean> all = new TreeMap<>();
        src.keySet().forEach(k -> all.put(k, true));
        dst.keySet().forEach(k -> all.put(k, true));
        int chunks = 0;
        int differingChunks = 0;
        MessageDigest a = sha256();
        MessageDigest b = sha256();
        int inChunk = 0;
        for (String k : all.keySet()) {
            a.update(Objects.requireNonNullElse(src.get(k), "-").getBytes(StandardCharsets.UTF_8));
            b.update(Objects.requireNonNullElse(dst.get(k), "-").getBytes(StandardCharsets.UTF_8));
            if (++inChunk == CHUNK) {
                chunks++;
                differingChunks += MessageDigest.isEqual(a.digest(), b.digest()) ? 0 : 1;
                inChunk = 0;
            }
        }
        if (inChunk > 0) {
            chunks++;
            differingChunks += MessageDigest.isEqual(a.digest(), b.digest()) ? 0 : 1;
        }
        return new Verification(table, count(source), count(target), chunks, differingChunks, missing, extra, differing);
    }

    /**
     * Reads a value; date and time columns through their typed getters, because sqlite-jdbc keeps a bound timestamp
     * as epoch milliseconds and gives them back as a number from {@code getObject}.
     */
    private static Object read(ResultSet rs, int i, int type) throws SQLException {
        try {
            switch (type) {
                case Types.TIMESTAMP:
                    return rs.getTimestamp(i);
                case Types.DATE:
                    return rs.getDate(i);
                default:
                    return rs.getObject(i);
            }
        } catch (SQLException e) {
            return rs.getObject(i); // text the driver cannot parse as a date: compare it as it is
        }
    }

    private static void add(List<String> keys, String k) {
        if (keys.size() < MAX_KEYS_REPORTED) {
            keys.add(k);
        }
    }

    /** Key text to row hash; rows without a key are told apart by an occurrence counter. */
    private TreeMap<String, String> digestRows(Connection c, List<String> key, Progress progress) throws SQLException {
        long total = count(c);
        TreeMap<String, String> out = new TreeMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        MessageDigest md = sha256();
        long done = 0;
        try (Statement st = c.createStatement()) {
            st.setFetchSize(CHUNK);
            try (ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
                ResultSetMetaData meta = rs.getMetaData();
                int n = meta.getColumnCount();
                List<String> names = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    names.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
                }
                List<Integer> keyIdx = new ArrayList<>();
                for (String k : key) {
                    int idx = names.indexOf(k.toLowerCase(Locale.ROOT));
                    if (idx < 0) {
                        throw new IllegalArgumentException("key column '" + k + "' is not a column of " + table + " " + names);
                    }
                    keyIdx.add(idx);
                }
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    String[] values = new String[n];
                    for (int i = 0; i < n; i++) {
                        values[i] = Values.canonical(read(rs, i + 1, meta.getColumnType(i + 1)));
                        row.append(names.get(i)).append('=').append(values[i]).append('\u0001');
                    }
                    String hash = HexFormat.of().formatHex(md.digest(row.toString().getBytes(StandardCharsets.UTF_8)));
                    String k;
                    if (keyIdx.isEmpty()) {
                        k = hash;
                    } else {
                        StringBuilder kb = new StringBuilder();
                        for (int idx : keyIdx) {
                            kb.append(kb.length() == 0 ? "" : ", ").append(names.get(idx)).append('=').append(values[idx]);
                        }
                        k = kb.toString();
                    }
                    int occurrence = seen.merge(k, 1, Integer::sum);
                    out.put(occurrence == 1 ? k : k + " #" + occurrence, hash);
                    if (++done % CHUNK == 0) {
                        progress.rows(done, total);
                    }
                }
            }
        }
        progress.rows(done, Math.max(done, total));
        return out;
    }

    /** Primary key columns of the table on {@code c}, lower-cased; empty when it has none. */
    public List<String> primaryKey(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String bare = table.contains(".") ? table.substring(table.indexOf('.') + 1) : table;
        String schema = table.contains(".") ? table.substring(0, table.indexOf('.')) : null;
        for (String name : new String[] {bare, bare.toLowerCase(Locale.ROOT), bare.toUpperCase(Locale.ROOT)}) {
            TreeMap<Short, String> cols = new TreeMap<>();
            try (ResultSet rs = md.getPrimaryKeys(null, schema, name)) {
                while (rs.next()) {
                    cols.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            if (!cols.isEmpty()) {
                return new ArrayList<>(cols.values());
            }
        }
        return List.of();
    }

    private Map<String, Integer> columnTypes(Connection c) throws SQLException {
        Map<String, Integer> types = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                types.put(md.getColumnLabel(i).toLowerCase(Locale.ROOT), md.getColumnType(i));
            }
        }
        return types;
    }

    private static void resetAfterFailure(Connection c) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback(); // PostgreSQL refuses every later statement of a transaction after an error
            }
        } catch (SQLException ignored) {
            // the caller's next statement reports any real problem
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
