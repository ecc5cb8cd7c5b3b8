package com.rhosocial.activerecord.dialect;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The translation cache and {@link SchemaInfo#cacheKey()}: the driver makes a new schema view per statement, and the
 * benchmarks of issue 7 found that each view missed the cache (a cold translation on every prepare).
 */
class SchemaCacheKeyTest {

    private static final Object SCHEMA = new Object();

    /** A fresh view per call over the same schema, as the driver makes them. */
    private static SchemaInfo view() {
        return new SchemaInfo() {
            @Override
            public Optional<TableInfo> table(String name) {
                return Optional.empty();
            }

            @Override
            public Object cacheKey() {
                return SCHEMA;
            }
        };
    }

    @Test
    void viewsWithTheSameCacheKeyShareCachedTranslations() throws TranslationException {
        SqlTranslator t = SqlTranslator.builder().build();
        String sql = "SELECT `id` FROM `users` WHERE `id` = ?";
        Translation first = t.translate(sql, Dialect.MYSQL, Dialect.POSTGRESQL, view());
        Translation second = t.translate(sql, Dialect.MYSQL, Dialect.POSTGRESQL, view());

        assertThat(second).isSameAs(first);
        assertThat(t.stats().hits()).isEqualTo(1);
        assertThat(t.stats().misses()).isEqualTo(1);
    }

    @Test
    void schemaInfosWithoutOwnKeyAreCachedPerObject() throws TranslationException {
        SqlTranslator t = SqlTranslator.builder().build();
        String sql = "SELECT `id` FROM `users` WHERE `id` = ?";
        SchemaInfo a = name -> Optional.empty();
        SchemaInfo b = name -> Optional.empty();
        t.translate(sql, Dialect.MYSQL, Dialect.POSTGRESQL, a);
        t.translate(sql, Dialect.MYSQL, Dialect.POSTGRESQL, a);
        t.translate(sql, Dialect.MYSQL, Dialect.POSTGRESQL, b);

        assertThat(t.stats().hits()).isEqualTo(1);
        assertThat(t.stats().misses()).isEqualTo(2);
    }
}
