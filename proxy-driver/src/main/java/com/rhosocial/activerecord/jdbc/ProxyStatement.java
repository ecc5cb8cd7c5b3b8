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
        if (from == null) {
            return sql;
        }
        Translation t = connection.translate(sql, from);
        if (t == null) {
            return sql;
        }
        List<String> statements = t.statements();
        int n = statements.size();
        for (int i = 0; i < n - 1; i++) {
            delegate.execute(statements.get(i));
        }
        keyColumns = t.generatedKeyColumns().isEmpty() ? null : t.generatedKeyColumns().toArray(new String[0]);
        return statements.get(n - 1);
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

    /** Generated-key columns standing in for the RETURNING of the statement {@link #translated} last returned. */
    private String[] keyColumns;

    /**
     * As {@link #translated(String)} for {@code execute}, which can return several results: when the caller wrote
     * several statements in one string (rather than the translator emulating one statement with several), they go
     * to the real driver together, so each keeps its own result as with the real driver.
     */
    private String translatedForExecute(String sql) throws SQLException {
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
        for (int i = 0; i < n - 1; i++) {
            delegate.execute(statements.get(i));
        }
        keyColumns = t.generatedKeyColumns().isEmpty() ? null : t.generatedKeyColumns().toArray(new String[0]);
        return statements.get(n - 1);
    }

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        long start = connection.beforeExecute();
        String s = sql;
        try {
            s = translated(sql);
            if (keyColumns != null) {
                // INSERT ... RETURNING on a target without RETURNING: the rows are the generated keys
                updateForKeys(s);
                return ProxyResultSet.wrap(this, delegate.getGeneratedKeys());
            }
            return ProxyResultSet.wrap(this, delegate.executeQuery(s));
        } finally {
            connection.afterExecute(start, sql, s, null);
        }
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        long start = connection.beforeExecute();
        String s = sql;
        try {
            s = translated(sql);
            return delegate.executeUpdate(s);
        } finally {
            connection.afterExecute(start, sql, s, null);
        }
    }

    @Override
    public int executeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        long start = connection.beforeExecute();
        String s = sql;
        try {
            s = translated(sql);
            return delegate.executeUpdate(s, autoGeneratedKeys);
        } finally {
            connection.afterExecute(start, sql, s, null);
        }
    }

    @Override
    public int executeUpdate(String sql, int[] columnIndexes) throws SQLException {
        long start = connection.beforeExecute();
        String s = sql;
        try {
            s = translated(sql);
            return delegate.executeUpdate(s, columnIndexes);
        } finally {
            connection.afterExecute(start, sql, s, null);
        }
    }

    @Override
    public int executeUpdate(String sql, String[] columnNames) throws SQLException {
        long start = connection.beforeExecute();
        String s = sql;
        try {
            s = translated(sql);
            return delegate.executeUpdate(s, columnNames);
        } finally {
            connection.afterExecute(start, sql, s, null);
        }
    }

    @Override
    public long executeLargeUpdate(String sql) throws SQLException {
        long start = connection.beforeExecute();
        String s = sql;
        try {
            s = translated(sql);
            return delegate.executeLargeUpdate(s);
        } finally {
            connection.afterExecute(start, sql, s, null);
        }
    }

    @Override
    public long executeLargeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        long start = connection.beforeExecute();
        String s = sql;
        try {
            s = translated(sql);
            return delegate.executeLargeUpdate(s, autoGeneratedKeys);
        } finally {
            connection.afterExecute(start, sql, s, null);
        }
    }

    @Override
    public long executeLargeUpdate(String sql, int[] columnIndexes) throws SQLException {
        long start = connection.beforeExecute();
        String s = sql;
        try {
            s = translated(sql);
            return delegate.executeLargeUpdate(s, columnIndexes);
        } finally {
            connection.afterExecute(start, sql, s, null);
        }
    }

    @Override
    public long executeLargeUpdate(String sql, String[] columnNames) throws SQLException {
        long start = connection.beforeExecute();
        String s = sql;
        try {
            s = translated(sql);
            return delegate.executeLargeUpdate(s, columnNames);
        } finally {
            connection.afterExecute(start, sql, s, null);
        }
    }

    @Override
    public boolean execute(String sql) throws SQLException {
        long start = connection.beforeExecute();
        String s = sql;
        try {
            s = translatedForExecute(sql);
            if (keyColumns != null) {
                updateForKeys(s);
                keysPending = true;
                return true;
            }
            return delegate.execute(s);
        } finally {
            connection.afterExecute(start, sql, s, null);
        }
    }

    @Override
    public boolean execute(String sql, int autoGeneratedKeys) throws SQLException {
        long start = connection.beforeExecute();
        String s = sql;
        try {
            s = translatedForExecute(sql);
            return delegate.execute(s, autoGeneratedKeys);
        } finally {
            connection.afterExecute(start, sql, s, null);
        }
    }

    @Override
    public boolean execute(String sql, int[] columnIndexes) throws SQLException {
        long start = connection.beforeExecute();
        String s = sql;
        try {
            s = translatedForExecute(sql);
            return delegate.execute(s, columnIndexes);
        } finally {
            connection.afterExecute(start, sql, s, null);
        }
    }

    @Override
    public boolean execute(String sql, String[] columnNames) throws SQLException {
        long start = connection.beforeExecute();
        String s = sql;
        try {
            s = translatedForExecute(sql);
            return delegate.execute(s, columnNames);
        } finally {
            connection.afterExecute(start, sql, s, null);
        }
    }

    @Override
    public void addBatch(String sql) throws SQLException {
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
    }

    @Override
    public int[] executeBatch() throws SQLException {
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
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
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
    }

    @Override
    public ResultSet getResultSet() throws SQLException {
        if (keysPending) {
            keysPending = false;
            return ProxyResultSet.wrap(this, delegate.getGeneratedKeys());
        }
        return ProxyResultSet.wrap(this, delegate.getResultSet());
    }

    @Override
    public ResultSet getGeneratedKeys() throws SQLException {
        return ProxyResultSet.wrap(this, delegate.getGeneratedKeys());
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
        if (!closed) {
            closed = true;
            connection.statementClosed(this);
        }
        delegate.close();
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
        delegate.cancel();
    }

    @Override
    public void clearBatch() throws SQLException {
        delegate.clearBatch();
    }

    @Override
    public void clearWarnings() throws SQLException {
        delegate.clearWarnings();
    }

    @Override
    public void closeOnCompletion() throws SQLException {
        delegate.closeOnCompletion();
    }

    @Override
    public String enquoteIdentifier(String a0, boolean a1) throws SQLException {
        return delegate.enquoteIdentifier(a0, a1);
    }

    @Override
    public String enquoteLiteral(String a0) throws SQLException {
        return delegate.enquoteLiteral(a0);
    }

    @Override
    public String enquoteNCharLiteral(String a0) throws SQLException {
        return delegate.enquoteNCharLiteral(a0);
    }

    @Override
    public int getFetchDirection() throws SQLException {
        return delegate.getFetchDirection();
    }

    @Override
    public int getFetchSize() throws SQLException {
        return delegate.getFetchSize();
    }

    @Override
    public long getLargeMaxRows() throws SQLException {
        return delegate.getLargeMaxRows();
    }

    @Override
    public long getLargeUpdateCount() throws SQLException {
        return delegate.getLargeUpdateCount();
    }

    @Override
    public int getMaxFieldSize() throws SQLException {
        return delegate.getMaxFieldSize();
    }

    @Override
    public int getMaxRows() throws SQLException {
        return delegate.getMaxRows();
    }

    @Override
    public boolean getMoreResults() throws SQLException {
        return delegate.getMoreResults();
    }

    @Override
    public boolean getMoreResults(int a0) throws SQLException {
        return delegate.getMoreResults(a0);
    }

    @Override
    public int getQueryTimeout() throws SQLException {
        return delegate.getQueryTimeout();
    }

    @Override
    public int getResultSetConcurrency() throws SQLException {
        return delegate.getResultSetConcurrency();
    }

    @Override
    public int getResultSetHoldability() throws SQLException {
        return delegate.getResultSetHoldability();
    }

    @Override
    public int getResultSetType() throws SQLException {
        return delegate.getResultSetType();
    }

    @Override
    public int getUpdateCount() throws SQLException {
        if (keysPending) {
            return -1;
        }
        return delegate.getUpdateCount();
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        return delegate.getWarnings();
    }

    @Override
    public boolean isCloseOnCompletion() throws SQLException {
        return delegate.isCloseOnCompletion();
    }

    @Override
    public boolean isClosed() throws SQLException {
        return delegate.isClosed();
    }

    @Override
    public boolean isPoolable() throws SQLException {
        return delegate.isPoolable();
    }

    @Override
    public boolean isSimpleIdentifier(String a0) throws SQLException {
        return delegate.isSimpleIdentifier(a0);
    }

    @Override
    public void setCursorName(String a0) throws SQLException {
        delegate.setCursorName(a0);
    }

    @Override
    public void setEscapeProcessing(boolean a0) throws SQLException {
        delegate.setEscapeProcessing(a0);
    }

    @Override
    public void setFetchDirection(int a0) throws SQLException {
        delegate.setFetchDirection(a0);
    }

    @Override
    public void setFetchSize(int a0) throws SQLException {
        delegate.setFetchSize(a0);
    }

    @Override
    public void setLargeMaxRows(long a0) throws SQLException {
        delegate.setLargeMaxRows(a0);
    }

    @Override
    public void setMaxFieldSize(int a0) throws SQLException {
        delegate.setMaxFieldSize(a0);
    }

    @Override
    public void setMaxRows(int a0) throws SQLException {
        delegate.setMaxRows(a0);
    }

    @Override
    public void setPoolable(boolean a0) throws SQLException {
        delegate.setPoolable(a0);
    }

    @Override
    public void setQueryTimeout(int a0) throws SQLException {
        delegate.setQueryTimeout(a0);
    }
}
