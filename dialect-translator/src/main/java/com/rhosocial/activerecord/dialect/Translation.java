package com.rhosocial.activerecord.dialect;

import com.rhosocial.activerecord.dialect.internal.Parameters;
import com.rhosocial.activerecord.dialect.internal.spec.Specs;

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
    /** {@code ?} in the source text, counted once here so that callers of a cached translation never rescan it. */
    private final int sourceParameterCount;
    private final boolean bindsInPlace;
    private final boolean ddl;
    private final Outcome outcome;
    private final List<TranslationWarning> warnings;
    private List<String> generatedKeyColumns = List.of();
    /** Index of the statement whose rows answer a query, or -1 for the last (see {@link #resultStatement()}). */
    private int resultStatement = -1;

    public Translation(String source, List<String> statements, int[] parameterMap, Outcome outcome,
                       List<TranslationWarning> warnings) {
        this(source, statements, parameterMap, outcome, warnings, -1);
    }

    /** As the public constructor; {@code sourceParameters} is the count of {@code ?} in the source, or -1 to count. */
    Translation(String source, List<String> statements, int[] parameterMap, Outcome outcome,
                List<TranslationWarning> warnings, int sourceParameters) {
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
        this.sourceParameterCount = sourceParameters >= 0 ? sourceParameters
                : source == null ? 0 : Parameters.count(source);
        this.bindsInPlace = identity && this.statements.size() == 1
                && (outcome == Outcome.UNCHANGED || sourceParameterCount <= this.parameterMap.length);
        this.ddl = isDdl(source);
    }

    /** A translation that passes {@code sql} on unchanged, with {@code paramCount} parameters in place. */
    public static Translation unchanged(String sql, int paramCount) {
        int[] map = new int[paramCount];
        for (int i = 0; i < paramCount; i++) {
            map[i] = i + 1;
        }
        // made per call for same-family pairs (MySQL -> MariaDB): the caller has counted the parameters already
        return new Translation(sql, List.of(sql), map, Outcome.UNCHANGED, List.of(), paramCount);
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
        t.resultStatement = resultStatement;
        return t;
    }

    /**
     * A copy whose query rows come from statement {@code index} rather than the last: an emulation that reads the
     * rows before it changes them (PostgreSQL {@code WITH d AS (DELETE ... RETURNING ...) SELECT ... FROM d} as the
     * SELECT, then the DELETE). Returns this for the last statement.
     */
    public Translation withResultStatement(int index) {
        if (index < 0 || index >= statements.size() - 1) {
            return this;
        }
        Translation t = new Translation(source, statements, parameterMap, outcome, warnings);
        t.generatedKeyColumns = generatedKeyColumns;
        t.resultStatement = index;
        return t;
    }

    /**
     * Index of the statement whose result answers the caller's query: the last one, except for emulations that
     * read rows before changing them, where a driver runs the statements in order, keeps the rows of this one
     * and returns them after the rest ran.
     */
    public int resultStatement() {
        return resultStatement < 0 ? statements.size() - 1 : resultStatement;
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

    /** Number of {@code ?} in {@link #source()} (outside literals, quoted names and comments). */
    public int sourceParameterCount() {
        return sourceParameterCount;
    }

    /**
     * True when a caller can bind source parameter {@code i} straight to target parameter {@code i}: one target
     * statement, an identity map, and no source parameter dropped. Computed once, so a cached translation answers
     * with a field read.
     */
    public boolean bindsInPlace() {
        return bindsInPlace;
    }

    /**
     * Number of {@code ?} placeholders in {@code sql}, written in {@code dialect}: those outside string literals (with
     * the dialect's escapes), quoted names and comments. The same scanner the translator maps parameters with, so a
     * caller rebinding through {@link #parameterMap()} counts exactly as the translation did.
     */
    public static int countParameters(String sql, Dialect dialect) {
        return Parameters.count(sql, dialect != null && Specs.of(dialect).backslashEscapes());
    }

    /** True when the source statement is DDL (see {@link #isDdl(String)}): running it can change table metadata. */
    public boolean ddl() {
        return ddl;
    }

    /**
     * True when the first keyword of {@code sql} (after blanks, comments and opening parentheses) is CREATE, ALTER,
     * DROP, RENAME, TRUNCATE or COMMENT. A cheap text check, no parse.
     */
    public static boolean isDdl(String sql) {
        if (sql == null) {
            return false;
        }
        int i = skipBlanksAndComments(sql, 0);
        return startsWithWord(sql, i, "CREATE") || startsWithWord(sql, i, "ALTER") || startsWithWord(sql, i, "DROP")
                || startsWithWord(sql, i, "RENAME") || startsWithWord(sql, i, "TRUNCATE")
                || startsWithWord(sql, i, "COMMENT");
    }

    private static int skipBlanksAndComments(String sql, int i) {
        int len = sql.length();
        while (i < len) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (c == '-' && i + 1 < len && sql.charAt(i + 1) == '-') {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? len : nl + 1;
            } else if (c == '/' && i + 1 < len && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? len : end + 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean startsWithWord(String sql, int i, String word) {
        int n = word.length();
        if (!sql.regionMatches(true, i, word, 0, n)) {
            return false;
        }
        return i + n >= sql.length() || !Character.isLetterOrDigit(sql.charAt(i + n));
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
