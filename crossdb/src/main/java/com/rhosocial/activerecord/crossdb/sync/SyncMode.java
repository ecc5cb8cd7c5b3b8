package com.rhosocial.activerecord.crossdb.sync;

/** What a sync run reads from the source. */
public enum SyncMode {
    /** Every row, in key order; a crashed run resumes after the last committed chunk, a finished one starts over. */
    FULL,
    /** Rows whose key is above the checkpoint's; for append-only tables with a monotonically increasing key. */
    INCREMENTAL_KEY,
    /** Rows whose {@code updated_at} (then key) is above the checkpoint's; catches updates as well as inserts. */
    INCREMENTAL_UPDATED_AT
}
