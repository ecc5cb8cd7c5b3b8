package com.rhosocial.activerecord.crossdb.sync;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/** Checkpoints as properties files, replaced atomically (write a temporary file, then move it over). */
final class FileCheckpointStore implements CheckpointStore {

    private final Path dir;

    FileCheckpointStore(Path dir) {
        this.dir = dir;
    }

    private Path file(String job) {
        if (!job.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("job name must be [A-Za-z0-9_.-]+ to name a checkpoint file, got '" + job + "'");
        }
        return dir.resolve(job + ".checkpoint");
    }

    @Override
    public Optional<Checkpoint> load(Connection target, String job) throws SQLException {
        Path f = file(job);
        if (!Files.exists(f)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new SQLException("cannot read checkpoint file " + f + ": " + e.getMessage(), "HY000", e);
        }
        return Optional.of(new Checkpoint(job, SyncMode.valueOf(p.getProperty("mode")), p.getProperty("lastKey"),
                p.getProperty("lastUpdatedAt"), Boolean.parseBoolean(p.getProperty("complete"))));
    }

    @Override
    public void save(Connection target, Checkpoint checkpoint) {
        // Written after the commit (afterCommit): a file cannot join the target's transaction.
    }

    @Override
    public void afterCommit(Checkpoint cp) throws SQLException {
        Path f = file(cp.job());
        Properties p = new Properties();
        p.setProperty("mode", cp.mode().name());
        if (cp.lastKey() != null) {
            p.setProperty("lastKey", cp.lastKey());
        }
        if (cp.lastUpdatedAt() != null) {
            p.setProperty("lastUpdatedAt", cp.lastUpdatedAt());
        }
        p.setProperty("complete", Boolean.toString(cp.complete()));
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, cp.job(), ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "activerecord sync checkpoint");
            }
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new SQLException("cannot write checkpoint file " + f + ": " + e.getMessage(), "HY000", e);
        }
    }
}
