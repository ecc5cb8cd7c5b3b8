package com.rhosocial.activerecord.dialect;

import java.util.Optional;

/**
 * What schema-aware rules need to know about the target's tables: keys, column types and nullability.
 * The driver supplies one backed by the target's {@code DatabaseMetaData}; tests may build one by hand.
 * Implementations must be thread-safe.
 */
public interface SchemaInfo {

    /** An empty schema: every schema-aware rule falls back to its schema-free form. */
    SchemaInfo NONE = table -> Optional.empty();

    /** Looks a table up by name as written in the SQL (unquoted, case-insensitively). */
    Optional<TableInfo> table(String name);

    /**
     * What {@link SqlTranslator} caches translations under: {@code SchemaInfo}s with the same key share one cache.
     * A view created per call over one underlying schema (the driver creates one per statement, bound to the
     * connection that loads missing tables) must return that schema, or every call misses the cache. The default is
     * the object itself.
     */
    default Object cacheKey() {
        return this;
    }
}
