package com.rhosocial.activerecord.dialect;

/**
 * Cache statistics of one {@link SqlTranslator}: translations served from the cache, translations computed, the
 * number of cached entries and evictions. A snapshot; immutable.
 *
 * @param hits lookups answered from the cache
 * @param misses lookups that translated (including same-family pass-throughs, which are not cached)
 * @param size cached translations now
 * @param evictions entries evicted to respect the size bound
 */
public record TranslationStats(long hits, long misses, long size, long evictions) {

    /** Hits divided by lookups, 1.0 when there were none. */
    public double hitRate() {
        long total = hits + misses;
        return total == 0 ? 1.0 : (double) hits / total;
    }
}
