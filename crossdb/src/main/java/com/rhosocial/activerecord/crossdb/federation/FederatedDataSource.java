package com.rhosocial.activerecord.crossdb.federation;

import com.rhosocial.activerecord.backend.Masking;
import com.rhosocial.activerecord.config.ActiveRecordConfig;
import com.rhosocial.activerecord.config.DataSourceDefinition;
import com.rhosocial.activerecord.crossdb.support.ConfiguredDataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.calcite.adapter.jdbc.JdbcSchema;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.schema.lookup.LikePattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link DataSource} whose connections are Apache Calcite connections with one schema per member datasource,
 * named like the datasource, so that one query can join tables living on different backends:
 *
 * <pre>{@code
 * try (FederatedDataSource fed = FederatedDataSource.of(config, "customers_db", "orders_db");
 *      Connection c = fed.getConnection();
 *      ResultSet rs = c.createStatement().executeQuery(
 *          "SELECT c.name, SUM(o.total) FROM customers_db.customers c"
 *        + " JOIN orders_db.orders o ON o.customer_id = c.id WHERE c.country = 'DE' GROUP BY c.name")) { ... }
 * }</pre>
 *
 * <p>Queries are Calcite SQL (close to ANSI: double-quoted identifiers, unquoted names matched case-insensitively,
 * {@code FETCH FIRST}/{@code LIMIT}). What one member can answer alone goes to it as SQL in its own dialect (filters,
 * projections, and within one member joins, aggregates and sorts); whatever spans members (the cross-database join,
 * aggregates over it) runs in this JVM on the rows the members return. {@link #explain(String)} shows the split.
 * Read-only by design: writes go to each datasource directly (or through {@code CrossDatabaseTransaction}).
 *
 * <p>Each member gets a small HikariCP pool of its own (the datasource's URL, driver properties and
 * {@code maximumPoolSize}), closed by {@link #close()}. The SQL each member receives can be watched with
 * {@link #addMemberSqlListener} (and is logged at DEBUG by {@code MemberSqlRecorder}). Thread-safe; each connection
 * is independent.
 */
public final class FederatedDataSource extends ConfiguredDataSource implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FederatedDataSource.class);

    static {
        // Calcite's driver registers itself on class load; make sure it is loaded before DriverManager is asked.
        try {
            Class.forName("org.apache.calcite.jdbc.Driver");
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String name;
    private final Map<String, Member> members;
    private final List<MemberSqlListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, DataSource> recorded = new LinkedHashMap<>();

    private record Member(DataSourceDefinition definition, HikariDataSource pool, String catalog, String schema) {
    }

    private FederatedDataSource(String name, Map<String, Member> members) {
        this.name = name;
        this.members = members;
        members.forEach((n, m) -> recorded.put(n, new MemberSqlRecorder(n, m.pool(), listeners)));
    }

    /**
     * Reports every SQL text sent to a member from now on to {@code listener} (see {@link MemberSqlListener}): the
     * way to see, or assert in a test, what each backend was asked to do. Returns this federation.
     */
    public FederatedDataSource addMemberSqlListener(MemberSqlListener listener) {
        listeners.add(java.util.Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /** Stops reporting to {@code listener}. */
    public void removeMemberSqlListener(MemberSqlListener listener) {
        listeners.remove(listener);
    }

    /**
     * A federation over the named datasources of {@code config}; each becomes a Calcite schema of the same name.
     *
     * @throws IllegalArgumentException for no names, a repeated name or an unknown datasource
     * @throws SQLException             when a member cannot be reached to read its catalog and schema
     */
    public static FederatedDataSource of(ActiveRecordConfig config, String... datasources) throws SQLException {
        return create("(" + String.join(",", datasources) + ")", config, List.of(datasources));
    }

    /**
     * The federation {@code name} declared in the configuration's {@code federations:} section:
     * <pre>{@code
     * federations:
     *   shop:
     *     datasources: [customers_db, orders_db]
     * }</pre>
     *
     * @throws IllegalArgumentException when no such federation is declared
     */
    public static FederatedDataSource named(ActiveRecordConfig config, String name) throws SQLException {
        Map<String, String> section = config.section("federations");
        List<String> names = new ArrayList<>();
        for (int i = 0; section.containsKey(name + ".datasources[" + i + "]"); i++) {
            names.add(section.get(name + ".datasources[" + i + "]").trim());
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no federation '" + name + "' with a datasources list under federations"
                    + " in " + config.source().orElse("the configuration"));
        }
        return create(name, config, names);
    }

    private static FederatedDataSource create(String name, ActiveRecordConfig config, List<String> names)
            throws SQLException {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a federation needs at least one datasource");
        }
        Map<String, Member> members = new LinkedHashMap<>();
        try {
            for (String n : names) {
                if (members.containsKey(n)) {
                    throw new IllegalArgumentException("datasource '" + n + "' is listed twice in federation " + name);
                }
                DataSourceDefinition def = config.require(n);
                HikariDataSource pool = pool(name, def);
                members.put(n, new Member(def, pool, null, null));
                try (Connection c = pool.getConnection()) {
                    // The member's own catalog and schema, so that Calcite lists only the configured database's
                    // tables (MariaDB: catalog = database; PostgreSQL: schema = search path's first).
                    members.put(n, new Member(def, pool, c.getCatalog(), c.getSchema()));
                }
            }
        } catch (SQLException | RuntimeException e) {
            members.values().forEach(m -> m.pool().close());
            throw e;
        }
        LOG.info("federation {} over {}", name, members.keySet());
        return new FederatedDataSource(name, members);
    }

    private static HikariDataSource pool(String federation, DataSourceDefinition def) {
        HikariConfig hc = new HikariConfig();
        hc.setPoolName("federation-" + federation + "-" + def.name());
        hc.setJdbcUrl(def.jdbcUrl());
        hc.setDriverClassName(def.backend().driverClassName());
        hc.setDataSourceProperties(def.backend().driverProperties(def.connection()));
        hc.setMaximumPoolSize(Math.max(1, def.connection().maximumPoolSize()));
        hc.setMinimumIdle(0);
        // Calcite reads with auto-commit on; a read-only hint lets replicas and drivers optimise.
        hc.setReadOnly(true);
        try {
            return new HikariDataSource(hc);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("federation " + federation + ": cannot open datasource '" + def.name()
                    + "' at " + Masking.maskUrl(def.jdbcUrl()) + ": " + e.getMessage(), e);
        }
    }

    /** The federation's name. */
    public String name() {
        return name;
    }

    /** The member datasource names, which are also the schema names in queries. */
    public List<String> schemas() {
        return List.copyOf(members.keySet());
    }

    /** A new Calcite connection with one schema per member. */
    @Override
    public Connection getConnection() throws SQLException {
        return connect(false);
    }

    /**
     * This federation as a read-only data source for facade models ({@code Finder.configureReadOnly}): its
     * connections also have a default schema, {@value #MODELS_SCHEMA}, that lists every member table under its
     * plain name, so that the facade's unqualified, double-quoted table names resolve and one model query can join
     * tables of different members. A table name found in two members is left out of it (ambiguous; reach it
     * qualified through {@link #getConnection()}). Same pools, same pushdown; closing this federation closes it too.
     *
     * <pre>{@code
     * Order.FIND.configureReadOnly("shop", fed.forModels());
     * List<Order> big = Order.FIND.query().join("customers", "orders.customer_id", "customers.id")
     *         .where("customers.country = ?", "DE").list();
     * }</pre>
     */
    public DataSource forModels() {
        return modelView;
    }

    /** The default schema of {@link #forModels()} connections. */
    public static final String MODELS_SCHEMA = "models";

    private final DataSource modelView = new ModelView();

    private Connection connect(boolean flat) throws SQLException {
        Properties info = new Properties();
        // Unquoted names keep their case and match case-insensitively: PostgreSQL's lower-case tables and MariaDB's
        // as-created names both work without quotes.
        info.setProperty("caseSensitive", "false");
        info.setProperty("unquotedCasing", "UNCHANGED");
        info.setProperty("quotedCasing", "UNCHANGED");
        Connection c = DriverManager.getConnection("jdbc:calcite:", info);
        try {
            SchemaPlus root = c.unwrap(CalciteConnection.class).getRootSchema();
            for (Map.Entry<String, Member> e : members.entrySet()) {
                Member m = e.getValue();
                root.add(e.getKey(), JdbcSchema.create(root, e.getKey(), recorded.get(e.getKey()),
                        md -> CalciteDialects.forBackend(m.definition().backend().name()), m.catalog(), m.schema()));
            }
            if (flat) {
                addModelsSchema(root);
                c.setSchema(MODELS_SCHEMA);
            }
            return c;
        } catch (SQLException | RuntimeException ex) {
            c.close();
            throw ex;
        }
    }

    /** Adds the {@value #MODELS_SCHEMA} schema: each member's tables under their plain names, ambiguous ones left out. */
    private void addModelsSchema(SchemaPlus root) {
        Map<String, Table> tables = new LinkedHashMap<>();
        Map<String, String> owner = new HashMap<>();
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        for (String member : members.keySet()) {
            SchemaPlus sub = root.subSchemas().get(member);
            for (String t : sub.tables().getNames(LikePattern.any())) {
                String key = t.toLowerCase(Locale.ROOT);
                String previous = owner.putIfAbsent(key, member);
                if (previous != null && !previous.equals(member)) {
                    ambiguous.add(key);
                } else {
                    tables.put(t, sub.tables().get(t));
                }
            }
        }
        SchemaPlus flat = root.add(MODELS_SCHEMA, new AbstractSchema());
        tables.forEach((t, table) -> {
            if (!ambiguous.contains(t.toLowerCase(Locale.ROOT))) {
                flat.add(t, table); // the member's own JdbcTable: scans and filters still go to that member
            }
        });
        if (!ambiguous.isEmpty()) {
            LOG.debug("federation {} - tables in more than one member, not in schema {}: {}", name, MODELS_SCHEMA, ambiguous);
        }
    }

    /** See {@link #forModels()}. */
    private final class ModelView extends ConfiguredDataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return connect(true);
        }

        /** Also unwraps to the federation, so that code holding the view can reach {@link #explain} and listeners. */
        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            if (!iface.isInstance(this) && iface.isInstance(FederatedDataSource.this)) {
                return iface.cast(FederatedDataSource.this);
            }
            return super.unwrap(iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return iface.isInstance(FederatedDataSource.this) || super.isWrapperFor(iface);
        }

        @Override
        public String toString() {
            return FederatedDataSource.this + " for models";
        }
    }

    /**
     * Calcite's physical plan for {@code sql}, as text: {@code JdbcToEnumerableConverter} marks each part sent to a
     * member as SQL (with the {@code JdbcFilter}, {@code JdbcProject}, ... beneath it), {@code Enumerable*} operators
     * above run in this JVM.
     */
    public String explain(String sql) throws SQLException {
        try (Connection c = getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("EXPLAIN PLAN FOR " + sql)) {
            StringBuilder sb = new StringBuilder();
            while (rs.next()) {
                sb.append(rs.getString(1));
            }
            return sb.toString();
        }
    }

    /** Closes the members' pools. */
    @Override
    public void close() {
        members.values().forEach(m -> m.pool().close());
    }

    @Override
    public String toString() {
        return "FederatedDataSource[" + name + " over " + members.keySet() + "]";
    }
}
