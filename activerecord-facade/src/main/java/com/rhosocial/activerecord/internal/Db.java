package com.rhosocial.activerecord.internal;

import com.rhosocial.activerecord.ActiveRecordException;
import com.rhosocial.activerecord.backend.Backend;
import com.rhosocial.activerecord.backend.BackendCapabilities;
import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.SqlTranslator;
import com.rhosocial.activerecord.dialect.TargetProfile;
import com.rhosocial.activerecord.dialect.Translation;
import com.rhosocial.activerecord.jdbc.ActiveRecordDataSource;
import com.rhosocial.activerecord.jdbc.TranslatingConnection;
import com.rhosocial.activerecord.model.Kind;
import com.rhosocial.activerecord.model.TypeMapping;
import com.rhosocial.activerecord.transaction.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The executor for one datasource. Every statement the facade builds is written once, in the canonical dialect
 * ({@link #CANONICAL}: PostgreSQL spelling, double-quoted identifiers, {@code LIMIT ? OFFSET ?}, {@code FOR UPDATE}),
 * and reaches the database through the dialect translator: through the driver's
 * {@link TranslatingConnection#prepareStatement(String, Dialect)} when the connection is the driver's, otherwise
 * translated here with {@link SqlTranslator} and sent on the plain connection with the parameter map applied.
 * Connections are taken per operation and returned at once, unless a transaction is open on this datasource in
 * the current thread, whose connection is then used. Thread-safe.
 */
public final class Db {

    /** The dialect the facade writes its SQL in. */
    public static final Dialect CANONICAL = Dialect.POSTGRESQL;

    private static final Logger LOG = LoggerFactory.getLogger(Db.class);
    private static final SqlTranslator TRANSLATOR = SqlTranslator.builder().build();
    private static final int RENDER_CACHE_LIMIT = 4096;

    private final String name;
    private final ActiveRecordDataSource dataSource;
    /** Where connections come from: {@link #dataSource}, or the read-only data source of {@link #readOnly}. */
    private final javax.sql.DataSource connections;
    /** True for a read-only data source that is not the driver's (see {@link #readOnly}). */
    private final boolean readOnly;
    private final Dialect target;
    private final TypeMapping types;
    private final Map<String, Rendered> rendered = new ConcurrentHashMap<>();
    /** The server's capabilities, read on first use. */
    private volatile BackendCapabilities capabilities;
    private volatile boolean bindingUnsupportedLogged;
    private final java.util.concurrent.atomic.LongAdder statements = new java.util.concurrent.atomic.LongAdder();

    /** How one canonical statement is sent to this datasource. */
    private record Rendered(String canonical, String sql, Dialect from, int[] parameterMap) {
    }

    public Db(String name, ActiveRecordDataSource dataSource) {
        this.name = name;
        this.dataSource = dataSource;
        this.connections = dataSource;
        this.readOnly = false;
        this.target = dataSource.dialect();
        this.types = TypeMapping.of(target);
    }

    private Db(String name, javax.sql.DataSource connections) {
        this.name = name;
        this.dataSource = null;
        this.connections = connections;
        this.readOnly = true;
        this.target = CANONICAL;
        this.types = TypeMapping.of(CANONICAL);
    }

    /**
     * An executor over a data source that is not the driver's and only reads, such as a federation engine's: it
     * receives the canonical SQL as written (double-quoted identifiers, {@code LIMIT ? OFFSET ?}, standard
     * functions), values are read as for {@link #CANONICAL}, and every write or transaction is refused.
     */
    public static Db readOnly(String name, javax.sql.DataSource dataSource) {
        return new Db(name, java.util.Objects.requireNonNull(dataSource, "dataSource"));
    }

    /** True for an executor made by {@link #readOnly}. */
    public boolean isReadOnly() {
        return readOnly;
    }

    private ActiveRecordException readOnlyRefusal(String what) {
        return new ActiveRecordException("datasource " + name + " is read-only (not the driver's, e.g. a federation): "
                + what + " refused; write through the model's own datasource instead");
    }

    /** Statements prepared through this executor so far (for tests and diagnostics, e.g. counting N+1). */
    public long statementCount() {
        return statements.sum();
    }

    /** A name for messages and logs (never contains credentials). */
    public String name() {
        return name;
    }

    /** The driver's data source; a read-only executor has none and refuses (transactions, legacy JDBC). */
    public ActiveRecordDataSource dataSource() {
        if (dataSource == null) {
            throw readOnlyRefusal("transactions and driver connections are");
        }
        return dataSource;
    }

    public Backend backend() {
        return dataSource().backend();
    }

    public Dialect dialect() {
        return target;
    }

    public TypeMapping types() {
        return types;
    }

    /** Runs {@code fn} with the transaction's connection, or a pooled one returned right after. */
    public <R> R withConnection(SqlFunction<R> fn) {
        Connection tx = Transactions.connectionFor(this);
        try {
            if (tx != null) {
                return fn.apply(tx);
            }
            try (Connection c = connections.getConnection()) {
                return fn.apply(c);
            }
        } catch (SQLException e) {
            throw new ActiveRecordException(e.getMessage() + " [SQLState " + e.getSQLState() + ", datasource " + name + "]", e);
        }
    }

    /** The SQL that runs on this datasource for a canonical statement (what {@code toSql()} shows). */
    public String targetSql(String canonical) {
        return render(canonical).sql;
    }

    private Rendered render(String canonical) {
        Rendered r = rendered.get(canonical);
        if (r != null) {
            return r;
        }
        TargetProfile profile = profile();
        if (target == CANONICAL && profile.isPlain()) {
            r = new Rendered(canonical, canonical, CANONICAL, null);
        } else {
            Translation t;
            try {
                // the backend's profile for its server (capabilities, renames, rewrites), as the driver translates
                t = TRANSLATOR.translate(canonical, CANONICAL, profile);
            } catch (SQLException e) {
                throw new ActiveRecordException("cannot translate for " + profile + ": " + e.getMessage()
                        + " [SQLState " + e.getSQLState() + "]: " + canonical, e);
            }
            int[] map = t.hasIdentityParameters() ? null : t.parameterMap();
            String patched = InterimDialectFallback.patch(canonical, t, target, capabilities());
            r = patched == null ? new Rendered(canonical, t.sql(), CANONICAL, map)
                    : new Rendered(canonical, patched, target, map);
        }
        if (rendered.size() < RENDER_CACHE_LIMIT) {
            rendered.put(canonical, r);
        }
        return r;
    }

    /** What the translator writes for this datasource; the plain dialect for a read-only executor. */
    private TargetProfile profile() {
        if (dataSource == null) {
            return TargetProfile.of(target);
        }
        try {
            return dataSource.targetProfile();
        } catch (SQLException e) {
            throw new ActiveRecordException(e.getMessage() + " [SQLState " + e.getSQLState() + ", datasource " + name
                    + "]", e);
        }
    }

    /** What the server behind this datasource can do (its version's capabilities). */
    public BackendCapabilities capabilities() {
        BackendCapabilities c = capabilities;
        if (c == null) {
            c = dataSource().capabilities();
            capabilities = c;
        }
        return c;
    }

    /**
     * Prepares a canonical statement on {@code c}. Parameters are always bound in canonical order through
     * {@link Prepared#bind}; when this class translated the SQL itself the parameter map is applied there.
     */
    public Prepared prepare(Connection c, String canonical, String[] keyColumns) throws SQLException {
        Rendered r = render(canonical);
        TranslatingConnection tc = null;
        try {
            if (c.isWrapperFor(TranslatingConnection.class)) {
                tc = c.unwrap(TranslatingConnection.class);
            }
        } catch (SQLException ignored) {
            // a plain driver connection: translate here
        }
        PreparedStatement ps;
        int[] map = null;
        if (tc != null && r.from == CANONICAL) {
            // the driver translates (cached) and maps the parameters itself
            ps = keyColumns == null ? tc.prepareStatement(r.canonical, CANONICAL)
                    : tc.prepareStatement(r.canonical, CANONICAL, keyColumns);
        } else if (tc != null) {
            // already in the target's spelling (patched): sent as target SQL, parameters mapped here
            ps = keyColumns == null ? tc.prepareStatement(r.sql, target) : tc.prepareStatement(r.sql, target, keyColumns);
            map = r.parameterMap;
        } else {
            ps = keyColumns == null ? c.prepareStatement(r.sql) : c.prepareStatement(r.sql, keyColumns);
            map = r.parameterMap;
        }
        statements.increment();
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} - {}", name, r.sql);
        }
        return new Prepared(ps, map, types);
    }

    /** Runs an INSERT, UPDATE or DELETE and returns the update count. */
    public int update(String canonical, List<Object> params) {
        if (readOnly) {
            throw readOnlyRefusal(canonical.substring(0, Math.max(0, canonical.indexOf(' '))) + " is");
        }
        return withConnection(c -> {
            try (Prepared p = prepare(c, canonical, null)) {
                p.bind(params);
                return p.statement().executeUpdate();
            }
        });
    }

    /** Runs a query and reads every row. */
    public <R> List<R> query(String canonical, List<Object> params, RowReader<R> reader) {
        return withConnection(c -> {
            try (Prepared p = prepare(c, canonical, null)) {
                p.bind(params);
                try (ResultSet rs = p.statement().executeQuery()) {
                    ColumnIndex idx = new ColumnIndex(rs);
                    List<R> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(reader.read(rs, idx));
                    }
                    return out;
                }
            }
        });
    }

    /**
     * Runs an INSERT asking for the generated {@code keyColumn} (JDBC generated keys: the driver turns that into
     * RETURNING, OUTPUT or its own protocol) and returns every generated key read as {@code keyKind}; empty when the
     * backend returned none.
     */
    public List<Object> insert(String canonical, List<Object> params, String keyColumn, Kind keyKind, Class<?> keyType) {
        if (readOnly) {
            throw readOnlyRefusal("INSERT is");
        }
        if (keyColumn != null && capabilities().returning()) {
            // the server returns the key as a row: one round trip, no driver-specific generated-key protocol
            String returning = canonical + " RETURNING \"" + keyColumn + "\"";
            return withConnection(c -> {
                try (Prepared p = prepare(c, returning, null)) {
                    p.bind(params);
                    List<Object> keys = new ArrayList<>();
                    try (ResultSet rs = p.statement().executeQuery()) {
                        while (rs.next()) {
                            keys.add(types.read(rs, 1, keyKind, keyType));
                        }
                    }
                    return keys;
                }
            });
        }
        return withConnection(c -> {
            try (Prepared p = prepare(c, canonical, keyColumn == null ? null : new String[]{keyColumn})) {
                p.bind(params);
                p.statement().executeUpdate();
                List<Object> keys = new ArrayList<>();
                if (keyColumn != null) {
                    try (ResultSet rs = p.statement().getGeneratedKeys()) {
                        while (rs != null && rs.next()) {
                            // by position: drivers label the key differently (insert_id, last_insert_rowid(), ...)
                            keys.add(types.read(rs, 1, keyKind, keyType));
                        }
                    }
                }
                return keys;
            }
        });
    }

    /**
     * Binds {@code connection} to the current thread on the driver (legacy JDBC on this datasource then joins it).
     * Returns null when the driver cannot bind yet.
     */
    public AutoCloseable bindToCurrentThread(Connection connection) {
        if (dataSource == null) {
            return null;
        }
        try {
            return dataSource.bindToCurrentThread(connection);
        } catch (IllegalStateException | IllegalArgumentException | UnsupportedOperationException e) {
            // IllegalArgument: the connection is not the driver's (a data source of another kind behind the facade)
            if (!bindingUnsupportedLogged) {
                bindingUnsupportedLogged = true;
                LOG.warn("{} - the driver cannot bind a transaction to the thread ({}); legacy JDBC inside facade "
                        + "transactions will use its own connections", name, e.getMessage());
            }
            return null;
        }
    }

    @Override
    public String toString() {
        return "Db[" + name + ", " + target.id() + "]";
    }

    /** A prepared statement plus how canonical parameters map onto it. */
    public static final class Prepared implements AutoCloseable {
        private final PreparedStatement ps;
        private final int[] map;
        private final TypeMapping types;

        Prepared(PreparedStatement ps, int[] map, TypeMapping types) {
            this.ps = ps;
            this.map = map;
            this.types = types;
        }

        public PreparedStatement statement() {
            return ps;
        }

        /** Binds values given in canonical order. */
        public void bind(List<Object> params) throws SQLException {
            if (map == null) {
                for (int i = 0; i < params.size(); i++) {
                    types.bind(ps, i + 1, params.get(i), null);
                }
            } else {
                for (int i = 0; i < map.length; i++) {
                    types.bind(ps, i + 1, params.get(map[i] - 1), null);
                }
            }
        }

        @Override
        public void close() throws SQLException {
            ps.close();
        }
    }

}
