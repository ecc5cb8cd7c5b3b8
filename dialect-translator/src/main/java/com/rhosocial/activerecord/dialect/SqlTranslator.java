package com.rhosocial.activerecord.dialect;

/**
 * Translates SQL written for one dialect into SQL for another with the same meaning. Build one per
 * configuration with {@link #builder()}; instances are thread-safe and cache their translations.
 *
 * <pre>{@code
 * SqlTranslator t = SqlTranslator.builder().cacheSize(10_000).build();
 * Translation tr = t.translate("SELECT * FROM `t` LIMIT ?, ?", Dialect.MYSQL, Dialect.POSTGRESQL);
 * }</pre>
 */
public final class SqlTranslator {

    private final long cacheSize;
    private final OnUnsupported onUnsupported;
    private final Semantics semantics;

    private SqlTranslator(Builder b) {
        this.cacheSize = b.cacheSize;
        this.onUnsupported = b.onUnsupported;
        this.semantics = b.semantics;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Translates without schema knowledge. */
    public Translation translate(String sql, Dialect from, Dialect to) throws TranslationException {
        return translate(sql, from, to, SchemaInfo.NONE);
    }

    /** Translates using {@code schema} for schema-aware rules. */
    public Translation translate(String sql, Dialect from, Dialect to, SchemaInfo schema) throws TranslationException {
        // Identity until the translation engine lands.
        return Translation.unchanged(sql, countParameters(sql));
    }

    public OnUnsupported onUnsupported() {
        return onUnsupported;
    }

    public Semantics semantics() {
        return semantics;
    }

    public long cacheSize() {
        return cacheSize;
    }

    /** Counts {@code ?} outside string literals, quoted names and comments. */
    static int countParameters(String sql) {
        int n = 0;
        int len = sql.length();
        for (int i = 0; i < len; i++) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int j = i + 1;
                while (j < len && sql.charAt(j) != c) {
                    if (sql.charAt(j) == '\\' && c == '\'') {
                        j++;
                    }
                    j++;
                }
                i = j;
            } else if (c == '-' && i + 1 < len && sql.charAt(i + 1) == '-') {
                while (i < len && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < len && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? len : end + 1;
            } else if (c == '?') {
                n++;
            }
        }
        return n;
    }

    /** Builds a {@link SqlTranslator}. Each setter returns the builder. */
    public static final class Builder {
        private long cacheSize = 10_000;
        private OnUnsupported onUnsupported = OnUnsupported.PASSTHROUGH;
        private Semantics semantics = Semantics.PRESERVE;

        private Builder() {
        }

        /** Maximum cached translations (default 10,000; 0 disables the cache). Returns the builder. */
        public Builder cacheSize(long size) {
            if (size < 0) {
                throw new IllegalArgumentException("cacheSize must be >= 0, got " + size);
            }
            this.cacheSize = size;
            return this;
        }

        /** Policy for constructs the target cannot express (default passthrough). Returns the builder. */
        public Builder onUnsupported(OnUnsupported policy) {
            this.onUnsupported = java.util.Objects.requireNonNull(policy, "onUnsupported");
            return this;
        }

        /** Semantics policy (default preserve). Returns the builder. */
        public Builder semantics(Semantics s) {
            this.semantics = java.util.Objects.requireNonNull(s, "semantics");
            return this;
        }

        public SqlTranslator build() {
            return new SqlTranslator(this);
        }
    }
}
