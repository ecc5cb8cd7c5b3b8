/**
 * Copying a table from one datasource to another across different databases, and checking the copy.
 *
 * <p>A {@link com.rhosocial.activerecord.crossdb.sync.SyncJob} says what to copy (table, key, columns), how
 * ({@link com.rhosocial.activerecord.crossdb.sync.SyncMode}: full copy, incremental by key or by
 * {@code updated_at}), how deletions travel ({@link com.rhosocial.activerecord.crossdb.sync.DeletePolicy}) and who
 * wins a conflict ({@link com.rhosocial.activerecord.crossdb.sync.ConflictRule});
 * {@link com.rhosocial.activerecord.crossdb.sync.SyncRunner} runs it in chunks, each written as one target
 * transaction of batched upserts in the target's own dialect (one canonical upsert translated by the
 * {@code SqlTranslator}, or rendered per {@code capabilities().upsertStyle()}) together with its checkpoint, so a crashed run resumes where it stopped and
 * a repeated run changes nothing. {@link com.rhosocial.activerecord.crossdb.sync.Verifier} compares row counts and
 * per-chunk checksums and names the first mismatching keys. Both are plain objects a command line can drive.
 */
package com.rhosocial.activerecord.crossdb.sync;
