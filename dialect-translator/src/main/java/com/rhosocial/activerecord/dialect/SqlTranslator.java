package com.rhosocial.activerecord.dialect;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import com.rhosocial.activerecord.dialect.internal.Engine;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates SQL written for one dialect into SQL for another with the same meaning. Build one per
 * configuration with {@link #builder()}; instances are thread-safe and cache their translations.
 *
 * <p>Same-family pairs (identical dialects, MySQL and MariaDB) are not parsed at all: the SQL is returned with
 * {@link Outcome#UNCHANGED}. Other pairs are parsed in the caller's thread, rewritten by the rules of both
 * dialects and rendered; the result is cached per (source, target) pair keyed by the SQL text (the policies are
 * fixed per translator, so they are part of the key by construction). Translations made with a
 * {@link SchemaInfo} other than {@link SchemaInfo#NONE} are cached per schema object; call
 * {@link #invalidate()} after DDL changes the schema.
 *
 * <pre>{@code
 * SqlTranslator t = SqlTranslator.builder().cacheSize(10_000).build();
 * Translation tr = t.translate("SELECT * FROM `t` LIMIT ?, ?", Dialect.MYSQL, Dialect.POSTGRESQL);
 * // tr.sql() = SELECT * FROM "t" LIMIT ? OFFSET ?   tr.parameterMap() = [2, 1]
 * }</pre>
 */
public final class SqlTranslator {
    private static final Logger LOG = LoggerFactory.getLogger(SqlTranslator.class);
    private static final int N = Dialect.values().length;

    private final long cacheSize;
    private final OnUnsupported onUnsupported;
    private final Semantics semantics;
    /** One cache per (from, to) pair for schema-free translations: a hit costs one hash lookup on the SQL string. */
    private final Cache<String, Translation>[] pairCaches;
    /** Schema-aware translations: per schema {@link SchemaInfo#cacheKey() cache key} (weakly held), then per pair. */
    private final Cache<Object, Cache<String, Translation>[]> schemaCaches;
    private final LongAdder passThroughs = new LongAdder();
    /** Translations for non-plain target profiles: per (profile, schema cache key), then per source dialect. */
    private final Cache<ProfileKey, Cache<String, Translation>[]> profileCaches;
    /** The schema caches used last (one strong reference at most), read without locking. */
    private volatile SchemaSlot lastSchema;

    /** A target profile and the cache key of the schema translated with (null for none). */
    private record ProfileKey(TargetProfile profile, Object schemaKey) {
    }

    /** A schema cache key and its per-pair caches. */
    private record SchemaSlot(Object key, Cache<String, Translation>[] caches) {
    }

    @SuppressWarnings("unchecked")
    private SqlTranslator(Builder b) {
        this.cacheSize = b.cacheSize;
        this.onUnsupported = b.onUnsupported;
        this.semantics = b.semantics;
        this.pairCaches = new Cache[N * N];
        this.schemaCaches = Caffeine.newBuilder().weakKeys().maximumSize(64).executor(Runnable::run).build();
        this.profileCaches = Caffeine.newBuilder().maximumSize(64).executor(Runnable::run).build();
        if (cacheSize > 0) {
            for (int i = 0; i < pairCaches.length; i++) {
                pairCaches[i] = newCache();
            }
        }
    }

    private Cache<String, Translation> newCache() {
        // Maintenance (read-buffer drains, eviction) runs in the calling thread: amortised it costs a few nanoseconds,
        // while handing it to the common ForkJoinPool woke a worker thread every few lookups (issue 7 benchmarks).
        return Caffeine.newBuilder().maximumSize(cacheSize).recordStats().executor(Runnable::run).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Translates without schema knowledge. */
    public Translation translate(String sql, Dialect from, Dialect to) throws TranslationException {
        return translate(sql, from, to, SchemaInfo.NONE);
    }

    /**
     * Translates using {@code schema} for schema-aware rules.
     *
     * @throws TranslationException (SQLState 42000) when the target cannot express the statement and the policy
     *         is {@link OnUnsupported#FAIL}
     */
    public Translation translate(String sql, Dialect from, Dialect to, SchemaInfo schema) throws TranslationException {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (Engine.sameFamily(from, to)) {
            passThroughs.increment();
            return Translation.unchanged(sql, Translation.countParameters(sql, from));
        }
        Translation t;
        if (cacheSize == 0) {
            t = compute(sql, from, to, schema);
        } else {
            Cache<String, Translation> cache = cacheFor(from, to, schema);
            t = cache.getIfPresent(sql);
            if (t == null) {
                t = compute(sql, from, to, schema);
                cache.put(sql, t);
            }
        }
        if (t.outcome() == Outcome.UNSUPPORTED && onUnsupported == OnUnsupported.FAIL) {
            throw failure(t);
        }
        return t;
    }

    /** Translates for {@code to} without schema knowledge; see {@link #translate(String, Dialect, TargetProfile, SchemaInfo)}. */
    public Translation translate(String sql, Dialect from, TargetProfile to) throws TranslationException {
        return translate(sql, from, to, SchemaInfo.NONE);
    }

    /**
     * Translates for a target profile: a dialect plus what the database behind it does differently (capabilities a
     * custom backend or an older server lacks, function and type renames, rewrite hooks). A plain profile
     * ({@link TargetProfile#isPlain()}) translates exactly as {@link #translate(String, Dialect, Dialect, SchemaInfo)}
     * for its dialect. SQL already in the target's dialect family is not parsed: only the profile's function renames
     * and rewrites apply to it. Cached per profile.
     *
     * @throws TranslationException (SQLState 42000) when the target cannot express the statement and the policy
     *         is {@link OnUnsupported#FAIL}
     */
    public Translation translate(String sql, Dialect from, TargetProfile to, SchemaInfo schema)
            throws TranslationException {
        Objects.requireNonNull(to, "to");
        if (to.isPlain()) {
            return translate(sql, from, to.dialect(), schema);
        }
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(from, "from");
        Translation t;
        Cache<String, Translation> cache = null;
        if (cacheSize > 0) {
            Object schemaKey = schema == null || schema == SchemaInfo.NONE ? null : schema.cacheKey();
            Cache<String, Translation>[] caches = profileCaches.get(new ProfileKey(to, schemaKey), k -> newCaches());
            cache = caches[from.ordinal()];
            t = cache.getIfPresent(sql);
        } else {
            t = null;
        }
        if (t == null) {
            if (Engine.sameFamily(from, to.dialect())) {
                passThroughs.increment();
                t = Engine.textOnly(sql, to);
            } else {
                Engine.Result r = Engine.translate(sql, from, to, schema, semantics);
                if (r.translation().outcome() == Outcome.UNSUPPORTED && onUnsupported == OnUnsupported.PASSTHROUGH) {
                    LOG.warn("{} -> {}: passing statement through untranslated: {}", from.id(), to,
                            r.translation().warnings());
                }
                t = r.translation();
            }
            if (cache != null) {
                cache.put(sql, t);
            }
        }
        if (t.outcome() == Outcome.UNSUPPORTED && onUnsupported == OnUnsupported.FAIL) {
            throw failure(t);
        }
        return t;
    }

    @SuppressWarnings("unchecked")
    private Cache<String, Translation>[] newCaches() {
        Cache<String, Translation>[] caches = new Cache[N];
        for (int i = 0; i < N; i++) {
            caches[i] = newCache();
        }
        return caches;
    }

    private Cache<String, Translation> cacheFor(Dialect from, Dialect to, SchemaInfo schema) {
        int idx = from.ordinal() * N + to.ordinal();
        if (schema == null || schema == SchemaInfo.NONE) {
            return pairCaches[idx];
        }
        // The driver translates with one schema per database over and over: remember the last one to skip the map.
        Object key = schema.cacheKey();
        SchemaSlot slot = lastSchema;
        Cache<String, Translation>[] caches;
        if (slot != null && slot.key == key) {
            caches = slot.caches;
        } else {
            @SuppressWarnings("unchecked")
            Cache<String, Translation>[] found = schemaCaches.get(key, s -> new Cache[N * N]);
            caches = found;
            lastSchema = new SchemaSlot(key, caches);
        }
        Cache<String, Translation> c = caches[idx];
        if (c == null) {
            synchronized (caches) {
                c = caches[idx];
                if (c == null) {
                    c = newCache();
                    caches[idx] = c;
                }
            }
        }
        return c;
    }

    private Translation compute(String sql, Dialect from, Dialect to, SchemaInfo schema) {
        Engine.Result r = Engine.translate(sql, from, to, schema, semantics);
        if (r.translation().outcome() == Outcome.UNSUPPORTED && onUnsupported == OnUnsupported.PASSTHROUGH) {
            // Logged once per distinct statement: later calls are served from the cache.
            LOG.warn("{} -> {}: passing statement through untranslated: {}", from.id(), to.id(),
                    r.translation().warnings());
        }
        return r.translation();
    }

    private static TranslationException failure(Translation t) {
        List<TranslationWarning> w = t.warnings();
        TranslationWarning first = w.isEmpty() ? new TranslationWarning("unknown", 0, 0, "unsupported") : w.get(w.size() - 1);
        for (TranslationWarning tw : w) {
            if (!tw.rule().equals("null-ordering") && !tw.rule().equals("paging")) {
                first = tw;
                break;
            }
        }
        return new TranslationException(first.rule(), first.line(), first.column(), "cannot translate: " + first, null);
    }

    /** Drops every cached translation (for instance after DDL changed what schema-aware rules rely on). */
    public void invalidate() {
        for (Cache<String, Translation> c : pairCaches) {
            if (c != null) {
                c.invalidateAll();
            }
        }
        lastSchema = null;
        schemaCaches.invalidateAll();
        profileCaches.invalidateAll();
    }

    /** Cache statistics summed over all pairs. */
    public TranslationStats stats() {
        long hits = 0;
        long misses = passThroughs.sum();
        long size = 0;
        long evictions = 0;
        for (Cache<String, Translation> c : pairCaches) {
            if (c != null) {
                CacheStats s = c.stats();
                hits += s.hitCount();
                misses += s.missCount();
                evictions += s.evictionCount();
                size += c.estimatedSize();
            }
        }
        List<Cache<String, Translation>[]> all = new java.util.ArrayList<>(schemaCaches.asMap().values());
        all.addAll(profileCaches.asMap().values());
        for (Cache<String, Translation>[] e : all) {
            for (Cache<String, Translation> c : e) {
                if (c != null) {
                    CacheStats s = c.stats();
                    hits += s.hitCount();
                    misses += s.missCount();
                    evictions += s.evictionCount();
                    size += c.estimatedSize();
                }
            }
        }
        return new TranslationStats(hits, misses, size, evictions);
    }

    public OnUnsupported onUnsupported() {
        return onUnsupported;
    }

    public Semantics semantics() {
        return semantics;
    }

    public long cacheSize() {
        return cacheSize;
    }

    /** Builds a {@link SqlTranslator}. Each setter returns the builder. */
    public static final class Builder {
        private long cacheSize = 10_000;
        private OnUnsupported onUnsupported = OnUnsupported.PASSTHROUGH;
        private Semantics semantics = Semantics.PRESERVE;

        private Builder() {
        }

        /** Maximum cached translations per dialect pair (default 10,000; 0 disables the cache). Returns the builder. */
        public Builder cacheSize(long size) {
            if (size < 0) {
                throw new IllegalArgumentException("cacheSize must be >= 0, got " + size);
            }
            this.cacheSize = size;
            return this;
        }

        /** Policy for constructs the target cannot express (default passthrough). Returns the builder. */
        public Builder onUnsupported(OnUnsupported policy) {
            this.onUnsupported = Objects.requireNonNull(policy, "onUnsupported");
            return this;
        }

        /** Semantics policy (default preserve). Returns the builder. */
        public Builder semantics(Semantics s) {
            this.semantics = Objects.requireNonNull(s, "semantics");
            return this;
        }

        public SqlTranslator build() {
            return new SqlTranslator(this);
        }
    }
}
