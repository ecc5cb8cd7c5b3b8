package com.rhosocial.activerecord.jdbc;

import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.Outcome;
import com.rhosocial.activerecord.dialect.Translation;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.*;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;

/**
 * A prepared statement of a {@link ProxyConnection}. When translation moved, repeated or dropped {@code ?}
 * placeholders, each {@code setX(i, v)} is re-bound through the inverse of the translation's parameter map: it sets
 * {@code v} on every target placeholder fed by source parameter {@code i} (none when the translation dropped it).
 * Without translation, or when the map is the identity, setters go straight to the real statement.
 *
 * <p>When the translation has several statements, each is prepared on the same connection; parameters go to the
 * statement holding their placeholder; execution runs them in order and returns the last one's result. Statement
 * settings (fetch size, timeouts, ...) apply to the last statement only.
 */
class ProxyPreparedStatement extends ProxyStatement implements PreparedStatement {

    /** Prepares one SQL string on a physical connection with the caller's options (generated keys, cursor type). */
    interface Preparer {
        PreparedStatement prepare(Connection connection, String sql) throws SQLException;
    }

    private static final int[] NONE = new int[0];

    /** The real statement (the last one when the translation has several). */
    final PreparedStatement real;
    final String sql;
    final String translatedSql;
    /** All real statements when the translation has several, else null. */
    private final PreparedStatement[] parts;
    /**
     * The part whose result answers the caller (see {@link Translation#resultStatement()}); the last one unless the
     * translation reads rows before it changes them.
     */
    private int rowsPart = -1;
    /** Source index to global target indexes, or null when parameters are bound in place. */
    private final int[][] targets;
    /** Global target index to the part holding it, and to its index within that part; null with one part. */
    private final int[] partOf;
    private final int[] local;
    /**
     * True for an {@code INSERT ... RETURNING} translated for a target without RETURNING (prepared with the RETURNING
     * columns as generated-key columns): queries answer with the generated keys.
     */
    boolean keysAsRows;
    /** Bind values kept for the slow-statement log when logParameters=true, else null. */
    Object[] params;
    /** Whether {@link #sql} is DDL: {@link #DDL_UNKNOWN} until first needed (a translation knows it beforehand). */
    private byte ddl;
    private static final byte DDL_UNKNOWN = 0;
    private static final byte DDL_NO = 1;
    private static final byte DDL_YES = 2;

    /** An untranslated (or identity-translated) statement. */
    ProxyPreparedStatement(ProxyConnection connection, PreparedStatement real, String sql) {
        this(connection, real, sql, sql, null, null, null, null);
    }

    ProxyPreparedStatement(ProxyConnection connection, PreparedStatement real, String sql, String translatedSql,
                           PreparedStatement[] parts, int[][] targets, int[] partOf, int[] local) {
        super(connection, real, connection.plainSource());
        this.real = real;
        this.sql = sql;
        this.translatedSql = translatedSql;
        this.parts = parts;
        this.targets = targets;
        this.partOf = partOf;
        this.local = local;
        this.params = connection.settings.logParameters ? new Object[8] : null;
    }

    /** As the full constructor, with the statement kind known from its translation. */
    private ProxyPreparedStatement(ProxyConnection connection, PreparedStatement real, String sql, String translatedSql,
                                   Translation t) {
        this(connection, real, sql, translatedSql, null, null, null, null);
        if (sql.equals(t.source())) {
            this.ddl = t.ddl() ? DDL_YES : DDL_NO;
        }
    }

    /**
     * Binds a date or time value as ISO text when the connection asks for it (see
     * {@link ConnectionSettings#temporalsAsText}); returns true when it did, so the setter does nothing more.
     */
    private boolean boundAsText(int index, Object value) throws SQLException {
        if (connection.settings.temporalsAsText && value != null && TemporalText.handles(value)) {
            setString(index, TemporalText.format(value));
            return true;
        }
        return false;
    }

    /** A statement whose translation binds in place ({@link #inPlace(String, Translation)}), prepared as {@code real}. */
    static ProxyPreparedStatement inPlace(ProxyConnection pc, PreparedStatement real, String sql, Translation t) {
        return new ProxyPreparedStatement(pc, real, sql, t.statements().get(0), t);
    }

    /** Prepares the statement(s) of {@code t} and builds the parameter re-binding. */
    static ProxyPreparedStatement translated(ProxyConnection pc, Connection c, String sql, Translation t, Preparer p)
            throws SQLException {
        List<String> statements = t.statements();
        if (inPlace(sql, pc.plainSource(), t)) {
            // parameters in place (the common case, and every unchanged statement): no map, no copy, no scan
            String target = statements.get(0);
            return new ProxyPreparedStatement(pc, p.prepare(c, target), sql, target, t);
        }
        int[] map = t.parameterMap();
        // the translation counted its own text when it was made: no scan per prepare for a cached one
        int sourceCount = sql.equals(t.source()) ? t.sourceParameterCount()
                : Translation.countParameters(sql, pc.plainSource());
        for (int s : map) {
            sourceCount = Math.max(sourceCount, s);
        }
        if (statements.size() == 1) {
            String target = statements.get(0);
            PreparedStatement real = p.prepare(c, target);
            return new ProxyPreparedStatement(pc, real, sql, target, null, inverse(map, sourceCount), null, null);
        }
        int n = statements.size();
        PreparedStatement[] parts = new PreparedStatement[n];
        int[] partOf = new int[map.length + 1];
        int[] local = new int[map.length + 1];
        int g = 1;
        try {
            for (int k = 0; k < n; k++) {
                String s = statements.get(k);
                int count = Translation.countParameters(s, pc.targetDialect());
                try {
                    parts[k] = p.prepare(c, s);
                } catch (SQLException e) {
                    if (k == 0) {
                        throw e;
                    }
                    // It may name an object an earlier part creates (SQLite compiles while preparing): prepare it
                    // when it runs, after those parts.
                    parts[k] = DeferredPreparedStatement.create(p, c, s);
                }
                for (int j = 1; j <= count; j++) {
                    if (g > map.length) {
                        throw ActiveRecordSqlState.GENERAL_ERROR.exception("translation of '" + sql
                                + "' has more placeholders than its parameter map (" + map.length + ")");
                    }
                    partOf[g] = k;
                    local[g] = j;
                    g++;
                }
            }
            if (g - 1 != map.length) {
                throw ActiveRecordSqlState.GENERAL_ERROR.exception("translation of '" + sql + "' has " + (g - 1)
                        + " placeholders but a parameter map of " + map.length);
            }
        } catch (SQLException | RuntimeException e) {
            for (PreparedStatement ps : parts) {
                if (ps != null) {
                    try {
                        ps.close();
                    } catch (SQLException suppressed) {
                        e.addSuppressed(suppressed);
                    }
                }
            }
            throw e;
        }
        ProxyPreparedStatement ps = new ProxyPreparedStatement(pc, parts[n - 1], sql, t.sql(), parts,
                inverse(map, sourceCount), partOf, local);
        ps.rowsPart = t.resultStatement();
        return ps;
    }

    /**
     * Whether source parameters bind straight to the target statement. A translation of this very text (every one
     * the translator returns) knows it from when it was made, so a cached translation costs a field read; another
     * (a hand-made one) is checked against the text, read as {@code from}'s SQL.
     */
    static boolean inPlace(String sql, Dialect from, Translation t) {
        if (sql.equals(t.source())) {
            return t.bindsInPlace();
        }
        return t.statements().size() == 1 && t.hasIdentityParameters()
                && (t.outcome() == Outcome.UNCHANGED || Translation.countParameters(sql, from) <= t.targetParameterCount());
    }

    /** Inverts a target-to-source map into source index to the target indexes it feeds. */
    static int[][] inverse(int[] map, int sourceCount) {
        int[] counts = new int[sourceCount + 1];
        for (int s : map) {
            counts[s]++;
        }
        int[][] inv = new int[sourceCount + 1][];
        for (int i = 0; i <= sourceCount; i++) {
            inv[i] = counts[i] == 0 ? NONE : new int[counts[i]];
            counts[i] = 0;
        }
        for (int target = 1; target <= map.length; target++) {
            int s = map[target - 1];
            inv[s][counts[s]++] = target;
        }
        return inv;
    }

    /** True when setters go through the re-binding layer (parameters moved, repeated or dropped); for tests. */
    final boolean rebinds() {
        return targets != null;
    }

    final int[] targets(int index) throws SQLException {
        if (index < 1 || index >= targets.length) {
            throw ActiveRecordSqlState.INVALID_PARAMETER_INDEX.exception("parameter index " + index
                    + " is out of range 1.." + (targets.length - 1));
        }
        return targets[index];
    }

    final PreparedStatement part(int globalIndex) {
        return parts == null ? real : parts[partOf[globalIndex]];
    }

    final int local(int globalIndex) {
        return parts == null ? globalIndex : local[globalIndex];
    }

    final void remember(int index, Object value) {
        if (index < 0) {
            return;
        }
        if (index >= params.length) {
            params = Arrays.copyOf(params, Math.max(index + 1, params.length * 2));
        }
        params[index] = value;
    }

    /** The slow-statement check and, after DDL, the metadata refresh; the kind is worked out once per statement. */
    final void afterExecute(long start, Object[] logged) {
        if (start != 0L) {
            connection.checkSlow(start, sql, translatedSql, logged);
        }
        byte kind = ddl;
        if (kind == DDL_NO) {
            return;
        }
        if (kind == DDL_UNKNOWN) {
            if (!connection.hasSchema()) {
                return; // nothing to refresh: leave the kind unknown rather than scan the text
            }
            kind = SqlText.isDdl(sql) ? DDL_YES : DDL_NO;
            ddl = kind;
        }
        if (kind == DDL_YES) {
            connection.ranDdl();
        }
    }

    private void runLeading() throws SQLException {
        if (parts != null) {
            for (int k = 0; k < parts.length - 1; k++) {
                parts[k].execute();
            }
        }
    }

    /** True when an earlier part than the last gives the result (a read before a change). */
    private boolean rowsFirst() {
        return parts != null && rowsPart >= 0 && rowsPart < parts.length - 1;
    }

    /**
     * Runs every part in order and returns the rows of {@link #rowsPart}, read into memory before the later parts
     * change what they were read from.
     */
    private ResultSet runRowsFirst() throws SQLException {
        for (int k = 0; k < rowsPart; k++) {
            parts[k].execute();
        }
        ResultSet rows;
        try (ResultSet rs = parts[rowsPart].executeQuery()) {
            rows = ResultRows.copy(rs);
        }
        for (int k = rowsPart + 1; k < parts.length; k++) {
            parts[k].execute();
        }
        return rows;
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        try {
            long start = connection.beforeExecute();
            try {
                if (rowsFirst()) {
                    return ProxyResultSet.wrap(this, runRowsFirst());
                }
                runLeading();
                if (keysAsRows) {
                    real.executeUpdate();
                    return ProxyResultSet.wrap(this, real.getGeneratedKeys());
                }
                return ProxyResultSet.wrap(this, real.executeQuery());
            } finally {
                afterExecute(start, params);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public int executeUpdate() throws SQLException {
        try {
            long start = connection.beforeExecute();
            try {
                runLeading();
                return real.executeUpdate();
            } finally {
                afterExecute(start, params);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        try {
            long start = connection.beforeExecute();
            try {
                runLeading();
                return real.executeLargeUpdate();
            } finally {
                afterExecute(start, params);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public boolean execute() throws SQLException {
        try {
            long start = connection.beforeExecute();
            try {
                if (rowsFirst()) {
                    pendingRows = runRowsFirst();
                    return true;
                }
                runLeading();
                if (keysAsRows) {
                    real.executeUpdate();
                    keysPending = true;
                    return true;
                }
                return real.execute();
            } finally {
                afterExecute(start, params);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void addBatch() throws SQLException {
        try {
            if (parts == null) {
                real.addBatch();
            } else {
                for (PreparedStatement p : parts) {
                    p.addBatch();
                }
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public int[] executeBatch() throws SQLException {
        try {
            long start = connection.beforeExecute();
            try {
                if (parts != null) {
                    for (int k = 0; k < parts.length - 1; k++) {
                        parts[k].executeBatch();
                    }
                }
                return real.executeBatch();
            } finally {
                afterExecute(start, null);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        try {
            long start = connection.beforeExecute();
            try {
                if (parts != null) {
                    for (int k = 0; k < parts.length - 1; k++) {
                        parts[k].executeLargeBatch();
                    }
                }
                return real.executeLargeBatch();
            } finally {
                afterExecute(start, null);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void clearParameters() throws SQLException {
        try {
            if (parts == null) {
                real.clearParameters();
            } else {
                for (PreparedStatement p : parts) {
                    p.clearParameters();
                }
            }
            if (params != null) {
                Arrays.fill(params, null);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void clearBatch() throws SQLException {
        try {
            if (parts == null) {
                real.clearBatch();
            } else {
                for (PreparedStatement p : parts) {
                    p.clearBatch();
                }
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            super.close();
            if (parts != null) {
                for (int k = 0; k < parts.length - 1; k++) {
                    parts[k].close();
                }
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public String toString() {
        return "ActiveRecordPreparedStatement[" + real + "]";
    }

    // ---- parameter setters and forwarded methods: generated from java.sql.PreparedStatement by reflection --------

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        try {
            return real.getMetaData();
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public ParameterMetaData getParameterMetaData() throws SQLException {
        try {
            return real.getParameterMetaData();
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setArray(int index, Array a1) throws SQLException {
        try {
            if (targets == null) {
                real.setArray(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setArray(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setAsciiStream(int index, InputStream a1, int a2) throws SQLException {
        try {
            if (targets == null) {
                real.setAsciiStream(index, a1, a2);
            } else {
                for (int g : targets(index)) {
                    part(g).setAsciiStream(local(g), a1, a2);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setAsciiStream(int index, InputStream a1, long a2) throws SQLException {
        try {
            if (targets == null) {
                real.setAsciiStream(index, a1, a2);
            } else {
                for (int g : targets(index)) {
                    part(g).setAsciiStream(local(g), a1, a2);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setAsciiStream(int index, InputStream a1) throws SQLException {
        try {
            if (targets == null) {
                real.setAsciiStream(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setAsciiStream(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setBigDecimal(int index, BigDecimal a1) throws SQLException {
        try {
            if (targets == null) {
                real.setBigDecimal(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setBigDecimal(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setBinaryStream(int index, InputStream a1, int a2) throws SQLException {
        try {
            if (targets == null) {
                real.setBinaryStream(index, a1, a2);
            } else {
                for (int g : targets(index)) {
                    part(g).setBinaryStream(local(g), a1, a2);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setBinaryStream(int index, InputStream a1, long a2) throws SQLException {
        try {
            if (targets == null) {
                real.setBinaryStream(index, a1, a2);
            } else {
                for (int g : targets(index)) {
                    part(g).setBinaryStream(local(g), a1, a2);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setBinaryStream(int index, InputStream a1) throws SQLException {
        try {
            if (targets == null) {
                real.setBinaryStream(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setBinaryStream(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setBlob(int index, InputStream a1, long a2) throws SQLException {
        try {
            if (targets == null) {
                real.setBlob(index, a1, a2);
            } else {
                for (int g : targets(index)) {
                    part(g).setBlob(local(g), a1, a2);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setBlob(int index, InputStream a1) throws SQLException {
        try {
            if (targets == null) {
                real.setBlob(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setBlob(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setBlob(int index, Blob a1) throws SQLException {
        try {
            if (targets == null) {
                real.setBlob(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setBlob(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setBoolean(int index, boolean a1) throws SQLException {
        try {
            if (targets == null) {
                real.setBoolean(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setBoolean(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setByte(int index, byte a1) throws SQLException {
        try {
            if (targets == null) {
                real.setByte(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setByte(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setBytes(int index, byte[] a1) throws SQLException {
        try {
            if (targets == null) {
                real.setBytes(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setBytes(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setCharacterStream(int index, Reader a1, int a2) throws SQLException {
        try {
            if (targets == null) {
                real.setCharacterStream(index, a1, a2);
            } else {
                for (int g : targets(index)) {
                    part(g).setCharacterStream(local(g), a1, a2);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setCharacterStream(int index, Reader a1, long a2) throws SQLException {
        try {
            if (targets == null) {
                real.setCharacterStream(index, a1, a2);
            } else {
                for (int g : targets(index)) {
                    part(g).setCharacterStream(local(g), a1, a2);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setCharacterStream(int index, Reader a1) throws SQLException {
        try {
            if (targets == null) {
                real.setCharacterStream(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setCharacterStream(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setClob(int index, Reader a1, long a2) throws SQLException {
        try {
            if (targets == null) {
                real.setClob(index, a1, a2);
            } else {
                for (int g : targets(index)) {
                    part(g).setClob(local(g), a1, a2);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setClob(int index, Reader a1) throws SQLException {
        try {
            if (targets == null) {
                real.setClob(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setClob(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setClob(int index, Clob a1) throws SQLException {
        try {
            if (targets == null) {
                real.setClob(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setClob(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setDate(int index, Date a1, Calendar a2) throws SQLException {
        try {
            if (boundAsText(index, a1)) {
                return;
            }
            if (targets == null) {
                real.setDate(index, a1, a2);
            } else {
                for (int g : targets(index)) {
                    part(g).setDate(local(g), a1, a2);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setDate(int index, Date a1) throws SQLException {
        try {
            if (boundAsText(index, a1)) {
                return;
            }
            if (targets == null) {
                real.setDate(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setDate(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setDouble(int index, double a1) throws SQLException {
        try {
            if (targets == null) {
                real.setDouble(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setDouble(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setFloat(int index, float a1) throws SQLException {
        try {
            if (targets == null) {
                real.setFloat(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setFloat(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setInt(int index, int a1) throws SQLException {
        try {
            if (targets == null) {
                real.setInt(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setInt(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setLong(int index, long a1) throws SQLException {
        try {
            if (targets == null) {
                real.setLong(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setLong(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setNCharacterStream(int index, Reader a1, long a2) throws SQLException {
        try {
            if (targets == null) {
                real.setNCharacterStream(index, a1, a2);
            } else {
                for (int g : targets(index)) {
                    part(g).setNCharacterStream(local(g), a1, a2);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setNCharacterStream(int index, Reader a1) throws SQLException {
        try {
            if (targets == null) {
                real.setNCharacterStream(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setNCharacterStream(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setNClob(int index, Reader a1, long a2) throws SQLException {
        try {
            if (targets == null) {
                real.setNClob(index, a1, a2);
            } else {
                for (int g : targets(index)) {
                    part(g).setNClob(local(g), a1, a2);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setNClob(int index, Reader a1) throws SQLException {
        try {
            if (targets == null) {
                real.setNClob(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setNClob(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setNClob(int index, NClob a1) throws SQLException {
        try {
            if (targets == null) {
                real.setNClob(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setNClob(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setNString(int index, String a1) throws SQLException {
        try {
            if (targets == null) {
                real.setNString(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setNString(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setNull(int index, int a1, String a2) throws SQLException {
        try {
            if (targets == null) {
                real.setNull(index, a1, a2);
            } else {
                for (int g : targets(index)) {
                    part(g).setNull(local(g), a1, a2);
                }
            }
            if (params != null) {
                remember(index, null);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setNull(int index, int a1) throws SQLException {
        try {
            if (targets == null) {
                real.setNull(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setNull(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, null);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setObject(int index, Object a1, int a2, int a3) throws SQLException {
        try {
            if (targets == null) {
                real.setObject(index, a1, a2, a3);
            } else {
                for (int g : targets(index)) {
                    part(g).setObject(local(g), a1, a2, a3);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setObject(int index, Object a1, int a2) throws SQLException {
        try {
            if (boundAsText(index, a1)) {
                return;
            }
            if (targets == null) {
                real.setObject(index, a1, a2);
            } else {
                for (int g : targets(index)) {
                    part(g).setObject(local(g), a1, a2);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setObject(int index, Object a1, SQLType a2, int a3) throws SQLException {
        try {
            if (targets == null) {
                real.setObject(index, a1, a2, a3);
            } else {
                for (int g : targets(index)) {
                    part(g).setObject(local(g), a1, a2, a3);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setObject(int index, Object a1, SQLType a2) throws SQLException {
        try {
            if (targets == null) {
                real.setObject(index, a1, a2);
            } else {
                for (int g : targets(index)) {
                    part(g).setObject(local(g), a1, a2);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setObject(int index, Object a1) throws SQLException {
        try {
            if (boundAsText(index, a1)) {
                return;
            }
            if (targets == null) {
                real.setObject(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setObject(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setRef(int index, Ref a1) throws SQLException {
        try {
            if (targets == null) {
                real.setRef(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setRef(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setRowId(int index, RowId a1) throws SQLException {
        try {
            if (targets == null) {
                real.setRowId(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setRowId(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setSQLXML(int index, SQLXML a1) throws SQLException {
        try {
            if (targets == null) {
                real.setSQLXML(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setSQLXML(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setShort(int index, short a1) throws SQLException {
        try {
            if (targets == null) {
                real.setShort(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setShort(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setString(int index, String a1) throws SQLException {
        try {
            if (targets == null) {
                real.setString(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setString(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setTime(int index, Time a1, Calendar a2) throws SQLException {
        try {
            if (boundAsText(index, a1)) {
                return;
            }
            if (targets == null) {
                real.setTime(index, a1, a2);
            } else {
                for (int g : targets(index)) {
                    part(g).setTime(local(g), a1, a2);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setTime(int index, Time a1) throws SQLException {
        try {
            if (boundAsText(index, a1)) {
                return;
            }
            if (targets == null) {
                real.setTime(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setTime(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setTimestamp(int index, Timestamp a1, Calendar a2) throws SQLException {
        try {
            if (boundAsText(index, a1)) {
                return;
            }
            if (targets == null) {
                real.setTimestamp(index, a1, a2);
            } else {
                for (int g : targets(index)) {
                    part(g).setTimestamp(local(g), a1, a2);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setTimestamp(int index, Timestamp a1) throws SQLException {
        try {
            if (boundAsText(index, a1)) {
                return;
            }
            if (targets == null) {
                real.setTimestamp(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setTimestamp(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setURL(int index, URL a1) throws SQLException {
        try {
            if (targets == null) {
                real.setURL(index, a1);
            } else {
                for (int g : targets(index)) {
                    part(g).setURL(local(g), a1);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Deprecated
    @SuppressWarnings("deprecation")
    @Override
    public void setUnicodeStream(int index, InputStream a1, int a2) throws SQLException {
        try {
            if (targets == null) {
                real.setUnicodeStream(index, a1, a2);
            } else {
                for (int g : targets(index)) {
                    part(g).setUnicodeStream(local(g), a1, a2);
                }
            }
            if (params != null) {
                remember(index, a1);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }
}
