package com.rhosocial.activerecord.crossdb.sync;

import java.util.Objects;

/**
 * How deletions in the source reach the target. Incremental reads never see a hard-deleted row, so either the
 * source marks deletions ({@link #softDelete}) or a run compares key sets ({@link #keyDiff}).
 */
public sealed interface DeletePolicy {

    /** Deletions are not propagated. */
    static DeletePolicy none() {
        return None.INSTANCE;
    }

    /**
     * Source rows whose {@code flagColumn} is true (or non-zero) are deleted from the target instead of copied.
     * The flag's row must be read, so this goes with {@link SyncMode#INCREMENTAL_UPDATED_AT} or
     * {@link SyncMode#FULL}: setting the flag has to touch {@code updated_at}.
     */
    static DeletePolicy softDelete(String flagColumn) {
        return new SoftDelete(flagColumn);
    }

    /**
     * After copying, every target key is looked up in the source (in chunks) and target rows whose key is gone are
     * deleted. Costs a read of all target keys, so run it periodically rather than on every incremental run.
     */
    static DeletePolicy keyDiff() {
        return KeyDiff.INSTANCE;
    }

    /** No deletions. */
    enum None implements DeletePolicy { INSTANCE }

    /** Deleted rows carry a flag. */
    record SoftDelete(String flagColumn) implements DeletePolicy {
        /** Validates the column name. */
        public SoftDelete {
            Objects.requireNonNull(flagColumn, "flagColumn");
            if (flagColumn.isBlank()) {
                throw new IllegalArgumentException("soft-delete flag column must not be blank");
            }
        }
    }

    /** Key sets are compared. */
    enum KeyDiff implements DeletePolicy { INSTANCE }
}
