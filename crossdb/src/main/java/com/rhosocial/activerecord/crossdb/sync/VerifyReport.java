package com.rhosocial.activerecord.crossdb.sync;

import java.util.List;

/**
 * What {@link Verifier} found.
 *
 * @param sourceRows      source rows compared (soft-deleted ones excluded)
 * @param targetRows      target rows found
 * @param chunks          one entry per key range, in key order
 * @param mismatchingKeys the first keys (as text) that are missing on one side or differ, in key order
 */
public record VerifyReport(long sourceRows, long targetRows, List<ChunkReport> chunks, List<String> mismatchingKeys) {

    /** Validates and copies the lists. */
    public VerifyReport {
        chunks = List.copyOf(chunks);
        mismatchingKeys = List.copyOf(mismatchingKeys);
    }

    /** One key range's comparison; keys are inclusive bounds as text (null = open). */
    public record ChunkReport(String fromKey, String toKey, int sourceRows, int targetRows, String sourceChecksum,
                              String targetChecksum) {
        /** Same row count and checksum on both sides. */
        public boolean matches() {
            return sourceRows == targetRows && sourceChecksum.equals(targetChecksum);
        }
    }

    /** True when counts and every chunk checksum agree. */
    public boolean matches() {
        return sourceRows == targetRows && chunks.stream().allMatch(ChunkReport::matches) && mismatchingKeys.isEmpty();
    }

    /** A one-line summary for logs and the command line. */
    public String summary() {
        long bad = chunks.stream().filter(c -> !c.matches()).count();
        return (matches() ? "MATCH" : "MISMATCH") + ": source " + sourceRows + " rows, target " + targetRows + " rows, "
                + chunks.size() + " chunks (" + bad + " differ)"
                + (mismatchingKeys.isEmpty() ? "" : ", first mismatching keys " + mismatchingKeys);
    }
}
