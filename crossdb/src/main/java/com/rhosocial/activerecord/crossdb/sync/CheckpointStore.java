package com.rhosocial.activerecord.crossdb.sync;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Where checkpoints live. {@link #table()} keeps them in a table on the target and saves each one in the same
 * transaction as its chunk, so data and checkpoint commit together; {@link #file(Path)} keeps one small file per
 * job, written after the chunk committed (a crash in between replays one chunk, which the upserts make harmless).
 */
public interface CheckpointStore {

    /** The job's checkpoint, if any; {@code target} is the target connection. */
    Optional<Checkpoint> load(Connection target, String job) throws SQLException;

    /** Saves a checkpoint; called inside the chunk's open target transaction. */
    void save(Connection target, Checkpoint checkpoint) throws SQLException;

    /** Called after the chunk's target transaction committed. */
    default void afterCommit(Checkpoint checkpoint) throws SQLException {
    }

    /** Checkpoints in table {@code ar_sync_checkpoint} on the target, created when missing. */
    static CheckpointStore table() {
        return new TableCheckpointStore("ar_sync_checkpoint");
    }

    /** Checkpoints in the named table on the target, created when missing. */
    static CheckpointStore table(String tableName) {
        return new TableCheckpointStore(tableName);
    }

    /** Checkpoints as {@code <job>.checkpoint} files in {@code dir}, created when missing. */
    static CheckpointStore file(Path dir) {
        return new FileCheckpointStore(dir);
    }
}
