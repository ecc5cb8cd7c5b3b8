package com.rhosocial.activerecord.jdbc;

import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.TargetProfile;
import com.rhosocial.activerecord.dialect.SchemaInfo;
import com.rhosocial.activerecord.dialect.TableInfo;
import com.rhosocial.activerecord.dialect.Translation;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.*;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executor;

/**
 * The connection handed out by the {@code jdbc:activerecord:} driver and by {@link ActiveRecordDataSource}: a
 * pooled physical connection plus translation and routing. Statement creation translates, {@code setReadOnly}
 * may move the connection to a replica (only outside a transaction and with no statement open), {@code close}
 * returns the physical connection to its pool; every other call goes straight to the physical connection.
 *
 * <p>A "view" is the non-closing connection returned while another connection of the same database is bound to
 * the thread ({@link ActiveRecordDataSource#bindToCurrentThread}); it shares the bound physical connection and its
 * transaction, and never routes. Not thread-safe, as JDBC connections are not.
 */
final class ProxyConnection implements TranslatingConnection, SchemaInfo {

    private static final Logger LOG = LoggerFactory.getLogger(ProxyConnection.class);

    final Cluster cluster;
    final ConnectionSettings settings;
    private final boolean view;
    private Connection current;
    /**
     * The real driver's connection behind {@link #current} (HikariCP's proxy), on which the common prepared
     * statements are prepared so that each call on them crosses one wrapper, not two; null until first needed.
     * HikariCP's statement layer then never sees them, so this class does what it did: closes them when the
     * connection closes, evicts the connection after a fatal error ({@link #checked}), rolls back a transaction
     * left open. Only for a pooled primary connection that is not a view. What it does not redo is HikariCP's
     * last-access stamp per auto-commit statement: a connection held for over HikariCP's 500 ms bypass window is
     * then validated when next borrowed, and its idle time counts from when it was borrowed (both on the safe side).
     */
    private Connection raw;
    /** A fatal error on a statement prepared on {@link #raw} evicted the pooled connection. */
    private boolean broken;
    private boolean onReplica;
    private boolean closed;
    private boolean autoCommit;
    private boolean readOnly;
    /** A statement ran since the last commit/rollback while auto-commit was off: a transaction is open. */
    private boolean txDirty;
    /** Isolation level set through this wrapper, replayed when routing switches the physical connection; -1 if never set. */
    private int isolation = -1;
    /** Head of the intrusive list of open statements (routing must not move a connection under one). */
    private ProxyStatement openHead;
    /** Table metadata read through the current physical connection; rebuilt when routing switches it. */
    /**
     * The last translation made on this connection, for the same SQL string (the same object, as a constant or an
     * ORM's cached statement text is) prepared again in a loop: then no cache lookup at all. Dropped when DDL
     * cleared the table metadata.
     */
    private String lastSql;
    private Dialect lastFrom;
    private Translation lastTranslation;
    private int lastGeneration;

    private ProxyConnection(Cluster cluster, ConnectionSettings settings, Connection physical, boolean view,
                            boolean autoCommit) {
        this.cluster = cluster;
        this.settings = settings;
        this.current = physical;
        this.view = view;
        this.autoCommit = autoCommit;
    }

    /** A connection of {@code cluster}: a view of the thread-bound connection if there is one, else a pooled one. */
    static ProxyConnection open(Cluster cluster, ConnectionSettings settings) throws SQLException {
        ProxyConnection bound = cluster.primary.boundConnection();
        if (bound != null && !bound.closed) {
            return new ProxyConnection(cluster, settings, bound.current, true, bound.autoCommit);
        }
        Connection c = cluster.borrowPrimary();
        return new ProxyConnection(cluster, settings, c, false, cluster.primary.defaultAutoCommit);
    }

    /**
     * A view over a physical connection from outside the pool (an XA branch's): translates and tracks like any
     * view, never routes, and leaves closing {@code physical} to its owner. 08003 when it is already closed.
     */
    static ProxyConnection external(Cluster cluster, ConnectionSettings settings, Connection physical)
            throws SQLException {
        if (physical.isClosed()) {
            throw ActiveRecordSqlState.CONNECTION_DOES_NOT_EXIST.exception("cannot bind a closed connection");
        }
        return new ProxyConnection(cluster, settings, physical, true, physical.getAutoCommit());
    }

    /**
     * The physical connection in use; 08003 once this wrapper is closed, 08006 once the pool has closed the
     * physical connection after a connection error. HikariCP answers every later call on such a connection with
     * {@code SQLException("Connection is closed")} without a SQLState, so the application could not tell a lost
     * connection (and a transaction the server rolled back) from any other error.
     */
    Connection cur() throws SQLException {
        Connection c = current;
        if (c == null) {
            throw ActiveRecordSqlState.CONNECTION_DOES_NOT_EXIST.exception("connection is closed");
        }
        if (broken || c.isClosed()) { // HikariCP: a field check, no round trip
            throw ActiveRecordSqlState.CONNECTION_FAILURE.exception(settings.label + " - connection lost: the pool"
                    + " closed it after a connection error; an open transaction was not committed");
        }
        return c;
    }

    boolean isView() {
        return view;
    }

    /**
     * The connection to prepare a common statement on: the real driver's behind the pooled {@code c} (see
     * {@link #raw}), or {@code c} itself for a view, a replica or a connection HikariCP does not proxy.
     */
    private Connection direct(Connection c) throws SQLException {
        Connection r = raw;
        if (r != null) {
            return r;
        }
        if (view || onReplica || !c.getClass().getName().startsWith("com.zaxxer.hikari")) {
            return c;
        }
        return raw = c.unwrap(Connection.class);
    }

    /** SQLStates after which HikariCP (7.x, ProxyConnection.checkException) takes a connection for broken, besides class 08. */
    private static final Set<String> FATAL_STATES = Set.of("0A000", "57P01", "57P02", "57P03", "01002", "JZ0C0", "JZ0C1");
    private static final Set<Integer> FATAL_CODES = Set.of(500150, 2399, 1105);

    /**
     * Called with every SQLException of this connection's statements and result sets: when statements bypass
     * HikariCP's statement layer ({@link #raw}) and {@code e} says the connection is broken (HikariCP's own rule,
     * including a configured {@link SQLExceptionOverride}), evicts the pooled connection as HikariCP would have, so
     * that it is never handed out again. Returns {@code e}.
     */
    SQLException checked(SQLException e) {
        Connection c = current;
        if (raw == null || broken || c == null) {
            return e;
        }
        try {
            if (c.isClosed() || !isFatal(e)) { // closed: HikariCP's statement layer already evicted it
                return e;
            }
        } catch (SQLException ignored) {
            return e;
        }
        evict(e);
        return e;
    }

    private boolean isFatal(SQLException e) {
        HikariDataSource ds = cluster.primary.hikari();
        SQLExceptionOverride override = ds == null ? null : ds.getExceptionOverride();
        SQLException nse = e;
        for (int depth = 0; nse != null && depth < 10; depth++) {
            SQLExceptionOverride.Override adjudged = override == null ? SQLExceptionOverride.Override.CONTINUE_EVICT
                    : override.adjudicate(nse);
            if (adjudged == SQLExceptionOverride.Override.DO_NOT_EVICT) {
                return false;
            }
            String state = nse.getSQLState();
            // a driver may leave the state null (MariaDB's BatchUpdateException): the error code still counts
            if (adjudged == SQLExceptionOverride.Override.MUST_EVICT
                    || state != null && (state.startsWith("08") || FATAL_STATES.contains(state))
                    || FATAL_CODES.contains(nse.getErrorCode())) {
                return true;
            }
            nse = nse.getNextException();
        }
        return false;
    }

    /** Takes the pooled connection out of the pool for good (it is closed, not reused) and marks this wrapper broken. */
    private void evict(SQLException cause) {
        broken = true;
        LOG.warn("{} - connection marked as broken because of SQLSTATE({}), ErrorCode({}): {}", settings.label,
                cause.getSQLState(), cause.getErrorCode(), cause.getMessage());
        HikariDataSource ds = cluster.primary.hikari();
        if (ds != null) {
            ds.evictConnection(current);
        }
    }

    boolean onReplica() {
        return onReplica;
    }

    // ---- translation ------------------------------------------------------------------------------------------

    /**
     * The translation of {@code sql} written in {@code from}, or null when it runs as written (no source dialect,
     * same dialect, or translate=false).
     */
    Translation translate(String sql, Dialect from) throws SQLException {
        if (from == null || sql == null) {
            return null;
        }
        if (from == settings.target && targetIsPlain()) {
            return null;
        }
        return translate(sql, from, cur());
    }

    /**
     * Whether SQL already in the target's dialect can run as written: true unless the backend renames or rewrites
     * functions for the server version it reached.
     */
    private boolean targetIsPlain() throws SQLException {
        TargetProfile known = cluster.primary.knownProfile();
        if (known == null) {
            known = cluster.primary.profile(cur());
        }
        return known.isPlain();
    }

    /** As {@link #translate(String, Dialect)} on {@code c}, the checked physical connection, for a non-null {@code from}. */
    private Translation translate(String sql, Dialect from, Connection c) throws SQLException {
        // kept small so that it inlines into the prepare methods; the lookup is out of line
        if (sql == lastSql && from == lastFrom && lastGeneration == cluster.primary.schema.generation()) {
            return lastTranslation;
        }
        return lookUp(sql, from, c);
    }

    /** The translator's (cached) translation of {@code sql}, remembered as this connection's last one. */
    private Translation lookUp(String sql, Dialect from, Connection c) throws SQLException {
        int generation = cluster.primary.schema.generation();
        Translation t;
        try {
            t = settings.translator.translate(sql, from, cluster.primary.profile(c), this);
        } catch (SQLException e) {
            throw e;
        } catch (RuntimeException e) {
            throw ActiveRecordSqlState.SYNTAX_ERROR.exception("cannot translate SQL from " + from.id() + " to "
                    + settings.target.id() + ": " + e, e);
        }
        // Table metadata for schema-aware rules is read on this connection and its errors are swallowed (it is a
        // help, not a requirement); if that read lost the connection, say so now (08006) rather than let the next
        // call fail with HikariCP's "Connection is closed", which has no SQLState.
        cur();
        if (!t.warnings().isEmpty() && LOG.isDebugEnabled()) {
            LOG.debug("{} - {} for: {}", settings.label, t.warnings(), sql);
        }
        lastSql = sql;
        lastFrom = from;
        lastTranslation = t;
        lastGeneration = generation;
        return t;
    }

    /** As {@link #translate(String, Dialect)} for a statement about to be prepared on {@code c}, just checked by {@link #route}. */
    private Translation translateOn(String sql, Dialect from, Connection c) throws SQLException {
        if (from == null || sql == null || from == settings.target && targetIsPlain()) {
            return null;
        }
        return translate(sql, from, c);
    }

    /**
     * Table metadata for the translator's schema-aware rules, loaded through the physical connection in use (so
     * no second pooled connection is needed). This connection is its own {@link SchemaInfo} so that translating
     * allocates nothing; the translator caches under the database's {@link SchemaCache}.
     */
    @Override
    public Optional<TableInfo> table(String name) {
        return cluster.primary.schema.table(current, name);
    }

    @Override
    public Object cacheKey() {
        return cluster.primary.schema;
    }

    /** The dialect plain JDBC SQL is translated from, or null when it runs as written. */
    Dialect plainSource() {
        return settings.translating ? settings.source : null;
    }

    // ---- execution hooks (called by the statement wrappers) -------------------------------------------------------

    /** Marks the transaction as used and returns the start time for the slow-statement log (0 when it is off). */
    long beforeExecute() {
        if (!autoCommit) {
            txDirty = true;
        }
        ConnectionSettings s = settings;
        return s.slowNanos == 0 ? 0L : s.coarseClock ? CoarseClock.now() : System.nanoTime();
    }

    void afterExecute(long start, String sql, String translated, Object[] params) {
        if (start != 0L) {
            checkSlow(start, sql, translated, params);
        }
        if (!cluster.primary.schema.isEmpty() && SqlText.isDdl(sql)) {
            cluster.primary.schema.invalidate();
        }
    }

    /** Logs the statement if it ran for the slow-statement threshold or longer. */
    void checkSlow(long start, String sql, String translated, Object[] params) {
        ConnectionSettings s = settings;
        long elapsed = (s.coarseClock ? CoarseClock.now() : System.nanoTime()) - start;
        if (elapsed >= s.slowNanos) {
            SlowStatementLog.log(s, elapsed, sql, translated, params);
        }
    }

    /** Clears the table metadata after a DDL statement ran, when there is any to clear. */
    void ranDdl() {
        SchemaCache schema = cluster.primary.schema;
        if (!schema.isEmpty()) {
            schema.invalidate();
        }
    }

    /** True when table metadata is cached (only then does a statement's kind matter after it ran). */
    boolean hasSchema() {
        return !cluster.primary.schema.isEmpty();
    }

    /** Links a new statement into the intrusive list of open statements (no allocation). */
    private <T extends ProxyStatement> T track(T s) {
        ProxyStatement head = openHead;
        s.nextOpen = head;
        if (head != null) {
            head.prevOpen = s;
        }
        openHead = s;
        return s;
    }

    /** Unlinks a statement closed through its wrapper. */
    void statementClosed(ProxyStatement s) {
        ProxyStatement prev = s.prevOpen;
        ProxyStatement next = s.nextOpen;
        if (prev != null) {
            prev.nextOpen = next;
        } else if (openHead == s) {
            openHead = next;
        }
        if (next != null) {
            next.prevOpen = prev;
        }
        s.prevOpen = null;
        s.nextOpen = null;
    }

    /**
     * Whether a statement of this connection is still open, dropping from the list those the real driver closed on
     * its own ({@code closeOnCompletion}, a statement closed through its unwrapped object).
     */
    private boolean hasOpenStatements() {
        ProxyStatement s = openHead;
        while (s != null) {
            ProxyStatement next = s.nextOpen;
            if (!s.isDelegateClosed()) {
                return true;
            }
            statementClosed(s);
            s = next;
        }
        return false;
    }

    // ---- routing ------------------------------------------------------------------------------------------------

    /** The physical connection a new statement with {@code sql} should use, switching if routing asks for it. */
    private Connection route(String sql) throws SQLException {
        if ((readOnly || onReplica) && !view && settings.readOnlyRouting && cluster.hasReplicas()) {
            boolean wantReplica = readOnly && !SqlText.hasPrimaryHint(sql);
            if (wantReplica != onReplica) {
                switchTo(wantReplica);
            }
        }
        return cur();
    }

    /** Moves to a replica or back to the primary when it is safe; returns whether it moved. */
    private boolean switchTo(boolean replica) throws SQLException {
        if ((!autoCommit && txDirty) || hasOpenStatements() || cluster.primary.boundConnection() == this) {
            return false; // never inside a transaction, under an open statement, or while views share this connection
        }
        Connection next = replica ? cluster.borrowReplica() : cluster.borrowPrimary();
        if (next == null) {
            return false; // no replica available: stay on the primary
        }
        try {
            if (!autoCommit) {
                next.setAutoCommit(false);
            }
            if (isolation >= 0) {
                next.setTransactionIsolation(isolation);
            }
            if (readOnly) {
                next.setReadOnly(true);
            }
        } catch (SQLException e) {
            next.close();
            if (replica) {
                LOG.warn("{} - replica connection could not take the session state, staying on the primary: {}",
                        settings.label, e.getMessage());
                return false;
            }
            throw e;
        }
        Connection old = cur();
        current = next;
        raw = null;
        onReplica = replica;
        try {
            old.close();
        } catch (SQLException e) {
            // the move succeeded; a failure to return the old connection is the pool's to handle (it evicts it)
            LOG.debug("{} - returning the previous connection failed: {}", settings.label, e.toString());
        }
        return true;
    }

    // ---- behaviour ----------------------------------------------------------------------------------------------

    @Override
    public Dialect targetDialect() {
        return settings.target;
    }

    @Override
    public Dialect sourceDialect() {
        return settings.source;
    }

    @Override
    public Statement createStatement() throws SQLException {
        return track(new ProxyStatement(this, route(null).createStatement(), plainSource()));
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency) throws SQLException {
        return track(new ProxyStatement(this, route(null).createStatement(resultSetType, resultSetConcurrency), plainSource()));
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency, int resultSetHoldability) throws SQLException {
        return track(new ProxyStatement(this, route(null).createStatement(resultSetType, resultSetConcurrency, resultSetHoldability), plainSource()));
    }

    @Override
    public Statement createStatement(Dialect from) throws SQLException {
        return track(new ProxyStatement(this, route(null).createStatement(), from));
    }

    @Override
    public PreparedStatement prepareStatement(String sql) throws SQLException {
        return prepare(sql, plainSource(), PLAIN);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, Dialect from) throws SQLException {
        return prepare(sql, from, PLAIN);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
        return prepareStatement(sql, plainSource(), autoGeneratedKeys);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, Dialect from, int autoGeneratedKeys) throws SQLException {
        Connection c = route(sql);
        Translation t = translateOn(sql, from, c);
        if (t == null) {
            return track(new ProxyPreparedStatement(this, c.prepareStatement(sql, autoGeneratedKeys), sql));
        }
        return track(ProxyPreparedStatement.translated(this, c, sql, t, (pc, s) -> pc.prepareStatement(s, autoGeneratedKeys)));
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
        Connection c = route(sql);
        Translation t = translateOn(sql, plainSource(), c);
        if (t == null) {
            return track(new ProxyPreparedStatement(this, c.prepareStatement(sql, columnIndexes), sql));
        }
        return track(ProxyPreparedStatement.translated(this, c, sql, t, (pc, s) -> pc.prepareStatement(s, columnIndexes)));
    }

    @Override
    public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
        return prepareStatement(sql, plainSource(), columnNames);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, Dialect from, String[] columnNames) throws SQLException {
        Connection c = route(sql);
        Translation t = translateOn(sql, from, c);
        if (t == null) {
            return track(new ProxyPreparedStatement(this, c.prepareStatement(sql, columnNames), sql));
        }
        return track(ProxyPreparedStatement.translated(this, c, sql, t, (pc, s) -> pc.prepareStatement(s, columnNames)));
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
        Connection c = route(sql);
        Translation t = translateOn(sql, plainSource(), c);
        if (t == null) {
            return track(new ProxyPreparedStatement(this, c.prepareStatement(sql, resultSetType, resultSetConcurrency), sql));
        }
        return track(ProxyPreparedStatement.translated(this, c, sql, t, (pc, s) -> pc.prepareStatement(s, resultSetType, resultSetConcurrency)));
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability) throws SQLException {
        Connection c = route(sql);
        Translation t = translateOn(sql, plainSource(), c);
        if (t == null) {
            return track(new ProxyPreparedStatement(this, c.prepareStatement(sql, resultSetType, resultSetConcurrency, resultSetHoldability), sql));
        }
        return track(ProxyPreparedStatement.translated(this, c, sql, t,
                (pc, s) -> pc.prepareStatement(s, resultSetType, resultSetConcurrency, resultSetHoldability)));
    }

    private PreparedStatement prepare(String sql, Dialect from, ProxyPreparedStatement.Preparer p) throws SQLException {
        Connection c = route(sql);
        Translation t = translateOn(sql, from, c);
        if (t == null) {
            return track(new ProxyPreparedStatement(this, prepareDirect(p, c, sql), sql));
        }
        if (p == PLAIN && t.statements().size() == 1 && !t.generatedKeyColumns().isEmpty()) {
            // INSERT ... RETURNING on a target without RETURNING: the rows come from the generated keys
            String[] keys = t.generatedKeyColumns().toArray(new String[0]);
            ProxyPreparedStatement ps = ProxyPreparedStatement.translated(this, c, sql, t,
                    (pc, s) -> pc.prepareStatement(s, keys));
            ps.keysAsRows = true;
            return track(ps);
        }
        if (ProxyPreparedStatement.inPlace(sql, from, t)) {
            // one statement, parameters in place: no re-binding layer (kept inline, the common case)
            return track(ProxyPreparedStatement.inPlace(this, prepareDirect(p, c, t.statements().get(0)), sql, t));
        }
        return track(ProxyPreparedStatement.translated(this, c, sql, t, p));
    }

    /** Prepares {@code sql} on the real driver's connection behind {@code c} (see {@link #raw}). */
    private PreparedStatement prepareDirect(ProxyPreparedStatement.Preparer p, Connection c, String sql)
            throws SQLException {
        try {
            return p.prepare(direct(c), sql);
        } catch (SQLException e) {
            throw checked(e);
        }
    }

    /** The preparer of {@code prepareStatement(sql)}: no generated keys or cursor options asked for. */
    private static final ProxyPreparedStatement.Preparer PLAIN = Connection::prepareStatement;

    @Override
    public CallableStatement prepareCall(String sql) throws SQLException {
        return prepareCall(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY, -1);
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
        return prepareCall(sql, resultSetType, resultSetConcurrency, -1);
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability) throws SQLException {
        Connection c = route(sql);
        // JDBC call escapes ({call p(?)}, {? = call f(?)}) are the driver's own syntax: they pass through untranslated.
        String target = sql;
        int first = sql == null ? 0 : SqlText.skipBlanksAndComments(sql, 0);
        if (sql != null && (first >= sql.length() || sql.charAt(first) != '{')) {
            Translation t = translate(sql, plainSource());
            if (t != null) {
                if (t.statements().size() != 1 || !t.hasIdentityParameters()) {
                    throw ActiveRecordSqlState.FEATURE_NOT_SUPPORTED.exception("a CallableStatement needs a translation to one"
                            + " statement with parameters in place; use the JDBC escape {call ...} or a PreparedStatement: " + sql);
                }
                target = t.statements().get(0);
            }
        }
        CallableStatement cs = resultSetHoldability < 0 && resultSetType == ResultSet.TYPE_FORWARD_ONLY
                && resultSetConcurrency == ResultSet.CONCUR_READ_ONLY
                ? c.prepareCall(target)
                : resultSetHoldability < 0 ? c.prepareCall(target, resultSetType, resultSetConcurrency)
                : c.prepareCall(target, resultSetType, resultSetConcurrency, resultSetHoldability);
        return track(new ProxyCallableStatement(this, cs, sql, target));
    }

    @Override
    public String nativeSQL(String sql) throws SQLException {
        Translation t = translate(sql, plainSource());
        return cur().nativeSQL(t == null ? sql : t.sql());
    }

    @Override
    public void setAutoCommit(boolean value) throws SQLException {
        cur().setAutoCommit(value);
        autoCommit = value;
        if (value) {
            txDirty = false;
        }
    }

    @Override
    public boolean getAutoCommit() throws SQLException {
        return cur().getAutoCommit();
    }

    @Override
    public void commit() throws SQLException {
        cur().commit();
        txDirty = false;
    }

    @Override
    public void rollback() throws SQLException {
        cur().rollback();
        txDirty = false;
    }

    @Override
    public void rollback(Savepoint savepoint) throws SQLException {
        cur().rollback(savepoint);
    }

    @Override
    public void setReadOnly(boolean value) throws SQLException {
        readOnly = value;
        if (!view && settings.readOnlyRouting && cluster.hasReplicas() && value != onReplica) {
            switchTo(value);
        }
        cur().setReadOnly(value);
    }

    @Override
    public void setTransactionIsolation(int level) throws SQLException {
        cur().setTransactionIsolation(level);
        isolation = level;
    }

    @Override
    public DatabaseMetaData getMetaData() throws SQLException {
        return new ProxyDatabaseMetaData(this, cur().getMetaData());
    }

    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        Connection c = current;
        if (!view && c != null) {
            try {
                if (raw != null) {
                    releaseDirect(c);
                }
            } finally {
                current = null;
                raw = null;
                if (broken) {
                    closeEvicted(c);
                } else {
                    c.close(); // back to the pool; HikariCP rolls back an open transaction and resets the session state
                }
            }
        } else {
            current = null;
        }
    }

    /**
     * Closes HikariCP's proxy of a connection {@link #evict} took out of the pool: HikariCP has closed the physical
     * connection, so resetting its session state fails; as HikariCP does for an evicted connection, that does not
     * reach the application.
     */
    private void closeEvicted(Connection c) {
        try {
            c.close();
        } catch (SQLException | RuntimeException e) {
            LOG.debug("{} - close of an evicted connection: {}", settings.label, e.toString());
        }
    }

    /**
     * What HikariCP's statement layer did for statements prepared on {@link #raw}, before the connection goes
     * back: closes the statements still open (an error doing so evicts the connection, as in HikariCP) and rolls
     * back a transaction they left open (HikariCP learns of one only through its own statements).
     */
    private void releaseDirect(Connection c) throws SQLException {
        ProxyStatement s = openHead;
        while (s != null) {
            ProxyStatement next = s.nextOpen;
            try {
                s.close();
            } catch (SQLException e) {
                if (!broken) {
                    evict(e);
                }
            }
            statementClosed(s);
            s = next;
        }
        if (!autoCommit && txDirty && !broken && !c.isClosed()) {
            c.rollback();
            txDirty = false;
        }
    }

    @Override
    public boolean isClosed() throws SQLException {
        Connection c = current;
        return closed || c == null || c.isClosed();
    }

    @Override
    public void abort(Executor executor) throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        Connection c = current;
        current = null;
        if (!view && c != null) {
            try {
                c.abort(executor);
            } finally {
                try {
                    c.close();
                } catch (SQLException e) {
                    LOG.debug("{} - close after abort: {}", settings.label, e.toString());
                }
            }
        }
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return cur().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || cur().isWrapperFor(iface);
    }

    @Override
    public String toString() {
        return "ActiveRecordConnection[" + settings.label + (view ? ", view" : "") + (onReplica ? ", replica" : "")
                + (closed ? ", closed" : "") + "]";
    }

    // ---- forwarded unchanged: generated from the java.sql interface by reflection, one line per method ------------

    @Override
    public Savepoint setSavepoint() throws SQLException {
        Savepoint s = cur().setSavepoint();
        txDirty = true;
        return s;
    }

    @Override
    public Savepoint setSavepoint(String name) throws SQLException {
        Savepoint s = cur().setSavepoint(name);
        txDirty = true;
        return s;
    }

    @Override
    public void setClientInfo(String name, String value) throws SQLClientInfoException {
        Connection c = current;
        if (c == null) {
            throw new SQLClientInfoException("connection is closed", "08003", 0, Map.of());
        }
        c.setClientInfo(name, value);
    }

    @Override
    public void setClientInfo(Properties properties) throws SQLClientInfoException {
        Connection c = current;
        if (c == null) {
            throw new SQLClientInfoException("connection is closed", "08003", 0, Map.of());
        }
        c.setClientInfo(properties);
    }

    @Override
    public void beginRequest() throws SQLException {
        cur().beginRequest();
    }

    @Override
    public void clearWarnings() throws SQLException {
        cur().clearWarnings();
    }

    @Override
    public Array createArrayOf(String a0, Object[] a1) throws SQLException {
        return cur().createArrayOf(a0, a1);
    }

    @Override
    public Blob createBlob() throws SQLException {
        return cur().createBlob();
    }

    @Override
    public Clob createClob() throws SQLException {
        return cur().createClob();
    }

    @Override
    public NClob createNClob() throws SQLException {
        return cur().createNClob();
    }

    @Override
    public SQLXML createSQLXML() throws SQLException {
        return cur().createSQLXML();
    }

    @Override
    public Struct createStruct(String a0, Object[] a1) throws SQLException {
        return cur().createStruct(a0, a1);
    }

    @Override
    public void endRequest() throws SQLException {
        cur().endRequest();
    }

    @Override
    public String getCatalog() throws SQLException {
        return cur().getCatalog();
    }

    @Override
    public Properties getClientInfo() throws SQLException {
        return cur().getClientInfo();
    }

    @Override
    public String getClientInfo(String a0) throws SQLException {
        return cur().getClientInfo(a0);
    }

    @Override
    public int getHoldability() throws SQLException {
        return cur().getHoldability();
    }

    @Override
    public int getNetworkTimeout() throws SQLException {
        return cur().getNetworkTimeout();
    }

    @Override
    public String getSchema() throws SQLException {
        return cur().getSchema();
    }

    @Override
    public int getTransactionIsolation() throws SQLException {
        return cur().getTransactionIsolation();
    }

    @Override
    public Map<String, Class<?>> getTypeMap() throws SQLException {
        return cur().getTypeMap();
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        return cur().getWarnings();
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        return cur().isReadOnly();
    }

    @Override
    public boolean isValid(int a0) throws SQLException {
        Connection c = current;
        return c != null && !broken && !c.isClosed() && c.isValid(a0);
    }

    @Override
    public void releaseSavepoint(Savepoint a0) throws SQLException {
        cur().releaseSavepoint(a0);
    }

    @Override
    public void setCatalog(String a0) throws SQLException {
        cur().setCatalog(a0);
    }

    @Override
    public void setHoldability(int a0) throws SQLException {
        cur().setHoldability(a0);
    }

    @Override
    public void setNetworkTimeout(Executor a0, int a1) throws SQLException {
        cur().setNetworkTimeout(a0, a1);
    }

    @Override
    public void setSchema(String a0) throws SQLException {
        cur().setSchema(a0);
    }

    @Override
    public void setShardingKey(ShardingKey a0, ShardingKey a1) throws SQLException {
        cur().setShardingKey(a0, a1);
    }

    @Override
    public void setShardingKey(ShardingKey a0) throws SQLException {
        cur().setShardingKey(a0);
    }

    @Override
    public boolean setShardingKeyIfValid(ShardingKey a0, int a1) throws SQLException {
        return cur().setShardingKeyIfValid(a0, a1);
    }

    @Override
    public boolean setShardingKeyIfValid(ShardingKey a0, ShardingKey a1, int a2) throws SQLException {
        return cur().setShardingKeyIfValid(a0, a1, a2);
    }

    @Override
    public void setTypeMap(Map<String, Class<?>> a0) throws SQLException {
        cur().setTypeMap(a0);
    }
}
