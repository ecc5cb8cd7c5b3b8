package com.rhosocial.activerecord.internal;

import com.rhosocial.activerecord.ConfigurationException;
import com.rhosocial.activerecord.backend.Backend;
import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.Masking;
import com.rhosocial.activerecord.jdbc.ActiveRecordDataSource;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Which datasource each model uses. Resolution order: a per-thread switch for the model, a per-thread switch for all
 * models, the model's own configuration, the global default. One {@link Db} exists per distinct configuration (same
 * config and backend, same datasource name, same data source object), so models configured alike share one pool and
 * one transaction.
 */
public final class Registry {

    private static final Map<Object, Db> DBS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Db> MODELS = new ConcurrentHashMap<>();
    private static volatile Db defaultDb;
    private static final ThreadLocal<Deque<Db>> THREAD_DEFAULT = ThreadLocal.withInitial(ArrayDeque::new);
    private static final ThreadLocal<Map<Class<?>, Deque<Db>>> THREAD_MODEL = ThreadLocal.withInitial(HashMap::new);

    private Registry() {
    }

    /**
     * The {@link Db} for a configuration and backend, checked so that misconfiguration fails now.
     *
     * @param who the model (or "default") for messages
     */
    public static Db forConfig(String who, ConnectionConfig config, Class<? extends Backend> backendClass) {
        if (config == null) {
            throw new ConfigurationException(who + ": ConnectionConfig is null");
        }
        if (backendClass == null) {
            throw new ConfigurationException(who + ": no backend class given (for example PostgreSQLBackend.class)");
        }
        return DBS.computeIfAbsent(List.of(config, backendClass), k -> {
            Backend backend;
            try {
                backend = backendClass.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new ConfigurationException(who + ": backend " + backendClass.getName()
                        + " needs a public no-argument constructor", e);
            }
            if (config.url() == null && (config.database() == null || config.database().isEmpty())) {
                throw new ConfigurationException(who + ": ConnectionConfig for backend " + backend.name()
                        + " has no database (set database(...) or url(...))");
            }
            try {
                backend.loadDriver();
            } catch (SQLException e) {
                throw new ConfigurationException(who + ": " + e.getMessage(), e);
            }
            String label = backend.name() + ":" + Masking.maskUrl(backend.buildUrl(config));
            try {
                return new Db(label, ActiveRecordDataSource.of(config, backendClass));
            } catch (RuntimeException e) {
                throw new ConfigurationException(who + ": cannot open datasource " + label + ": " + e.getMessage(), e);
            }
        });
    }

    /** The {@link Db} for a named datasource of {@code activerecord.yaml}. */
    public static Db forName(String who, String name) {
        if (name == null || name.isBlank()) {
            throw new ConfigurationException(who + ": datasource name is empty");
        }
        return DBS.computeIfAbsent("name:" + name, k -> {
            try {
                return new Db(name, ActiveRecordDataSource.named(name));
            } catch (RuntimeException e) {
                throw new ConfigurationException(who + ": datasource '" + name + "' is not usable: " + e.getMessage(), e);
            }
        });
    }

    /** The {@link Db} for a data source built by the caller. */
    public static Db forDataSource(String who, ActiveRecordDataSource ds) {
        if (ds == null) {
            throw new ConfigurationException(who + ": data source is null");
        }
        return DBS.computeIfAbsent(ds, k -> new Db(ds.backend().name() + "@" + Integer.toHexString(System.identityHashCode(ds)), ds));
    }

    /** The read-only {@link Db} of a data source that is not the driver's (one per data source). */
    public static Db forReadOnly(String name, javax.sql.DataSource ds) {
        if (ds == null) {
            throw new ConfigurationException(name + ": data source is null");
        }
        return DBS.computeIfAbsent(ds, k -> Db.readOnly(name, ds));
    }

    public static void setDefault(Db db) {
        defaultDb = db;
    }

    /** Binds {@code model} to {@code db}; null unbinds it (it then uses the default). */
    public static void setModel(Class<?> model, Db db) {
        if (db == null) {
            MODELS.remove(model);
        } else {
            MODELS.put(model, db);
        }
    }

    /** The datasource {@code model} uses now in this thread. */
    public static Db resolve(Class<?> model) {
        Deque<Db> perModel = THREAD_MODEL.get().get(model);
        if (perModel != null && !perModel.isEmpty()) {
            return perModel.peek();
        }
        Deque<Db> all = THREAD_DEFAULT.get();
        if (!all.isEmpty()) {
            return all.peek();
        }
        Db db = MODELS.get(model);
        if (db == null) {
            db = defaultDb;
        }
        if (db == null) {
            db = yamlDefault(model);
        }
        return db;
    }

    /**
     * The default datasource of {@code activerecord.yaml} (its {@code default:} entry, or its only datasource), used
     * when nothing was configured in code; set as the global default on first use.
     */
    private static synchronized Db yamlDefault(Class<?> model) {
        if (defaultDb != null) {
            return defaultDb;
        }
        java.util.Optional<String> name;
        try {
            name = com.rhosocial.activerecord.config.ActiveRecordConfig.load().defaultDatasource();
        } catch (RuntimeException e) {
            throw new ConfigurationException(model.getSimpleName() + " has no datasource configured in code, and "
                    + "activerecord.yaml cannot be read: " + e.getMessage(), e);
        }
        if (name.isEmpty()) {
            throw new ConfigurationException(model.getSimpleName() + " has no datasource: call "
                    + model.getSimpleName() + "'s finder configure(...) or ActiveRecord.configure(...) first, or name a "
                    + "default datasource in activerecord.yaml");
        }
        defaultDb = forName("default datasource", name.get());
        return defaultDb;
    }

    /** The global default, or null. */
    public static Db defaultDb() {
        Deque<Db> all = THREAD_DEFAULT.get();
        if (!all.isEmpty()) {
            return all.peek();
        }
        return defaultDb;
    }

    /** Runs {@code body} with {@code db} as this thread's datasource for {@code model} (all models when null). */
    public static <R> R with(Class<?> model, Db db, Supplier<R> body) {
        Deque<Db> stack = model == null ? THREAD_DEFAULT.get()
                : THREAD_MODEL.get().computeIfAbsent(model, k -> new ArrayDeque<>());
        stack.push(db);
        try {
            return body.get();
        } finally {
            stack.pop();
        }
    }
}
