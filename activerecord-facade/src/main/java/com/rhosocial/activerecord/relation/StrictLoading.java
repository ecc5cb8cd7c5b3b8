package com.rhosocial.activerecord.relation;

/**
 * What happens when a relation is lazily loaded on a record that came from a multi-row query (the N+1 pattern).
 * Set globally ({@code ActiveRecord.strictLoading(...)}), per model (its finder) or per query.
 */
public enum StrictLoading {
    /** Load silently (the default). */
    OFF,
    /** Load, and log a warning naming the model, relation and call site. */
    WARN,
    /** Throw {@link com.rhosocial.activerecord.StrictLoadingException} naming the model, relation and call site. */
    THROW
}
