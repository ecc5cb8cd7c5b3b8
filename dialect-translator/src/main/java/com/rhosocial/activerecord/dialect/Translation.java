package com.rhosocial.activerecord.dialect;

import java.util.List;

/**
 * The result of translating one SQL string: the target statements, the parameter map, the outcome and warnings.
 * Immutable and safe to cache and share between threads.
 *
 * <p>{@link #parameterMap()} has one entry per {@code ?} in the target text, in order; entry {@code i} is the
 * 1-based index of the source parameter whose value goes to target parameter {@code i + 1}.
 */
public final class Translation {
    private static final int[] NO_PARAMS = new int[0];

    private final String source;
    private final List<String> statements;
    private final int[] parameterMap;
    private final boolean identityParameters;
    private final Outcome outcome;
    private final List<TranslationWarning> warnings;
    private List<String> generatedKeyColumns = List.of();

    public Translation(String source, List<String> statements, int[] parameterMap, Outcome outcome,
                       List<TranslationWarning> warnings) {
        this.source = source;
        this.statements = List.copyOf(statements);
        this.parameterMap = parameterMap == null ? NO_PARAMS : parameterMap.clone();
        this.outcome = outcome;
        this.warnings = List.copyOf(warnings);
        boolean identity = true;
        for (int i = 0; i < this.parameterMap.length; i++) {
            if (this.parameterMap[i] != i + 1) {
                identity = false;
                break;
            }
        }
        this.identityParameters = identity;
    }

    /** A translation that passes {@code sql} on unchanged, with {@code paramCount} parameters in place. */
    public static Translation unchanged(String sql, int paramCount) {
        int[] map = new int[paramCount];
        for (int i = 0; i < paramCount; i++) {
            map[i] = i + 1;
        }
        return new Translation(sql, List.of(sql), map, Outcome.UNCHANGED, List.of());
    }

    /**
     * A copy that tells the caller to read {@code columns} as generated keys: the source's {@code INSERT ...
     * RETURNING} columns where the target has no RETURNING and the clause was dropped. Returns this when empty.
     */
    public Translation withGeneratedKeyColumns(List<String> columns) {
        if (columns == null || columns.isEmpty()) {
            return this;
        }
        Translation t = new Translation(source, statements, parameterMap, outcome, warnings);
        t.generatedKeyColumns = List.copyOf(columns);
        return t;
    }

    /**
     * The columns an {@code INSERT ... RETURNING} asked for, when the target has no RETURNING and the translation
     * dropped the clause: the driver prepares the statement with these as generated-key columns and answers the
     * query with {@code getGeneratedKeys()}. Empty otherwise (and when the clause listed expressions or {@code *}).
     */
    public List<String> generatedKeyColumns() {
        return generatedKeyColumns;
    }

    /** The SQL as the caller wrote it. */
    public String source() {
        return source;
    }

    /** Target statements; usually one. */
    public List<String> statements() {
        return statements;
    }

    /** The single target statement, or the statements joined with {@code ";\n"}. */
    public String sql() {
        return statements.size() == 1 ? statements.get(0) : String.join(";\n", statements);
    }

    /** A copy of the parameter map (see the class comment). */
    public int[] parameterMap() {
        return parameterMap.clone();
    }

    /** Number of {@code ?} in the target text. */
    public int targetParameterCount() {
        return parameterMap.length;
    }

    /** Source parameter (1-based) that feeds target parameter {@code targetIndex} (1-based). */
    public int sourceParameter(int targetIndex) {
        return parameterMap[targetIndex - 1];
    }

    /** True when target parameter {@code i} takes source parameter {@code i} for every {@code i}. */
    public boolean hasIdentityParameters() {
        return identityParameters;
    }

    public Outcome outcome() {
        return outcome;
    }

    public List<TranslationWarning> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        return "Translation[" + outcome + ", " + sql() + (warnings.isEmpty() ? "" : ", warnings=" + warnings) + "]";
    }
}
