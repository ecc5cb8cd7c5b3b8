package com.rhosocial.activerecord;

import com.rhosocial.activerecord.backend.Backend;
import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.internal.Clock;
import com.rhosocial.activerecord.internal.Db;
import com.rhosocial.activerecord.internal.Hydrator;
import com.rhosocial.activerecord.internal.RecordAccess;
import com.rhosocial.activerecord.internal.Registry;
import com.rhosocial.activerecord.jdbc.ActiveRecordDataSource;
import com.rhosocial.activerecord.model.Kind;
import com.rhosocial.activerecord.model.ModelMeta;
import com.rhosocial.activerecord.model.Property;
import com.rhosocial.activerecord.query.SqlWriter;
import com.rhosocial.activerecord.relation.StrictLoading;
import com.rhosocial.activerecord.transaction.Isolation;
import com.rhosocial.activerecord.transaction.TransactionBody;
import com.rhosocial.activerecord.transaction.Transactions;
import com.rhosocial.activerecord.validation.Errors;
import com.rhosocial.activerecord.validation.Validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The base class of models. A model is a plain class with fields, a no-argument constructor and one static finder:
 *
 * <pre>{@code
 * public class User extends ActiveRecord {
 *     public static final Finder<User> FIND = ActiveRecord.finder(User.class);
 *     public Long id;
 *     public String name;
 *     public Instant createdAt;   // set on insert (updatedAt on every update)
 * }
 *
 * User.FIND.configure(ConnectionConfig.builder().host("127.0.0.1").database("app").username("app").build(),
 *                     MySQLBackend.class);
 * User u = new User();
 * u.name = "Ada";
 * u.save();
 * Optional<User> found = User.FIND.find(u.id);
 * }</pre>
 *
 * <p>Java cannot tell which subclass an inherited static method was called on, so the class-level API (configure,
 * find, query, create, transaction) lives on the model's {@link Finder} rather than on static methods of this
 * class; no bytecode instrumentation, agent or annotation processor is involved. From Kotlin:
 * {@code companion object { val FIND = ActiveRecord.finder(User::class.java) }}.
 *
 * <p>Instance methods ({@link #save()}, {@link #delete()}, {@link #reload()}) take a pooled connection per
 * operation, or use the open transaction's. Hooks ({@link #beforeSave()}, ...) and validations
 * ({@link #validate(Validation)}) are overridden in the model. Records are not thread-safe.
 */
public abstract class ActiveRecord {

    static {
        RecordAccess.install(new Access());
    }

    /** Whether a model class overrides afterCreate, afterUpdate or afterSave (checked once per class). */
    private static final ClassValue<Boolean> AFTER_HOOKS = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            for (Class<?> c = type; c != null && c != ActiveRecord.class; c = c.getSuperclass()) {
                for (String m : new String[]{"afterCreate", "afterUpdate", "afterSave"}) {
                    try {
                        c.getDeclaredMethod(m);
                        return true;
                    } catch (NoSuchMethodException ignored) {
                        // not overridden here
                    }
                }
            }
            return false;
        }
    };

    /** Column values as last read from or written to the database, by property index; null while new. */
    private transient Object[] snapshot;
    private transient boolean destroyed;
    private transient boolean fromMultiRowQuery;
    private transient StrictLoading strictLoading;
    private transient Map<String, Object> relations;
    private transient Errors errors;

    protected ActiveRecord() {
    }

    // ================================================================ class-level API

    /** The finder of a model class: declare it as {@code public static final Finder<User> FIND = finder(User.class)}. */
    public static <T extends ActiveRecord> Finder<T> finder(Class<T> type) {
        return Finder.of(type);
    }

    /** Configures the datasource every model uses unless configured on its own. Fails fast on a bad configuration. */
    public static void configure(ConnectionConfig config, Class<? extends Backend> backend) {
        Registry.setDefault(Registry.forConfig("default datasource", config, backend));
    }

    /** Configures the default datasource by its name in {@code activerecord.yaml}. */
    public static void configure(String datasourceName) {
        Registry.setDefault(Registry.forName("default datasource", datasourceName));
    }

    /** Configures the default datasource from an existing data source (shares its pool). */
    public static void configure(ActiveRecordDataSource dataSource) {
        Registry.setDefault(Registry.forDataSource("default datasource", dataSource));
    }

    /**
     * Runs {@code body} with every model in this thread on the named datasource, restoring the previous one afterwards
     * (also when {@code body} throws).
     */
    public static <R> R usingDatasource(String datasourceName, Supplier<R> body) {
        return Registry.with(null, Registry.forName("datasource switch", datasourceName), body);
    }

    /**
     * Lets every model on the named datasource, in this thread, use {@code connection} as its transaction connection
     * until the handle is closed, for a transaction an external coordinator commits (crossdb's
     * {@code CrossDatabaseTransaction} does this for each XA branch). See {@link Transactions#joinExternal}.
     */
    public static Transactions.External joinExternalTransaction(String datasourceName, java.sql.Connection connection) {
        return Transactions.joinExternal(Registry.forName("external transaction", datasourceName), connection);
    }

    /** As {@link #usingDatasource(String, Supplier)} for a block without result. */
    public static void usingDatasource(String datasourceName, Runnable body) {
        usingDatasource(datasourceName, () -> {
            body.run();
            return null;
        });
    }

    /** Sets the global strict-loading mode (per-model and per-query settings take precedence). */
    public static void strictLoading(StrictLoading mode) {
        Finder.globalStrictLoading = Objects.requireNonNull(mode, "mode");
    }

    private static Db defaultDbOrFail() {
        Db db = Registry.defaultDb();
        if (db == null) {
            throw new ConfigurationException("no default datasource: call ActiveRecord.configure(...) first, or use "
                    + "a model's finder: User.FIND.transaction(...)");
        }
        return db;
    }

    /** Runs {@code body} in a transaction on the default datasource (nested: a savepoint). */
    public static void transaction(TransactionBody body) {
        Transactions.run(defaultDbOrFail(), null, body);
    }

    /** Runs {@code body} in a transaction on the default datasource and returns its result. */
    public static <R> R transaction(Callable<R> body) {
        return Transactions.call(defaultDbOrFail(), null, body);
    }

    /** Runs {@code body} in a transaction with {@code isolation} on the default datasource. */
    public static void transaction(Isolation isolation, TransactionBody body) {
        Transactions.run(defaultDbOrFail(), isolation, body);
    }

    /** Runs {@code body} in a transaction with {@code isolation} on the default datasource and returns its result. */
    public static <R> R transaction(Isolation isolation, Callable<R> body) {
        return Transactions.call(defaultDbOrFail(), isolation, body);
    }

    // ================================================================ hooks (override in models)

    /** Called before validation; return false to veto the save. */
    protected boolean beforeValidate() {
        return true;
    }

    /** Declares the validation rules; the default has none. */
    protected void validate(Validation v) {
    }

    /** Called after validation (whether or not it passed). */
    protected void afterValidate() {
    }

    /** Called before an insert or update; return false to veto. */
    protected boolean beforeSave() {
        return true;
    }

    /** Called before an insert; return false to veto. */
    protected boolean beforeCreate() {
        return true;
    }

    /** Called before an update; return false to veto. */
    protected boolean beforeUpdate() {
        return true;
    }

    /** Called after an insert. */
    protected void afterCreate() {
    }

    /** Called after an update. */
    protected void afterUpdate() {
    }

    /** Called after an insert or update. */
    protected void afterSave() {
    }

    /** Called before a delete; return false to veto. */
    protected boolean beforeDelete() {
        return true;
    }

    /** Called after a delete. */
    protected void afterDelete() {
    }

    /** Called once the transaction that saved or deleted this record has committed (at once without one). */
    protected void afterCommit() {
    }

    /** Called once the transaction that saved or deleted this record has rolled back. */
    protected void afterRollback() {
    }

    // ================================================================ state

    private ModelMeta meta() {
        return ModelMeta.of(getClass());
    }

    private Db db() {
        return Registry.resolve(getClass());
    }

    /** True until the record has been inserted (or when it was built rather than loaded). */
    public boolean isNewRecord() {
        return snapshot == null;
    }

    /** True once inserted or loaded, and not deleted. */
    public boolean isPersisted() {
        return snapshot != null && !destroyed;
    }

    /** True after {@link #delete()} removed the row (not for soft deletes). */
    public boolean isDestroyed() {
        return destroyed;
    }

    /** The validation errors of the last {@link #save()} or {@link #isValid()}. */
    public Errors errors() {
        if (errors == null) {
            errors = new Errors();
        }
        return errors;
    }

    /** Field names whose value differs from what the database holds (all set fields for a new record). */
    public Set<String> changedAttributes() {
        Set<String> out = new LinkedHashSet<>();
        List<Property> props = meta().properties();
        for (int k = 0; k < props.size(); k++) {
            Property p = props.get(k);
            Object v = p.get(this);
            if (snapshot == null ? v != null : !Objects.deepEquals(v, snapshot[k])) {
                out.add(p.name());
            }
        }
        return out;
    }

    /** Whether any field differs from what the database holds. */
    public boolean isDirty() {
        return !changedAttributes().isEmpty();
    }

    /** Runs the validations (and validate hooks) and returns whether there were no errors. */
    public boolean isValid() {
        Errors e = errors();
        e.clear();
        if (!beforeValidate()) {
            e.add(Errors.BASE, "save vetoed by " + getClass().getSimpleName() + ".beforeValidate");
            return false;
        }
        validate(new Validation(this, meta(), e));
        afterValidate();
        return e.isEmpty();
    }

    // ================================================================ persistence

    /**
     * Validates, then inserts (a new record) or updates the changed columns (a loaded one). Returns false when a
     * validation fails or a hook vetoes, with the reasons in {@link #errors()}.
     *
     * @throws StaleRecordException when the record has a version column and was changed by someone else
     * @throws ActiveRecordException when the database refuses the statement
     */
    public boolean save() {
        if (destroyed) {
            throw new ActiveRecordException(getClass().getSimpleName() + " was deleted and cannot be saved");
        }
        if (!isValid()) {
            return false;
        }
        if (!beforeSave()) {
            return veto("beforeSave");
        }
        Db db = db();
        if (AFTER_HOOKS.get(getClass()) && !Transactions.isActive(db) && (snapshot == null || isDirty())) {
            // the model has after-hooks: the write and its hooks are one unit, so an exception in a hook undoes
            // the write (inside a caller's transaction the write simply joins it)
            return Transactions.call(db, null, () -> write(db));
        }
        return write(db);
    }

    private boolean write(Db db) {
        if (snapshot == null) {
            if (!beforeCreate()) {
                return veto("beforeCreate");
            }
            insert(db);
            afterCreate();
        } else {
            if (!beforeUpdate()) {
                return veto("beforeUpdate");
            }
            update(db);
            afterUpdate();
        }
        afterSave();
        registerTransactionCallbacks(db);
        return true;
    }

    /** As {@link #save()}, but throws {@link RecordInvalidException} listing every error instead of returning false. */
    public void saveOrFail() {
        if (!save()) {
            throw new RecordInvalidException(getClass().getSimpleName(), errors());
        }
    }

    private boolean veto(String hook) {
        errors().add(Errors.BASE, "save vetoed by " + getClass().getSimpleName() + "." + hook);
        return false;
    }

    private void registerTransactionCallbacks(Db db) {
        Transactions.afterCommit(db, this::afterCommit);
        Transactions.afterRollback(db, this::afterRollback);
    }

    private void insert(Db db) {
        ModelMeta m = meta();
        Property id = m.id();
        stampCreation(this, m);
        Property version = m.version();
        if (version != null && version.get(this) == null) {
            version.set(this, version.kind() == Kind.LONG ? (Object) 0L : (Object) 0);
        }
        SqlWriter w = new SqlWriter(m);
        w.sql("INSERT INTO ").ident(m.table());
        List<Property> props = m.properties();
        boolean allSent = true;
        int n = 0;
        for (Property p : props) {
            if (p.get(this) != null) {
                w.sql(n++ == 0 ? " (" : ", ").ident(p.column());
            } else if (p != id) {
                allSent = false;
            }
        }
        if (n == 0) {
            w.sql(" DEFAULT VALUES");
        } else {
            w.sql(") VALUES (");
            int i = 0;
            for (Property p : props) {
                if (p.get(this) != null) {
                    if (i++ > 0) {
                        w.sql(", ");
                    }
                    w.param(p.bindValue(this));
                }
            }
            w.sql(")");
        }
        boolean generated = id.get(this) == null;
        List<Object> keys = db.insert(w.sqlText(), w.params(), generated ? id.column() : null, id.kind(), id.type());
        if (generated) {
            if (keys.isEmpty() || keys.get(0) == null) {
                throw new ActiveRecordException(m.modelName() + ": the database returned no generated key for "
                        + id.column() + " (is it an identity / auto-increment column?)");
            }
            id.set(this, keys.get(0));
        }
        snapshot = new Object[props.size()];
        if (!allSent) {
            // columns left to the database (defaults, triggers) are read back so the record shows what was stored
            readBack(db, m, true);
        } else {
            takeSnapshot(m);
        }
    }

    /** Sets unset createdAt/updatedAt to one and the same "now". */
    static void stampCreation(ActiveRecord r, ModelMeta m) {
        Object now = null;
        for (Property ts : new Property[]{m.createdAt(), m.updatedAt()}) {
            if (ts != null && ts.get(r) == null) {
                if (now == null) {
                    now = Clock.now(ts.kind());
                }
                ts.set(r, now);
            }
        }
    }

    private void takeSnapshot(ModelMeta m) {
        List<Property> props = m.properties();
        Object[] s = new Object[props.size()];
        for (int k = 0; k < props.size(); k++) {
            Object v = props.get(k).get(this);
            s[k] = v instanceof byte[] ? ((byte[]) v).clone() : v;
        }
        snapshot = s;
    }

    private void readBack(Db db, ModelMeta m, boolean onlyUnset) {
        Property id = m.id();
        SqlWriter w = new SqlWriter(m);
        w.sql("SELECT * FROM ").ident(m.table()).sql(" WHERE ").ident(id.column()).sql(" = ").param(id.bindValue(this));
        Object[] fresh = new Object[m.properties().size()];
        List<Boolean> found = db.query(w.sqlText(), w.params(), (rs, idx) -> {
            Hydrator.fill(m, db.types(), this, rs, idx, fresh);
            return Boolean.TRUE;
        });
        if (found.isEmpty()) {
            throw new RecordNotFoundException(m.modelName() + " with " + id.name() + "=" + id.get(this) + " does not exist");
        }
        takeSnapshot(m);
    }

    private void update(Db db) {
        ModelMeta m = meta();
        List<Property> props = m.properties();
        List<Integer> changed = new ArrayList<>();
        for (int k = 0; k < props.size(); k++) {
            Property p = props.get(k);
            if (p != m.id() && p != m.version() && !Objects.deepEquals(p.get(this), snapshot[k])) {
                changed.add(k);
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        Property updatedAt = m.updatedAt();
        if (updatedAt != null && !changed.contains(props.indexOf(updatedAt))) {
            updatedAt.set(this, Clock.now(updatedAt.kind()));
            changed.add(props.indexOf(updatedAt));
        }
        SqlWriter w = new SqlWriter(m);
        w.sql("UPDATE ").ident(m.table()).sql(" SET ");
        for (int i = 0; i < changed.size(); i++) {
            Property p = props.get(changed.get(i));
            if (i > 0) {
                w.sql(", ");
            }
            w.ident(p.column()).sql(" = ").param(p.bindValue(this));
        }
        Object oldVersion = versionBump(m, w);
        whereKey(m, w, oldVersion);
        int rows = db.update(w.sqlText(), w.params());
        if (rows == 0) {
            failNoRow(m, oldVersion, "update");
        }
        takeSnapshot(m);
    }

    /** Appends {@code , version = old + 1} and sets the field; returns the old version (null without one). */
    private Object versionBump(ModelMeta m, SqlWriter w) {
        Property version = m.version();
        if (version == null) {
            return null;
        }
        Object old = snapshot[m.properties().indexOf(version)];
        Object next = version.kind() == Kind.LONG ? (Object) (((Long) old) + 1) : (Object) (((Integer) old) + 1);
        version.set(this, next);
        w.sql(", ").ident(version.column()).sql(" = ").param(next);
        return old;
    }

    private void whereKey(ModelMeta m, SqlWriter w, Object oldVersion) {
        Property id = m.id();
        w.sql(" WHERE ").ident(id.column()).sql(" = ").param(id.bindValue(this));
        if (oldVersion != null) {
            w.sql(" AND ").ident(m.version().column()).sql(" = ").param(oldVersion);
        }
    }

    private void failNoRow(ModelMeta m, Object oldVersion, String what) {
        Property id = m.id();
        if (oldVersion != null) {
            m.version().set(this, oldVersion);
            throw new StaleRecordException(m.modelName() + " with " + id.name() + "=" + id.get(this) + " and "
                    + m.version().name() + "=" + oldVersion + " was changed or deleted by someone else; " + what
                    + " refused (reload and retry)");
        }
        throw new RecordNotFoundException(m.modelName() + " with " + id.name() + "=" + id.get(this)
                + " no longer exists; " + what + " matched no row");
    }

    /**
     * Deletes the record: removes the row, or for a soft-delete model sets its deletion timestamp. Returns false when
     * {@link #beforeDelete()} vetoes.
     *
     * @throws StaleRecordException when the record has a version column and was changed by someone else
     */
    public boolean delete() {
        ModelMeta m = meta();
        if (m.softDelete() == null) {
            return forceDelete();
        }
        requirePersisted("delete");
        if (!beforeDelete()) {
            return veto("beforeDelete");
        }
        Db db = db();
        Property soft = m.softDelete();
        soft.set(this, Clock.now(soft.kind()));
        SqlWriter w = new SqlWriter(m);
        w.sql("UPDATE ").ident(m.table()).sql(" SET ").ident(soft.column()).sql(" = ").param(soft.bindValue(this));
        Object oldVersion = versionBump(m, w);
        whereKey(m, w, oldVersion);
        if (db.update(w.sqlText(), w.params()) == 0) {
            soft.set(this, null);
            failNoRow(m, oldVersion, "delete");
        }
        takeSnapshot(m);
        afterDelete();
        registerTransactionCallbacks(db);
        return true;
    }

    /** Removes the row, also for a soft-delete model. Returns false when {@link #beforeDelete()} vetoes. */
    public boolean forceDelete() {
        requirePersisted("delete");
        if (!beforeDelete()) {
            return veto("beforeDelete");
        }
        ModelMeta m = meta();
        Db db = db();
        SqlWriter w = new SqlWriter(m);
        w.sql("DELETE FROM ").ident(m.table());
        Object oldVersion = m.version() == null ? null : snapshot[m.properties().indexOf(m.version())];
        whereKey(m, w, oldVersion);
        if (db.update(w.sqlText(), w.params()) == 0) {
            failNoRow(m, oldVersion, "delete");
        }
        destroyed = true;
        afterDelete();
        registerTransactionCallbacks(db);
        return true;
    }

    /** Clears the soft-delete timestamp of a soft-deleted record. */
    public void restore() {
        ModelMeta m = meta();
        Property soft = m.softDelete();
        if (soft == null) {
            throw new IllegalStateException(m.modelName() + " has no @SoftDelete field; nothing to restore");
        }
        requirePersisted("restore");
        Db db = db();
        SqlWriter w = new SqlWriter(m);
        w.sql("UPDATE ").ident(m.table()).sql(" SET ").ident(soft.column()).sql(" = ").param(null);
        Object oldVersion = versionBump(m, w);
        whereKey(m, w, oldVersion);
        if (db.update(w.sqlText(), w.params()) == 0) {
            failNoRow(m, oldVersion, "restore");
        }
        soft.set(this, null);
        takeSnapshot(m);
    }

    /** True when this soft-delete record is marked deleted. */
    public boolean isSoftDeleted() {
        Property soft = meta().softDelete();
        return soft != null && soft.get(this) != null;
    }

    /** Reads the row again, discarding unsaved changes and cached relations. */
    public void reload() {
        requirePersisted("reload");
        readBack(db(), meta(), false);
        if (relations != null) {
            relations.clear();
        }
    }

    private void requirePersisted(String what) {
        if (snapshot == null) {
            throw new IllegalStateException("cannot " + what + " a new " + getClass().getSimpleName() + " (not saved yet)");
        }
        if (destroyed) {
            throw new IllegalStateException("cannot " + what + " a deleted " + getClass().getSimpleName());
        }
    }

    @Override
    public String toString() {
        ModelMeta m = meta();
        StringBuilder sb = new StringBuilder(m.modelName()).append('{');
        int i = 0;
        for (Property p : m.properties()) {
            if (i++ > 0) {
                sb.append(", ");
            }
            Object v = p.get(this);
            sb.append(p.name()).append('=').append(v instanceof byte[] ? ((byte[]) v).length + " bytes" : v);
        }
        return sb.append('}').toString();
    }

    /** Gives the query and relation packages access to record state without making it public API. */
    private static final class Access extends RecordAccess {
        @Override
        public void loaded(ActiveRecord r, Object[] snapshot, boolean fromMultiRowQuery, StrictLoading strict) {
            if (snapshot != null) {
                r.snapshot = snapshot;
            }
            r.fromMultiRowQuery = fromMultiRowQuery;
            if (strict != null) {
                r.strictLoading = strict;
            }
        }

        @Override
        public Map<String, Object> relations(ActiveRecord r) {
            if (r.relations == null) {
                r.relations = new HashMap<>();
            }
            return r.relations;
        }

        @Override
        public boolean fromMultiRowQuery(ActiveRecord r) {
            return r.fromMultiRowQuery;
        }

        @Override
        public StrictLoading strictLoading(ActiveRecord r) {
            return r.strictLoading;
        }
    }
}
