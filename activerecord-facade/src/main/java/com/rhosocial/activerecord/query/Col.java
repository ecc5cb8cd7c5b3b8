package com.rhosocial.activerecord.query;

import java.util.Collection;
import java.util.List;

/**
 * A column reference that builds typed predicates. The name is a field name of the model ({@code createdAt}), a
 * column name ({@code created_at}) or a qualified column of a joined table ({@code orders.total}); it is validated
 * when the query renders. Declare typed columns as constants ({@code Col<String> EMAIL = Col.of("email")}) or write
 * {@code col("email")} inline.
 *
 * @param <V> the value type the predicates accept
 */
public final class Col<V> {

    private final String name;

    private Col(String name) {
        this.name = name;
    }

    /** A typed column. */
    public static <V> Col<V> of(String name) {
        return new Col<>(name);
    }

    /** An untyped column, for inline use. */
    public static Col<Object> col(String name) {
        return new Col<>(name);
    }

    public String name() {
        return name;
    }

    private Predicate cmp(String op, Object value) {
        return w -> {
            w.column(name).sql(" ").sql(op).sql(" ").param(value);
        };
    }

    /** {@code = value}; a null value becomes {@code IS NULL}. */
    public Predicate eq(V value) {
        return value == null ? isNull() : cmp("=", value);
    }

    /** {@code <> value}; a null value becomes {@code IS NOT NULL}. */
    public Predicate ne(V value) {
        return value == null ? isNotNull() : cmp("<>", value);
    }

    public Predicate gt(V value) {
        return cmp(">", value);
    }

    public Predicate ge(V value) {
        return cmp(">=", value);
    }

    public Predicate lt(V value) {
        return cmp("<", value);
    }

    public Predicate le(V value) {
        return cmp("<=", value);
    }

    /** {@code LIKE pattern} (the pattern is bound; {@code %} and {@code _} are wildcards). */
    public Predicate like(String pattern) {
        return cmp("LIKE", pattern);
    }

    public Predicate notLike(String pattern) {
        return cmp("NOT LIKE", pattern);
    }

    public Predicate isNull() {
        return w -> w.column(name).sql(" IS NULL");
    }

    public Predicate isNotNull() {
        return w -> w.column(name).sql(" IS NOT NULL");
    }

    /** {@code BETWEEN low AND high} (both ends included). */
    public Predicate between(V low, V high) {
        return w -> w.column(name).sql(" BETWEEN ").param(low).sql(" AND ").param(high);
    }

    /** {@code IN (...)}; an empty collection is false. */
    public Predicate in(Collection<? extends V> values) {
        return inList(values, false);
    }

    /** {@code IN (...)} of the given values; none is false. */
    @SafeVarargs
    public final Predicate in(V... values) {
        List<V> list = new java.util.ArrayList<>(values.length);
        for (V v : values) {
            list.add(v);
        }
        return inList(list, false);
    }

    /** {@code NOT IN (...)}; an empty collection is true. */
    public Predicate notIn(Collection<? extends V> values) {
        return inList(values, true);
    }

    /** {@code IN (subquery)}. */
    public Predicate in(Query<?> subquery) {
        return w -> {
            w.column(name).sql(" IN (");
            subquery.renderSelect(w);
            w.sql(")");
        };
    }

    /** {@code NOT IN (subquery)}. */
    public Predicate notIn(Query<?> subquery) {
        return w -> {
            w.column(name).sql(" NOT IN (");
            subquery.renderSelect(w);
            w.sql(")");
        };
    }

    private Predicate inList(Collection<? extends V> values, boolean negated) {
        List<? extends V> list = List.copyOf(values);
        return w -> {
            if (list.isEmpty()) {
                w.sql(negated ? "1 = 1" : "1 = 0");
                return;
            }
            w.column(name).sql(negated ? " NOT IN (" : " IN (");
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    w.sql(", ");
                }
                w.param(list.get(i));
            }
            w.sql(")");
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
