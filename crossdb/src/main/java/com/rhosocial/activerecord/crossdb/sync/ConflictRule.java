package com.rhosocial.activerecord.crossdb.sync;

import java.util.Map;
import java.util.Objects;

/**
 * Who wins when a source row's key already exists in the target.
 *
 * <ul>
 *   <li>{@link #sourceWins()}: the source row overwrites the target row (no target read).</li>
 *   <li>{@link #newestWins(String)}: the row with the later timestamp in that column wins; a target row newer than
 *       the source row is kept.</li>
 *   <li>{@link #custom(Resolver)}: a function of both rows decides.</li>
 * </ul>
 * For the last two the runner reads the chunk's existing target rows first and decides in Java, so the rule is the
 * same on every backend.
 */
public sealed interface ConflictRule {

    /** Decides a conflict between a source row and the existing target row (column name to value). */
    @FunctionalInterface
    interface Resolver {
        /**
         * Returns the row to write (usually {@code source}, {@code target} or a merge of both), or null to leave the
         * target row untouched. Must keep the key unchanged.
         */
        Map<String, Object> resolve(Map<String, Object> source, Map<String, Object> target);
    }

    /** The source always overwrites. */
    static ConflictRule sourceWins() {
        return SourceWins.INSTANCE;
    }

    /** The later value of {@code updatedAtColumn} wins; ties go to the source. */
    static ConflictRule newestWins(String updatedAtColumn) {
        return new NewestWins(updatedAtColumn);
    }

    /** {@code resolver} decides. */
    static ConflictRule custom(Resolver resolver) {
        return new Custom(resolver);
    }

    /** See {@link #sourceWins()}. */
    enum SourceWins implements ConflictRule { INSTANCE }

    /** See {@link #newestWins(String)}. */
    record NewestWins(String column) implements ConflictRule {
        /** Validates the column. */
        public NewestWins {
            Objects.requireNonNull(column, "column");
        }
    }

    /** See {@link #custom(Resolver)}. */
    record Custom(Resolver resolver) implements ConflictRule {
        /** Validates the resolver. */
        public Custom {
            Objects.requireNonNull(resolver, "resolver");
        }
    }
}
