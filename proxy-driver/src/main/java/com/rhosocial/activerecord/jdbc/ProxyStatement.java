package com.rhosocial.activerecord.jdbc;

import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.Outcome;
import com.rhosocial.activerecord.dialect.Translation;

import java.sql.*;
import java.util.List;

/**
 * A statement of a {@link ProxyConnection}: each SQL string passes through the translator (when a source dialect
 * is in effect), execution is timed for the slow-statement log, and {@link #getConnection()} returns the wrapping
 * connection. Everything else goes straight to the real statement. When a translation yields several statements,
 * the leading ones run first on the same connection and the last one's result is the result.
 */
class ProxyStatement implements Statement {

    final ProxyConnection connection;
    final Statement delegate;
    /** Dialect the SQL strings given to this statement are written in; null when they run as written. */
    final Dialect from;
    private boolean closed;
    /** A DDL statement was added to the batch: the schema cache is cleared once the batch ran. */
    private boolean batchHasDdl;
    /** Links of the connection's intrusive list of open statements. */
    ProxyStatement prevOpen;
    ProxyStatement nextOpen;

    ProxyStatement(ProxyConnection connection, Statement delegate, Dialect from) {
        this.connection = connection;
        this.delegate = delegate;
        this.from = from;
    }

    /** Translates {@code sql}, runs any leading statements of the translation, and returns the statement to run. */
    private String translated(String sql) throws SQLException {
        return translated(sql, false);
    }

    /**
     * As {@link #translated(String)}; with {@code rows}, a translation that reads rows before changing them runs
     * here whole and returns null, its rows in {@link #pendingRows} (update calls run the statements in order).
     */
    private String translated(String sql, boolean rows) throws SQLException {
        if (from == null) {
            return sql;
        }
        Translation t = connection.translate(sql, from);
        if (t == null) {
            return sql;
        }
        List<String> statements = t.statements();
        int n = statements.size();
        if (rows && t.resultStatement() < n - 1) {
            return runRowsFirst(t);
        }
        for (int i = 0; i < n - 1; i++) {
            delegate.execute(statements.get(i));
        }
        keyColumns = t.generatedKeyColumns().isEmpty() ? null : t.generatedKeyColumns().toArray(new String[0]);
        return statements.get(n - 1);
    }

    /**
     * A translation that reads rows before changing them: runs every statement in order, keeps the rows of the
     * result statement in memory as {@link #pendingRows} (the later statements change what they were read from),
     * and returns null to say the statement already ran.
     */
    private String runRowsFirst(Translation t) throws SQLException {
        List<String> statements = t.statements();
        int r = t.resultStatement();
        for (int i = 0; i < r; i++) {
            delegate.execute(statements.get(i));
        }
        ResultSet rows;
        try (ResultSet rs = delegate.executeQuery(statements.get(r))) {
            rows = ResultRows.copy(rs);
        }
        for (int i = r + 1; i < statements.size(); i++) {
            delegate.execute(statements.get(i));
        }
        keyColumns = null;
        pendingRows = rows;
        return null;
    }

    /** Runs {@code s} as an update asking for {@link #keyColumns} as generated keys. */
    private void updateForKeys(String s) throws SQLException {
        try {
            delegate.executeUpdate(s, keyColumns);
        } catch (SQLFeatureNotSupportedException e) {
            // drivers without key columns on Statement (SQLite's) still return the generated row id
            delegate.executeUpdate(s, Statement.RETURN_GENERATED_KEYS);
        }
    }

    /** After {@code execute} answered an INSERT ... RETURNING with generated keys: the next result set is them. */
    boolean keysPending;

    /** After {@code execute} ran a translation that reads rows before changing them: those rows, in memory. */
    ResultSet pendingRows;

    /** Generated-key columns standing in for the RETURNING of the statement {@link #translated} last returned. */
    private String[] keyColumns;

    /**
     * As {@link #translated(String)} for {@code execute}, which can return several results: when the caller wrote
     * several statements in one string (rather than the translator emulating one statement with several), they go
     * to the real driver together, so each keeps its own result as with the real driver.
     */
    private String translatedForExecute(String sql) throws SQLException {
        return translatedForExecute(sql, false);
    }

    /** As {@link #translatedForExecute(String)}; {@code rows} as in {@link #translated(String, boolean)}. */
    private String translatedForExecute(String sql, boolean rows) throws SQLException {
        if (from == null) {
            return sql;
        }
        Translation t = connection.translate(sql, from);
        if (t == null) {
            return sql;
        }
        List<String> statements = t.statements();
        int n = statements.size();
        // Sent together only when each statement the caller wrote became one statement: a statement the translator
        // spelled as several (CREATE OR REPLACE VIEW as DROP + CREATE on SQLite) would otherwise reach drivers that
        // run only the first statement of a string (xerial SQLite), silently skipping the rest.
        if (n > 1 && t.outcome() != Outcome.EMULATED && SqlText.countStatements(sql) == n) {
            keyColumns = null;
            return t.sql();
        }
        if (rows && t.resultStatement() < n - 1) {
            return runRowsFirst(t);
        }
        for (int i = 0; i < n - 1; i++) {
            delegate.execute(statements.get(i));
        }
        keyColumns = t.generatedKeyColumns().isEmpty() ? null : t.generatedKeyColumns().toArray(new String[0]);
        return statements.get(n - 1);
    }

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        try {
            long start = connection.beforeExecute();
            String s = sql;
            try {
                s = translated(sql, true);
                if (s == null) {
                    ResultSet rows = pendingRows;
                    pendingRows = null;
                    return ProxyResultSet.wrap(this, rows);
                }
                if (keyColumns != null) {
                    // INSERT ... RETURNING on a target without RETURNING: the rows are the generated keys
                    updateForKeys(s);
                    return ProxyResultSet.wrap(this, delegate.getGeneratedKeys());
                }
                return ProxyResultSet.wrap(this, delegate.executeQuery(s));
            } finally {
                connection.afterExecute(start, sql, s, null);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        try {
            long start = connection.beforeExecute();
            String s = sql;
            try {
                s = translated(sql);
                return delegate.executeUpdate(s);
            } finally {
                connection.afterExecute(start, sql, s, null);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public int executeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        try {
            long start = connection.beforeExecute();
            String s = sql;
            try {
                s = translated(sql);
                return delegate.executeUpdate(s, autoGeneratedKeys);
            } finally {
                connection.afterExecute(start, sql, s, null);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public int executeUpdate(String sql, int[] columnIndexes) throws SQLException {
        try {
            long start = connection.beforeExecute();
            String s = sql;
            try {
                s = translated(sql);
                return delegate.executeUpdate(s, columnIndexes);
            } finally {
                connection.afterExecute(start, sql, s, null);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public int executeUpdate(String sql, String[] columnNames) throws SQLException {
        try {
            long start = connection.beforeExecute();
            String s = sql;
            try {
                s = translated(sql);
                return delegate.executeUpdate(s, columnNames);
            } finally {
                connection.afterExecute(start, sql, s, null);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public long executeLargeUpdate(String sql) throws SQLException {
        try {
            long start = connection.beforeExecute();
            String s = sql;
            try {
                s = translated(sql);
                return delegate.executeLargeUpdate(s);
            } finally {
                connection.afterExecute(start, sql, s, null);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public long executeLargeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        try {
            long start = connection.beforeExecute();
            String s = sql;
            try {
                s = translated(sql);
                return delegate.executeLargeUpdate(s, autoGeneratedKeys);
            } finally {
                connection.afterExecute(start, sql, s, null);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public long executeLargeUpdate(String sql, int[] columnIndexes) throws SQLException {
        try {
            long start = connection.beforeExecute();
            String s = sql;
            try {
                s = translated(sql);
                return delegate.executeLargeUpdate(s, columnIndexes);
            } finally {
                connection.afterExecute(start, sql, s, null);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public long executeLargeUpdate(String sql, String[] columnNames) throws SQLException {
        try {
            long start = connection.beforeExecute();
            String s = sql;
            try {
                s = translated(sql);
                return delegate.executeLargeUpdate(s, columnNames);
            } finally {
                connection.afterExecute(start, sql, s, null);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public boolean execute(String sql) throws SQLException {
        try {
            long start = connection.beforeExecute();
            String s = sql;
            try {
                s = translatedForExecute(sql, true);
                if (s == null) {
                    return true; // the rows wait in pendingRows for getResultSet
                }
                if (keyColumns != null) {
                    updateForKeys(s);
                    keysPending = true;
                    return true;
                }
                return delegate.execute(s);
            } finally {
                connection.afterExecute(start, sql, s, null);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public boolean execute(String sql, int autoGeneratedKeys) throws SQLException {
        try {
            long start = connection.beforeExecute();
            String s = sql;
            try {
                s = translatedForExecute(sql);
                return delegate.execute(s, autoGeneratedKeys);
            } finally {
                connection.afterExecute(start, sql, s, null);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public boolean execute(String sql, int[] columnIndexes) throws SQLException {
        try {
            long start = connection.beforeExecute();
            String s = sql;
            try {
                s = translatedForExecute(sql);
                return delegate.execute(s, columnIndexes);
            } finally {
                connection.afterExecute(start, sql, s, null);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public boolean execute(String sql, String[] columnNames) throws SQLException {
        try {
            long start = connection.beforeExecute();
            String s = sql;
            try {
                s = translatedForExecute(sql);
                return delegate.execute(s, columnNames);
            } finally {
                connection.afterExecute(start, sql, s, null);
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void addBatch(String sql) throws SQLException {
        try {
            if (SqlText.isDdl(sql)) {
                batchHasDdl = true;
            }
            if (from != null) {
                Translation t = connection.translate(sql, from);
                if (t != null) {
                    for (String s : t.statements()) {
                        delegate.addBatch(s);
                    }
                    return;
                }
            }
            delegate.addBatch(sql);
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public int[] executeBatch() throws SQLException {
        try {
            long start = connection.beforeExecute();
            try {
                return delegate.executeBatch();
            } finally {
                connection.afterExecute(start, batchHasDdl ? "<batch with DDL>" : "<batch>", null, null);
                if (batchHasDdl) {
                    connection.cluster.primary.schema.invalidate();
                    batchHasDdl = false;
                }
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
                return delegate.executeLargeBatch();
            } finally {
                connection.afterExecute(start, batchHasDdl ? "<batch with DDL>" : "<batch>", null, null);
                if (batchHasDdl) {
                    connection.cluster.primary.schema.invalidate();
                    batchHasDdl = false;
                }
            }
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public ResultSet getResultSet() throws SQLException {
        try {
            if (keysPending) {
                keysPending = false;
                return ProxyResultSet.wrap(this, delegate.getGeneratedKeys());
            }
            if (pendingRows != null) {
                ResultSet rows = pendingRows;
                pendingRows = null;
                return ProxyResultSet.wrap(this, rows);
            }
            return ProxyResultSet.wrap(this, delegate.getResultSet());
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public ResultSet getGeneratedKeys() throws SQLException {
        try {
            return ProxyResultSet.wrap(this, delegate.getGeneratedKeys());
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (closed) {
            throw ActiveRecordSqlState.CONNECTION_DOES_NOT_EXIST.exception("statement is closed");
        }
        return connection;
    }

    @Override
    public void close() throws SQLException {
        try {
            if (!closed) {
                closed = true;
                connection.statementClosed(this);
            }
            delegate.close();
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    /** True when the real statement is closed, also when the real driver closed it on its own. */
    final boolean isDelegateClosed() {
        try {
            return delegate.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return delegate.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate.isWrapperFor(iface);
    }

    @Override
    public String toString() {
        return "ActiveRecordStatement[" + delegate + "]";
    }

    // ---- forwarded unchanged: generated from the java.sql interface by reflection, one line per method ------------

    @Override
    public void cancel() throws SQLException {
        try {
            delegate.cancel();
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void clearBatch() throws SQLException {
        try {
            delegate.clearBatch();
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void clearWarnings() throws SQLException {
        try {
            delegate.clearWarnings();
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void closeOnCompletion() throws SQLException {
        try {
            delegate.closeOnCompletion();
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public String enquoteIdentifier(String a0, boolean a1) throws SQLException {
        try {
            return delegate.enquoteIdentifier(a0, a1);
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public String enquoteLiteral(String a0) throws SQLException {
        try {
            return delegate.enquoteLiteral(a0);
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public String enquoteNCharLiteral(String a0) throws SQLException {
        try {
            return delegate.enquoteNCharLiteral(a0);
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public int getFetchDirection() throws SQLException {
        try {
            return delegate.getFetchDirection();
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public int getFetchSize() throws SQLException {
        try {
            return delegate.getFetchSize();
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public long getLargeMaxRows() throws SQLException {
        try {
            return delegate.getLargeMaxRows();
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public long getLargeUpdateCount() throws SQLException {
        try {
            return delegate.getLargeUpdateCount();
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public int getMaxFieldSize() throws SQLException {
        try {
            return delegate.getMaxFieldSize();
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public int getMaxRows() throws SQLException {
        try {
            return delegate.getMaxRows();
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public boolean getMoreResults() throws SQLException {
        try {
            return delegate.getMoreResults();
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public boolean getMoreResults(int a0) throws SQLException {
        try {
            return delegate.getMoreResults(a0);
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public int getQueryTimeout() throws SQLException {
        try {
            return delegate.getQueryTimeout();
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public int getResultSetConcurrency() throws SQLException {
        try {
            return delegate.getResultSetConcurrency();
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public int getResultSetHoldability() throws SQLException {
        try {
            return delegate.getResultSetHoldability();
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public int getResultSetType() throws SQLException {
        try {
            return delegate.getResultSetType();
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public int getUpdateCount() throws SQLException {
        try {
            if (keysPending) {
                return -1;
            }
            return delegate.getUpdateCount();
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        try {
            return delegate.getWarnings();
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public boolean isCloseOnCompletion() throws SQLException {
        try {
            return delegate.isCloseOnCompletion();
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public boolean isClosed() throws SQLException {
        try {
            return delegate.isClosed();
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public boolean isPoolable() throws SQLException {
        try {
            return delegate.isPoolable();
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public boolean isSimpleIdentifier(String a0) throws SQLException {
        try {
            return delegate.isSimpleIdentifier(a0);
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setCursorName(String a0) throws SQLException {
        try {
            delegate.setCursorName(a0);
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setEscapeProcessing(boolean a0) throws SQLException {
        try {
            delegate.setEscapeProcessing(a0);
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setFetchDirection(int a0) throws SQLException {
        try {
            delegate.setFetchDirection(a0);
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setFetchSize(int a0) throws SQLException {
        try {
            delegate.setFetchSize(a0);
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setLargeMaxRows(long a0) throws SQLException {
        try {
            delegate.setLargeMaxRows(a0);
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setMaxFieldSize(int a0) throws SQLException {
        try {
            delegate.setMaxFieldSize(a0);
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setMaxRows(int a0) throws SQLException {
        try {
            delegate.setMaxRows(a0);
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setPoolable(boolean a0) throws SQLException {
        try {
            delegate.setPoolable(a0);
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }

    @Override
    public void setQueryTimeout(int a0) throws SQLException {
        try {
            delegate.setQueryTimeout(a0);
        } catch (SQLException e) {
            throw connection.checked(e);
        }
    }
}
