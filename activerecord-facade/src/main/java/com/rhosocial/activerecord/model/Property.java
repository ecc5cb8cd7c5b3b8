package com.rhosocial.activerecord.model;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;

/**
 * One mapped field: its column, value kind and accessors. The accessors are method handles adapted once to
 * {@code (Object)Object} and {@code (Object,Object)void} and called with {@code invokeExact}, so reading and writing
 * a field costs no reflection. Immutable and thread-safe.
 */
public final class Property {

    private static final MethodType GET = MethodType.methodType(Object.class, Object.class);
    private static final MethodType SET = MethodType.methodType(void.class, Object.class, Object.class);

    private final String name;
    private final String column;
    private final Class<?> type;
    private final Kind kind;
    private final boolean primitive;
    private final MethodHandle getter;
    private final MethodHandle setter;

    Property(Field field, String column, Kind kind, MethodHandles.Lookup lookup) throws IllegalAccessException {
        this.name = field.getName();
        this.column = column;
        this.type = field.getType();
        this.kind = kind;
        this.primitive = field.getType().isPrimitive();
        this.getter = lookup.unreflectGetter(field).asType(GET);
        this.setter = lookup.unreflectSetter(field).asType(SET);
    }

    /** The Java field name. */
    public String name() {
        return name;
    }

    /** The column name (plain identifier). */
    public String column() {
        return column;
    }

    /** The field's declared type. */
    public Class<?> type() {
        return type;
    }

    /** The value kind used for binding and reading. */
    public Kind kind() {
        return kind;
    }

    /** Whether the field has a primitive type (always sent on insert). */
    public boolean isPrimitive() {
        return primitive;
    }

    /** The field's current value on {@code record}. */
    public Object get(Object record) {
        try {
            return (Object) getter.invokeExact(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Sets the field; a null for a primitive field leaves the field unchanged. */
    public void set(Object record, Object value) {
        if (value == null && primitive) {
            return;
        }
        try {
            setter.invokeExact(record, value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** The value as it is bound: JSON strings are tagged so that the backend binds them as JSON. */
    public Object bindValue(Object record) {
        Object v = get(record);
        return kind == Kind.JSON && v != null ? new TypeMapping.JsonText((String) v) : v;
    }

    @Override
    public String toString() {
        return name + "->" + column + ":" + kind;
    }
}
