package com.rhosocial.activerecord.relation;

import com.rhosocial.activerecord.ActiveRecord;
import com.rhosocial.activerecord.ConfigurationException;
import com.rhosocial.activerecord.StrictLoadingException;
import com.rhosocial.activerecord.internal.RecordAccess;
import com.rhosocial.activerecord.model.ModelMeta;
import com.rhosocial.activerecord.model.Property;
import com.rhosocial.activerecord.query.Col;
import com.rhosocial.activerecord.query.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A named relation from an owner model to a target model. Subclasses load the related records for many owners with
 * one query ({@link #preload(List)}), which serves both eager loading and lazy access. Instances are immutable and
 * registered by owner class and name, so that {@code includes("orders.items")} can find them.
 *
 * @param <O> the owner model
 * @param <T> the target model
 */
public abstract class Relation<O extends ActiveRecord, T extends ActiveRecord> {

    private static final Logger LOG = LoggerFactory.getLogger(Relation.class);
    private static final Map<Class<?>, Map<String, Relation<?, ?>>> REGISTRY = new ConcurrentHashMap<>();
    /** Rows per IN list; well under every backend's parameter limit. */
    static final int IN_CHUNK = 500;

    protected final Class<O> owner;
    protected final String name;
    protected final Class<T> target;

    protected Relation(Class<O> owner, String name, Class<T> target) {
        this.owner = owner;
        this.name = name;
        this.target = target;
        if (name == null || name.isEmpty() || name.indexOf('.') >= 0) {
            throw new ConfigurationException(owner.getSimpleName() + ": relation name '" + name + "' must be non-empty without dots");
        }
        Map<String, Relation<?, ?>> m = REGISTRY.computeIfAbsent(owner, k -> new ConcurrentHashMap<>());
        if (m.putIfAbsent(name, this) != null) {
            throw new ConfigurationException(owner.getSimpleName() + " declares relation '" + name + "' twice");
        }
    }

    /**
     * The relation {@code name} of {@code owner} (initialising the owner class, whose static fields declare it).
     *
     * @throws IllegalArgumentException naming the relation and the ones that exist
     */
    public static Relation<?, ?> find(Class<?> owner, String name) {
        try {
            Class.forName(owner.getName(), true, owner.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Relation<?, ?>> m = REGISTRY.getOrDefault(owner, Map.of());
        Relation<?, ?> r = m.get(name);
        if (r == null) {
            throw new IllegalArgumentException(owner.getSimpleName() + " has no relation '" + name + "'; declared: "
                    + new TreeSet<>(m.keySet()));
        }
        return r;
    }

    public String name() {
        return name;
    }

    public Class<O> ownerType() {
        return owner;
    }

    public Class<T> targetType() {
        return target;
    }

    /** The joins for {@code query.joins(name)}: {table, left column, right column} each, qualified. */
    public abstract List<String[]> joinClauses();

    /**
     * Loads this relation for {@code owners} with one query (per chunk of keys) and caches the result on each owner;
     * returns the loaded target records (for nested loading).
     */
    public abstract List<T> preload(List<O> owners);

    /** Whether the relation is already loaded on {@code record}. */
    public boolean isLoaded(O record) {
        return RecordAccess.get().relations(record).containsKey(name);
    }

    /** Drops the cached value on {@code record} so that the next access loads again. */
    public void reset(O record) {
        RecordAccess.get().relations(record).remove(name);
    }

    /** The cached value, loading it first (with the strict-loading check) when absent. */
    protected Object loadOne(O record) {
        Map<String, Object> cache = RecordAccess.get().relations(record);
        if (cache.containsKey(name)) {
            return cache.get(name);
        }
        checkStrict(record);
        preload(List.of(record));
        return cache.get(name);
    }

    private void checkStrict(O record) {
        RecordAccess access = RecordAccess.get();
        StrictLoading perQuery = access.strictLoading(record);
        StrictLoading mode;
        if (perQuery != null) {
            mode = perQuery;
        } else if (access.fromMultiRowQuery(record)) {
            mode = ActiveRecord.finder(owner).strictLoadingMode();
        } else {
            return;
        }
        if (mode == StrictLoading.OFF) {
            return;
        }
        String msg = "N+1: " + owner.getSimpleName() + "." + name + " lazily loaded on a record from a multi-row query"
                + " at " + callSite() + "; load it with includes(\"" + name + "\")";
        if (mode == StrictLoading.THROW) {
            throw new StrictLoadingException(msg);
        }
        LOG.warn(msg);
    }

    private static String callSite() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
                .filter(f -> !Relation.class.isAssignableFrom(f.getDeclaringClass())
                        && !ActiveRecord.class.isAssignableFrom(f.getDeclaringClass())
                        && f.getDeclaringClass() != EagerLoader.class)
                .findFirst()
                .map(f -> f.getClassName() + "." + f.getMethodName() + "(" + f.getFileName() + ":" + f.getLineNumber() + ")")
                .orElse("unknown"));
    }

    /** Sets the cached value on {@code record}. */
    protected void store(O record, Object value) {
        RecordAccess.get().relations(record).put(name, value);
    }

    /** A property of {@code meta} by field or column name, or a configuration error naming this relation. */
    protected Property requireProperty(ModelMeta meta, String fieldOrColumn) {
        Property p = meta.property(fieldOrColumn);
        if (p == null) {
            throw new ConfigurationException(owner.getSimpleName() + "." + name + ": " + meta.modelName()
                    + " has no field or column '" + fieldOrColumn + "'");
        }
        return p;
    }

    /** Distinct non-null values of {@code p} over {@code records}, in order. */
    protected static List<Object> keys(Collection<? extends ActiveRecord> records, Property p) {
        Set<Object> seen = new LinkedHashSet<>();
        List<Object> out = new ArrayList<>();
        for (ActiveRecord r : records) {
            Object v = p.get(r);
            if (v != null && seen.add(norm(v))) {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * Whether keys read from {@code a} and from {@code b} are always of one final class (both {@code Integer}, both
     * {@code Long}, ...), so that they match as they are and {@link #norm} (which boxes a new {@code Long} for every
     * key above 127) can be skipped. Primitive fields count as their wrapper, since reading them boxes.
     */
    protected static boolean sameKeyClass(Property a, Property b) {
        Class<?> x = wrap(a.type());
        return x == wrap(b.type()) && java.lang.reflect.Modifier.isFinal(x.getModifiers());
    }

    private static Class<?> wrap(Class<?> c) {
        if (!c.isPrimitive()) {
            return c;
        }
        return c == int.class ? Integer.class : c == long.class ? Long.class : c == short.class ? Short.class
                : c == byte.class ? Byte.class : c == boolean.class ? Boolean.class : c == char.class ? Character.class
                : c == float.class ? Float.class : Double.class;
    }

    /** {@link #norm(Object)}, or the key as it is when {@code same} ({@link #sameKeyClass}). */
    protected static Object key(Object key, boolean same) {
        return same ? key : norm(key);
    }

    /** Key normalisation, so that an int foreign key matches a long primary key. */
    protected static Object norm(Object key) {
        if (key instanceof Integer || key instanceof Short || key instanceof Byte) {
            return ((Number) key).longValue();
        }
        return key;
    }

    /** Targets whose {@code column} is in {@code keys}, one query per chunk of keys. */
    protected List<T> loadWhereIn(String column, List<Object> keys) {
        List<T> out = new ArrayList<>();
        ModelMeta tm = ModelMeta.of(target);
        for (int i = 0; i < keys.size(); i += IN_CHUNK) {
            List<Object> chunk = keys.subList(i, Math.min(keys.size(), i + IN_CHUNK));
            out.addAll(new Query<>(target).where(Col.col(tm.table() + "." + column).in(chunk))
                    .orderBy(tm.table() + "." + tm.id().column()).list());
        }
        return out;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + owner.getSimpleName() + "." + name + " -> " + target.getSimpleName() + "]";
    }
}
