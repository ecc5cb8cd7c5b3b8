package com.rhosocial.activerecord.crossdb.sync;

/**
 * The outcome of one sync run.
 *
 * @param progress   final counters of the run
 * @param checkpoint the checkpoint after the run
 * @param resumed    true when the run continued from an earlier run's checkpoint
 */
public record SyncResult(SyncProgress progress, Checkpoint checkpoint, boolean resumed) {
}
