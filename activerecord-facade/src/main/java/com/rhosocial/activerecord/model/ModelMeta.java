package com.rhosocial.activerecord.model;

import com.rhosocial.activerecord.ActiveRecord;
import com.rhosocial.activerecord.ConfigurationException;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything the facade knows about one model class: table, mapped properties, key, version, soft-delete and
 * timestamp columns, and a constructor handle. Built once per class (on first use or at {@code configure()}) with
 * reflection, then used through method handles only. A model that cannot be mapped fails here with a message naming
 * the model and the problem.
 */
public final class ModelMeta {

    private static final ClassValue<ModelMeta> CACHE = new ClassValue<>() {
        @Override
        protected ModelMeta computeValue(Class<?> type) {
            return new ModelMeta(type);
        }
    };

    private final Class<?> type;
    private final String table;
    private final List<Property> properties;
    private final Map<String, Property> byName = new HashMap<>();
    private final Map<String, Property> byColumn = new HashMap<>();
    private final Property id;
    private final Property version;
    private final Property softDelete;
    private final Property createdAt;
    private final Property updatedAt;
    private final MethodHandle constructor;

    private ModelMeta(Class<?> type) {
        this.type = type;
        String model = type.getName();
        if (!ActiveRecord.class.isAssignableFrom(type)) {
            throw new ConfigurationException(model + " does not extend " + ActiveRecord.class.getName());
        }
        if (Modifier.isAbstract(type.getModifiers())) {
            throw new ConfigurationException(model + " is abstract; a model must be a concrete class");
        }
        Table t = type.getAnnotation(Table.class);
        this.table = t != null ? checkName(model, "@Table", t.value()) : Naming.tableFor(type);
        MethodHandles.Lookup lookup;
        try {
            // privateLookupIn lets models keep their fields private; it needs the model's package to be open to
            // this module, which is always the case on the class path.
            lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
        } catch (IllegalAccessException e) {
            throw new ConfigurationException(model + ": its package is not open to the ActiveRecord facade ("
                    + e.getMessage() + "); add 'opens' for it in module-info.java");
        }
        try {
            this.constructor = lookup.findConstructor(type, MethodType.methodType(void.class))
                    .asType(MethodType.methodType(Object.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new ConfigurationException(model + " needs a no-argument constructor");
        }
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = type; c != null && c != ActiveRecord.class; c = c.getSuperclass()) {
            chain.add(0, c);
        }
        List<Property> props = new ArrayList<>();
        Property idP = null;
        Property versionP = null;
        Property softP = null;
        for (Class<?> c : chain) {
            for (Field f : c.getDeclaredFields()) {
                int mod = f.getModifiers();
                if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || f.isSynthetic()
                        || f.isAnnotationPresent(Transient.class)) {
                    continue;
                }
                if (Modifier.isFinal(mod)) {
                    throw new ConfigurationException(model + "." + f.getName()
                            + " is final; mapped fields must be writable (mark it @Transient to leave it unmapped)");
                }
                Kind kind = f.isAnnotationPresent(Json.class) ? Kind.JSON : Kind.of(f.getType());
                if (kind == Kind.JSON && f.getType() != String.class) {
                    throw new ConfigurationException(model + "." + f.getName() + " is @Json but not a String");
                }
                if (kind == null) {
                    throw new ConfigurationException(model + "." + f.getName() + " has type " + f.getType().getName()
                            + ", which has no column mapping (supported: String, boolean, numbers, BigDecimal, "
                            + "java.time dates and times, UUID, enums, byte[]); mark it @Transient to skip it");
                }
                Column col = f.getAnnotation(Column.class);
                String column = col != null ? checkName(model, "@Column on " + f.getName(), col.value())
                        : Naming.snake(f.getName());
                Property p;
                try {
                    p = new Property(f, column, kind, lookup);
                } catch (IllegalAccessException e) {
                    throw new ConfigurationException(model + "." + f.getName() + " is not accessible: " + e.getMessage());
                }
                if (byColumn.containsKey(column.toLowerCase(Locale.ROOT))) {
                    throw new ConfigurationException(model + ": two fields map to column " + column);
                }
                props.add(p);
                byName.put(p.name(), p);
                byColumn.put(column.toLowerCase(Locale.ROOT), p);
                if (f.isAnnotationPresent(Id.class)) {
                    if (idP != null) {
                        throw new ConfigurationException(model + " has more than one @Id field (" + idP.name() + ", "
                                + f.getName() + "); composite keys are not supported");
                    }
                    idP = p;
                }
                if (f.isAnnotationPresent(Version.class)) {
                    if (kind != Kind.INT && kind != Kind.LONG) {
                        throw new ConfigurationException(model + "." + f.getName() + " is @Version but not an int or long");
                    }
                    versionP = p;
                }
                if (f.isAnnotationPresent(SoftDelete.class)) {
                    if (!kind.isTimestamp()) {
                        throw new ConfigurationException(model + "." + f.getName()
                                + " is @SoftDelete but not an Instant, LocalDateTime or OffsetDateTime");
                    }
                    softP = p;
                }
            }
        }
        if (idP == null) {
            idP = byName.get("id");
        }
        if (idP == null) {
            throw new ConfigurationException(model + " has no primary key: add a field named 'id' or mark one with @Id");
        }
        this.properties = Collections.unmodifiableList(props);
        this.id = idP;
        this.version = versionP;
        this.softDelete = softP;
        this.createdAt = timestamp(byName.get("createdAt"));
        this.updatedAt = timestamp(byName.get("updatedAt"));
    }

    private static Property timestamp(Property p) {
        return p != null && p.kind().isTimestamp() ? p : null;
    }

    private static String checkName(String model, String where, String name) {
        if (!Naming.isPlain(name)) {
            throw new ConfigurationException(model + ": " + where + " value '" + name + "' is not a plain identifier");
        }
        return name;
    }

    /** The metadata for {@code type}, built on first use. */
    public static ModelMeta of(Class<?> type) {
        return CACHE.get(type);
    }

    public Class<?> type() {
        return type;
    }

    /** Simple name of the model class, for messages. */
    public String modelName() {
        return type.getSimpleName();
    }

    public String table() {
        return table;
    }

    public List<Property> properties() {
        return properties;
    }

    public Property id() {
        return id;
    }

    /** The {@code @Version} property, or null. */
    public Property version() {
        return version;
    }

    /** The {@code @SoftDelete} property, or null. */
    public Property softDelete() {
        return softDelete;
    }

    /** The {@code createdAt} timestamp property, or null. */
    public Property createdAt() {
        return createdAt;
    }

    /** The {@code updatedAt} timestamp property, or null. */
    public Property updatedAt() {
        return updatedAt;
    }

    /** The property for a field name, or null. */
    public Property byName(String name) {
        return byName.get(name);
    }

    /** The property for a column name (case-insensitive), or null. */
    public Property byColumn(String column) {
        return byColumn.get(column.toLowerCase(Locale.ROOT));
    }

    /**
     * The column for a field or column name: a field name maps to its column, a mapped column stays; any other plain
     * identifier is returned as given (it may belong to a joined table).
     *
     * @throws IllegalArgumentException when {@code name} is not a plain identifier
     */
    public String column(String name) {
        Property p = byName.get(name);
        if (p != null) {
            return p.column();
        }
        return Naming.requirePlain(name);
    }

    /** The property for a field or column name, or null. */
    public Property property(String name) {
        Property p = byName.get(name);
        return p != null ? p : byColumn(name);
    }

    /** A new, empty instance through the no-argument constructor. */
    @SuppressWarnings("unchecked")
    public <T> T newInstance() {
        try {
            return (T) (Object) constructor.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("cannot construct " + type.getName(), t);
        }
    }
}
