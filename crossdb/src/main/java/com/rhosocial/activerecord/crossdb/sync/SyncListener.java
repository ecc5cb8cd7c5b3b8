package com.rhosocial.activerecord.crossdb.sync;

/**
 * Receives progress of a sync run on the running thread, after each chunk's target transaction has committed.
 * An exception thrown here stops the run like a crash would: everything committed so far, checkpoint included,
 * stays, and the next run resumes from there.
 */
@FunctionalInterface
public interface SyncListener {

    /** A listener that ignores progress. */
    SyncListener NONE = p -> { };

    /** Called after every committed chunk. */
    void onChunk(SyncProgress progress);
}
