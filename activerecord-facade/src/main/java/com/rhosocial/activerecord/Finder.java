package com.rhosocial.activerecord;

import com.rhosocial.activerecord.backend.Backend;
import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.internal.Db;
import com.rhosocial.activerecord.internal.Hydrator;
import com.rhosocial.activerecord.internal.RecordAccess;
import com.rhosocial.activerecord.internal.Registry;
import com.rhosocial.activerecord.jdbc.ActiveRecordDataSource;
import com.rhosocial.activerecord.model.Kind;
import com.rhosocial.activerecord.model.ModelMeta;
import com.rhosocial.activerecord.model.Property;
import com.rhosocial.activerecord.query.Col;
import com.rhosocial.activerecord.query.Predicate;
import com.rhosocial.activerecord.query.Query;
import com.rhosocial.activerecord.query.Scope;
import com.rhosocial.activerecord.query.SqlWriter;
import com.rhosocial.activerecord.relation.BelongsTo;
import com.rhosocial.activerecord.relation.HasMany;
import com.rhosocial.activerecord.relation.HasOne;
import com.rhosocial.activerecord.relation.ManyToMany;
import com.rhosocial.activerecord.relation.StrictLoading;
import com.rhosocial.activerecord.transaction.Isolation;
import com.rhosocial.activerecord.transaction.TransactionBody;
import com.rhosocial.activerecord.transaction.Transactions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The class-level API of one model: configuration, finders, queries, creation, batch insert, transactions and
 * relation declarations. One instance per model class, held in a static field of the model:
 *
 * <pre>{@code
 * public static final Finder<User> FIND = ActiveRecord.finder(User.class);
 * public static final HasMany<User, Order> ORDERS = FIND.hasMany("orders", Order.class);
 * }</pre>
 *
 * Thread-safe.
 */
public final class Finder<T extends ActiveRecord> {

    private static final Map<Class<?>, Finder<?>> FINDERS = new ConcurrentHashMap<>();
    static volatile StrictLoading globalStrictLoading = StrictLoading.OFF;

    private final Class<T> type;
    private volatile StrictLoading strictLoading;

    private Finder(Class<T> type) {
        this.type = type;
    }

    @SuppressWarnings("unchecked")
    static <T extends ActiveRecord> Finder<T> of(Class<T> type) {
        Objects.requireNonNull(type, "model class");
        return (Finder<T>) FINDERS.computeIfAbsent(type, k -> new Finder<>(type));
    }

    /** The model class. */
    public Class<T> modelType() {
        return type;
    }

    /** The model's mapping (built on first call; fails naming the model when it cannot be mapped). */
    public ModelMeta meta() {
        return ModelMeta.of(type);
    }

    private ModelMeta checkedMeta() {
        try {
            return ModelMeta.of(type);
        } catch (ConfigurationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ConfigurationException(type.getSimpleName() + " cannot be mapped: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- configuration

    /**
     * Binds this model to a backend configuration (models configured alike share one pool). Checks the mapping, the
     * configuration and the driver now, failing with a message naming the model and what is missing. Returns the
     * finder.
     */
    public Finder<T> configure(ConnectionConfig config, Class<? extends Backend> backend) {
        checkedMeta();
        Registry.setModel(type, Registry.forConfig(type.getSimpleName(), config, backend));
        return this;
    }

    /** Binds this model to a named datasource of {@code activerecord.yaml}. Returns the finder. */
    public Finder<T> configure(String datasourceName) {
        checkedMeta();
        Registry.setModel(type, Registry.forName(type.getSimpleName(), datasourceName));
        return this;
    }

    /** Binds this model to an existing data source (sharing its pool). Returns the finder. */
    public Finder<T> configure(ActiveRecordDataSource dataSource) {
        checkedMeta();
        Registry.setModel(type, Registry.forDataSource(type.getSimpleName(), dataSource));
        return this;
    }

    /**
     * Binds this model, for reading, to a data source that is not the driver's, such as a federation engine's
     * ({@code FederatedDataSource.forModels()} of the crossdb module). The facade sends it its canonical SQL as
     * written (double-quoted identifiers, {@code LIMIT ? OFFSET ?}); queries, counts, joins and eager loading work,
     * while saves, deletes, {@code updateAll} and transactions throw {@link ActiveRecordException}. {@code name}
     * names it in messages. Returns the finder.
     */
    public Finder<T> configureReadOnly(String name, javax.sql.DataSource dataSource) {
        checkedMeta();
        Registry.setModel(type, Registry.forReadOnly(name, dataSource));
        return this;
    }

    /** Runs {@code body} with this model on the named datasource in this thread, restoring the previous one afterwards. */
    public <R> R usingDatasource(String datasourceName, Supplier<R> body) {
        return Registry.with(type, Registry.forName(type.getSimpleName(), datasourceName), body);
    }

    /** The data source this model uses now in this thread (for legacy JDBC that must share its pool). */
    public ActiveRecordDataSource dataSource() {
        return Registry.resolve(type).dataSource();
    }

    /** Sets this model's strict-loading mode (queries may override it). Returns the finder. */
    public Finder<T> strictLoading(StrictLoading mode) {
        this.strictLoading = mode;
        return this;
    }

    /** The effective model-level strict-loading mode (model setting, else global). */
    public StrictLoading strictLoadingMode() {
        StrictLoading s = strictLoading;
        return s != null ? s : globalStrictLoading;
    }

    // ---------------------------------------------------------------- finders

    /** A query over all rows (soft-deleted ones skipped). */
    public Query<T> query() {
        return new Query<>(type);
    }

    /** A query with a condition. */
    public Query<T> where(Predicate condition) {
        return query().where(condition);
    }

    /** A query with a raw condition in canonical SQL with bound parameters. */
    public Query<T> where(String sql, Object... params) {
        return query().where(sql, params);
    }

    /** A query with a named scope applied. */
    public Query<T> scope(Scope<T> scope) {
        return query().scope(scope);
    }

    /** Every record. */
    public List<T> all() {
        return query().list();
    }

    /** The record with this primary key. */
    public Optional<T> find(Object id) {
        return query().where(Col.col(meta().table() + "." + meta().id().column()).eq(id)).first();
    }

    /** The record with this primary key, or {@link RecordNotFoundException}. */
    public T findOrFail(Object id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException(type.getSimpleName() + " with "
                + meta().id().name() + "=" + id + " not found"));
    }

    /** The first record where {@code column = value}. */
    public Optional<T> findBy(String column, Object value) {
        return query().where(Col.col(column).eq(value)).first();
    }

    /** The first record matching {@code condition}. */
    public Optional<T> findBy(Predicate condition) {
        return query().where(condition).first();
    }

    /** Whether a record with this primary key exists. */
    public boolean exists(Object id) {
        return query().where(Col.col(meta().id().name()).eq(id)).exists();
    }

    /** Whether any record matches. */
    public boolean exists(Predicate condition) {
        return query().where(condition).exists();
    }

    /** The number of records. */
    public long count() {
        return query().count();
    }

    /**
     * Records from raw SQL in the canonical (PostgreSQL) spelling with bound parameters: the escape hatch. The
     * columns are matched to fields by name.
     */
    public List<T> findBySql(String sql, Object... params) {
        Db db = Registry.resolve(type);
        ModelMeta m = meta();
        return db.query(sql, Arrays.asList(params), (rs, idx) -> Hydrator.read(m, db.types(), rs, idx));
    }

    /**
     * Runs raw SQL (canonical spelling, bound parameters) on this model's datasource and returns the update count.
     */
    public int execute(String sql, Object... params) {
        return Registry.resolve(type).update(sql, Arrays.asList(params));
    }

    // ---------------------------------------------------------------- creation

    /** A new, unsaved record. */
    public T newRecord() {
        return meta().newInstance();
    }

    /**
     * Builds a record, lets {@code init} set its fields and saves it.
     *
     * @throws RecordInvalidException when validation fails or a hook vetoes
     */
    public T create(Consumer<? super T> init) {
        T r = newRecord();
        init.accept(r);
        r.saveOrFail();
        return r;
    }

    /** Inserts {@code records} in chunks of 500 rows, one statement per chunk. Returns the number inserted. */
    public int insertAll(List<T> records) {
        return insertAll(records, 500);
    }

    /**
     * Inserts {@code records} with one multi-row INSERT per chunk of {@code chunkSize} (one round trip each). Skips
     * validations and hooks (as bulk inserts do); sets timestamps and versions. Generated keys are assigned back when
     * the backend returns one per row (PostgreSQL, MariaDB/MySQL); otherwise the records stay without a key.
     * Returns the number of rows inserted.
     */
    public int insertAll(List<T> records, int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be >= 1, got " + chunkSize);
        }
        if (records.isEmpty()) {
            return 0;
        }
        ModelMeta m = meta();
        Property id = m.id();
        for (T r : records) {
            ActiveRecord.stampCreation(r, m);
            if (m.version() != null && m.version().get(r) == null) {
                m.version().set(r, m.version().kind() == Kind.LONG ? (Object) 0L : (Object) 0);
            }
        }
        boolean generated = records.stream().allMatch(r -> id.get(r) == null);
        List<Property> cols = new ArrayList<>();
        for (Property p : m.properties()) {
            if (p == id && generated) {
                continue;
            }
            if (p.isPrimitive() || records.stream().anyMatch(r -> p.get(r) != null)) {
                cols.add(p);
            }
        }
        if (cols.isEmpty()) {
            throw new IllegalArgumentException(type.getSimpleName() + ": insertAll needs at least one set column");
        }
        Db db = Registry.resolve(type);
        int total = 0;
        for (int from = 0; from < records.size(); from += chunkSize) {
            List<T> chunk = records.subList(from, Math.min(records.size(), from + chunkSize));
            SqlWriter w = new SqlWriter(m);
            w.sql("INSERT INTO ").ident(m.table()).sql(" (");
            for (int i = 0; i < cols.size(); i++) {
                w.sql(i > 0 ? ", " : "").ident(cols.get(i).column());
            }
            w.sql(") VALUES ");
            for (int r = 0; r < chunk.size(); r++) {
                w.sql(r > 0 ? ", (" : "(");
                for (int i = 0; i < cols.size(); i++) {
                    w.sql(i > 0 ? ", " : "").param(cols.get(i).bindValue(chunk.get(r)));
                }
                w.sql(")");
            }
            List<Object> keys = db.insert(w.sqlText(), w.params(), generated ? id.column() : null, id.kind(), id.type());
            boolean assign = generated && keys.size() == chunk.size();
            for (int r = 0; r < chunk.size(); r++) {
                T rec = chunk.get(r);
                if (assign) {
                    id.set(rec, keys.get(r));
                }
                if (!generated || assign) {
                    Object[] snap = new Object[m.properties().size()];
                    for (int k = 0; k < snap.length; k++) {
                        snap[k] = m.properties().get(k).get(rec);
                    }
                    RecordAccess.get().loaded(rec, snap, false, null);
                }
            }
            total += chunk.size();
        }
        return total;
    }

    // ---------------------------------------------------------------- transactions

    /** Runs {@code body} in a transaction on this model's datasource (nested: a savepoint). */
    public void transaction(TransactionBody body) {
        Transactions.run(Registry.resolve(type), null, body);
    }

    /** Runs {@code body} in a transaction on this model's datasource and returns its result. */
    public <R> R transaction(Callable<R> body) {
        return Transactions.call(Registry.resolve(type), null, body);
    }

    /** Runs {@code body} in a transaction with {@code isolation} (unsupported levels fail, never downgrade). */
    public void transaction(Isolation isolation, TransactionBody body) {
        Transactions.run(Registry.resolve(type), isolation, body);
    }

    /** Runs {@code body} in a transaction with {@code isolation} and returns its result. */
    public <R> R transaction(Isolation isolation, Callable<R> body) {
        return Transactions.call(Registry.resolve(type), isolation, body);
    }

    // ---------------------------------------------------------------- relations

    /**
     * Declares that each record belongs to one {@code target}, through a foreign-key field on this model named
     * {@code <target>Id} by convention ({@code Order.userId} for {@code User}).
     */
    public <U extends ActiveRecord> BelongsTo<T, U> belongsTo(String name, Class<U> target) {
        return belongsTo(name, target, com.rhosocial.activerecord.model.Naming.lowerCamel(target.getSimpleName()) + "Id");
    }

    /** As {@link #belongsTo(String, Class)} with an explicit foreign-key field (or column) on this model. */
    public <U extends ActiveRecord> BelongsTo<T, U> belongsTo(String name, Class<U> target, String foreignKey) {
        return new BelongsTo<>(type, name, target, foreignKey);
    }

    /**
     * Declares that each record has many {@code target}s, through a foreign-key field on the target named
     * {@code <thisModel>Id} by convention ({@code Order.userId} for {@code User.orders}).
     */
    public <U extends ActiveRecord> HasMany<T, U> hasMany(String name, Class<U> target) {
        return hasMany(name, target, com.rhosocial.activerecord.model.Naming.lowerCamel(type.getSimpleName()) + "Id");
    }

    /** As {@link #hasMany(String, Class)} with an explicit foreign-key field (or column) on the target. */
    public <U extends ActiveRecord> HasMany<T, U> hasMany(String name, Class<U> target, String foreignKey) {
        return new HasMany<>(type, name, target, foreignKey);
    }

    /** Declares that each record has at most one {@code target}, by a foreign key on the target (as hasMany). */
    public <U extends ActiveRecord> HasOne<T, U> hasOne(String name, Class<U> target) {
        return hasOne(name, target, com.rhosocial.activerecord.model.Naming.lowerCamel(type.getSimpleName()) + "Id");
    }

    /** As {@link #hasOne(String, Class)} with an explicit foreign-key field (or column) on the target. */
    public <U extends ActiveRecord> HasOne<T, U> hasOne(String name, Class<U> target, String foreignKey) {
        return new HasOne<>(type, name, target, foreignKey);
    }

    /**
     * Declares a many-to-many relation through {@code joinTable}, whose columns are {@code <this>_id} and
     * {@code <target>_id} by convention ({@code post_id}, {@code tag_id}).
     */
    public <U extends ActiveRecord> ManyToMany<T, U> manyToMany(String name, Class<U> target, String joinTable) {
        return manyToMany(name, target, joinTable,
                com.rhosocial.activerecord.model.Naming.snake(type.getSimpleName()) + "_id",
                com.rhosocial.activerecord.model.Naming.snake(target.getSimpleName()) + "_id");
    }

    /** As {@link #manyToMany(String, Class, String)} with explicit join-table columns. */
    public <U extends ActiveRecord> ManyToMany<T, U> manyToMany(String name, Class<U> target, String joinTable,
                                                               String ownerColumn, String targetColumn) {
        return new ManyToMany<>(type, name, target, joinTable, ownerColumn, targetColumn);
    }

    @Override
    public String toString() {
        return "Finder[" + type.getName() + "]";
    }
}
