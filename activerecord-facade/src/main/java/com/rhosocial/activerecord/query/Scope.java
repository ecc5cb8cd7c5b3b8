package com.rhosocial.activerecord.query;

/**
 * A named, reusable query fragment: declare it once on the model
 * ({@code public static final Scope<User> ACTIVE = q -> q.where(col("active").eq(true));}) and apply it with
 * {@code query.scope(ACTIVE)}.
 */
@FunctionalInterface
public interface Scope<T> {
    Query<T> apply(Query<T> query);
}
