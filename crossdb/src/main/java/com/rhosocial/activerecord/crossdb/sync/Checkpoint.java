package com.rhosocial.activerecord.crossdb.sync;

import java.util.Objects;

/**
 * Where a sync job stopped: the last key (and {@code updated_at}) written to the target, and whether a full copy
 * finished. Values are kept as text and converted back to the source column's type when read.
 *
 * @param job           the job's name
 * @param mode          the mode that wrote it (a change of mode ignores the checkpoint)
 * @param lastKey       last key written, or null before the first chunk
 * @param lastUpdatedAt last {@code updated_at} written ({@link SyncMode#INCREMENTAL_UPDATED_AT}), or null
 * @param complete      for {@link SyncMode#FULL}: the run reached the end of the table
 */
public record Checkpoint(String job, SyncMode mode, String lastKey, String lastUpdatedAt, boolean complete) {

    /** Validates job and mode. */
    public Checkpoint {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(mode, "mode");
    }
}
