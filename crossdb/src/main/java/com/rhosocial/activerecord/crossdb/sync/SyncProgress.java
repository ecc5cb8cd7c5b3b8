package com.rhosocial.activerecord.crossdb.sync;

import java.time.Duration;
import java.util.Optional;

/**
 * A snapshot of a running sync, passed to {@link SyncListener} after every committed chunk.
 *
 * @param job           the job's name
 * @param chunks        chunks committed in this run
 * @param rowsRead      source rows read in this run
 * @param rowsWritten   target rows inserted or updated in this run
 * @param rowsSkipped   rows a conflict rule kept as they were
 * @param rowsDeleted   target rows deleted in this run
 * @param estimatedRows source rows this run expected to read (counted at start), or -1 when unknown
 * @param elapsed       time since the run started
 */
public record SyncProgress(String job, int chunks, long rowsRead, long rowsWritten, long rowsSkipped,
                           long rowsDeleted, long estimatedRows, Duration elapsed) {

    /** Rows read per second so far. */
    public double rowsPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : rowsRead / s;
    }

    /** Estimated time to read the remaining rows at the current rate, when both are known. */
    public Optional<Duration> estimatedRemaining() {
        double rate = rowsPerSecond();
        if (estimatedRows < 0 || rate <= 0) {
            return Optional.empty();
        }
        long left = Math.max(0, estimatedRows - rowsRead);
        return Optional.of(Duration.ofMillis((long) (left / rate * 1000)));
    }

    @Override
    public String toString() {
        return String.format("%s: %d chunks, %d read%s, %d written, %d skipped, %d deleted, %.0f rows/s%s", job, chunks,
                rowsRead, estimatedRows >= 0 ? " of ~" + estimatedRows : "", rowsWritten, rowsSkipped, rowsDeleted,
                rowsPerSecond(), estimatedRemaining().map(d -> ", ETA " + d.toSeconds() + "s").orElse(""));
    }
}
