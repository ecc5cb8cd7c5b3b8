package com.rhosocial.activerecord.dialect;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The database a translation is written for when it is more than a {@link Dialect}: a dialect plus what this
 * particular database (a custom backend, an older server version) does differently. Capability overrides change what
 * the translator's rules assume of the dialect (no {@code RETURNING}: it is dropped and the driver reads generated
 * keys; no window functions: the statement is reported unsupported; ...), function renames, type renames and function
 * rewrite hooks are applied to what the rules wrote. Immutable, thread-safe and a value: two profiles built alike are
 * equal (hooks compare by identity), so a translator caches per profile.
 *
 * <pre>{@code
 * TargetProfile old = TargetProfile.builder(Dialect.SQLITE).set(Feature.RETURNING, false).build();
 * translator.translate("INSERT INTO t (a) VALUES (?) RETURNING id", Dialect.POSTGRESQL, old, SchemaInfo.NONE);
 * // INSERT INTO t (a) VALUES (?), generatedKeyColumns() = [id]
 * }</pre>
 */
public final class TargetProfile {

    /**
     * A capability the translator's rules consult. Unset features keep what the dialect's own rules assume (the
     * server versions named in {@code docs/backends/}).
     */
    public enum Feature {
        /** {@code INSERT/DELETE ... RETURNING}; without it RETURNING is dropped and mapped onto generated keys. */
        RETURNING,
        /** {@code UPDATE ... RETURNING}; without it such a statement is unsupported (the caller expects rows). */
        UPDATE_RETURNING,
        /** {@code OVER (...)}; without it a window function is unsupported. */
        WINDOW_FUNCTIONS,
        /** {@code WITH} queries; without them a CTE is unsupported. */
        CTE,
        /** {@code WITH RECURSIVE}; without it a recursive CTE is unsupported. */
        RECURSIVE_CTE,
        /** {@code SELECT ... FOR UPDATE} (or the dialect's table hint); without it the lock request is dropped. */
        ROW_LOCKING,
        /** {@code SKIP LOCKED} / {@code NOWAIT}; without it a query asking for them is unsupported. */
        SKIP_LOCKED,
        /**
         * Standard {@code OFFSET m ROWS FETCH NEXT n ROWS ONLY}; a dialect that writes it (Oracle, SQL Server) falls
         * back to its older form ({@code ROWNUM}, {@code TOP}) without it. No effect on LIMIT dialects.
         */
        OFFSET_FETCH,
        /** A real BOOLEAN type; without it TRUE/FALSE are written 1/0 and BOOLEAN columns as SMALLINT. */
        BOOLEAN_TYPE,
        /** {@code CREATE SEQUENCE}; without it sequence statements are unsupported. */
        SEQUENCES,
        /** A JSON column type; without it JSON columns are written as the dialect's large text type. */
        JSON,
        /** A single-statement upsert (ON CONFLICT, ON DUPLICATE KEY, MERGE); without it upserts are unsupported. */
        UPSERT
    }

    /**
     * A rewrite of one function call in the translated SQL, for a construct a database spells in a way no rename
     * can express. Gets the call's arguments as SQL text (already translated) and returns the replacement text. Must
     * keep every {@code ?} of the arguments, in order, and be stateless.
     */
    @FunctionalInterface
    public interface FunctionRewrite {
        String rewrite(List<String> args);
    }

    private final Dialect dialect;
    private final Map<Feature, Boolean> features;
    private final FunctionRenames functionRenames;
    private final Map<String, String> typeRenames;
    private final Map<String, FunctionRewrite> functionRewrites;
    private final int hash;
    private final boolean plain;

    private TargetProfile(Builder b) {
        this.dialect = b.dialect;
        this.features = Collections.unmodifiableMap(new EnumMap<>(b.features));
        this.functionRenames = b.functionRenames;
        this.typeRenames = Map.copyOf(b.typeRenames);
        this.functionRewrites = Map.copyOf(b.functionRewrites);
        this.hash = Objects.hash(dialect, features, functionRenames.asMap(), typeRenames, functionRewrites);
        this.plain = features.isEmpty() && functionRenames.isEmpty() && typeRenames.isEmpty()
                && functionRewrites.isEmpty();
    }

    /** The dialect as the translator knows it, with nothing changed. */
    public static TargetProfile of(Dialect dialect) {
        return builder(dialect).build();
    }

    /** A builder starting from {@code dialect} with nothing changed. */
    public static Builder builder(Dialect dialect) {
        return new Builder(Objects.requireNonNull(dialect, "dialect"));
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The overridden features; features not in the map keep the dialect's behaviour. */
    public Map<Feature, Boolean> features() {
        return features;
    }

    /** The override for {@code f}, or null when the dialect's own behaviour applies. */
    public Boolean feature(Feature f) {
        return features.get(f);
    }

    public FunctionRenames functionRenames() {
        return functionRenames;
    }

    /** Type renames, keys upper-case type names as the dialect writes them ({@code BOOLEAN}), values the new spelling. */
    public Map<String, String> typeRenames() {
        return typeRenames;
    }

    /** Function rewrite hooks by upper-case function name. */
    public Map<String, FunctionRewrite> functionRewrites() {
        return functionRewrites;
    }

    /** True when this profile changes nothing: the dialect's own rules apply as they are. */
    public boolean isPlain() {
        return plain;
    }

    /**
     * True when a capability or a type spelling differs from the dialect's, so the rules must see the profile; false
     * when at most text-level changes (function renames, rewrites) apply.
     */
    public boolean hasFeatureOverrides() {
        return !features.isEmpty() || !typeRenames.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TargetProfile p && p.hash == hash && p.dialect == dialect && p.features.equals(features)
                && p.functionRenames.asMap().equals(functionRenames.asMap()) && p.typeRenames.equals(typeRenames)
                && p.functionRewrites.equals(functionRewrites);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        if (isPlain()) {
            return dialect.id();
        }
        StringBuilder b = new StringBuilder(dialect.id()).append('[');
        String sep = "";
        for (Map.Entry<Feature, Boolean> e : features.entrySet()) {
            b.append(sep).append(e.getValue() ? "+" : "-").append(e.getKey().name().toLowerCase(Locale.ROOT));
            sep = ", ";
        }
        if (!functionRenames.isEmpty()) {
            b.append(sep).append("renames=").append(functionRenames.asMap());
            sep = ", ";
        }
        if (!typeRenames.isEmpty()) {
            b.append(sep).append("types=").append(typeRenames);
            sep = ", ";
        }
        if (!functionRewrites.isEmpty()) {
            b.append(sep).append("rewrites=").append(new TreeMap<>(functionRewrites).keySet());
        }
        return b.append(']').toString();
    }

    /** Builds a {@link TargetProfile}; each setter returns the builder. Not thread-safe. */
    public static final class Builder {
        private final Dialect dialect;
        private final Map<Feature, Boolean> features = new EnumMap<>(Feature.class);
        private FunctionRenames functionRenames = FunctionRenames.NONE;
        private final Map<String, String> typeRenames = new TreeMap<>();
        private final Map<String, FunctionRewrite> functionRewrites = new TreeMap<>();

        private Builder(Dialect dialect) {
            this.dialect = dialect;
        }

        /** Overrides {@code f}: {@code true} claims it, {@code false} denies it. Returns the builder. */
        public Builder set(Feature f, boolean value) {
            features.put(Objects.requireNonNull(f, "feature"), value);
            return this;
        }

        /** Function renames applied to the translated SQL. Returns the builder. */
        public Builder functionRenames(FunctionRenames renames) {
            this.functionRenames = Objects.requireNonNull(renames, "functionRenames");
            return this;
        }

        /**
         * Renders type {@code from} (as the dialect writes it, without arguments: {@code BOOLEAN}, {@code JSON}) as
         * {@code to} in DDL and CAST. Returns the builder.
         *
         * @throws IllegalArgumentException naming the entry when either is not a type name
         */
        public Builder typeRename(String from, String to) {
            if (from == null || !from.matches("[A-Za-z_][A-Za-z0-9_ ]*") || to == null
                    || !to.matches("[A-Za-z_][A-Za-z0-9_ (),]*")) {
                throw new IllegalArgumentException("a type rename maps a type name to a type, got " + from + " -> " + to);
            }
            typeRenames.put(from.trim().toUpperCase(Locale.ROOT), to.trim());
            return this;
        }

        /** Every entry of {@code renames} as {@link #typeRename(String, String)}. Returns the builder. */
        public Builder typeRenames(Map<String, String> renames) {
            renames.forEach(this::typeRename);
            return this;
        }

        /**
         * Rewrites every call of function {@code name} in the translated SQL with {@code hook}. Returns the builder.
         *
         * @throws IllegalArgumentException when {@code name} is not a plain identifier
         */
        public Builder functionRewrite(String name, FunctionRewrite hook) {
            if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_$]*")) {
                throw new IllegalArgumentException("a function rewrite needs a plain function name, got " + name);
            }
            functionRewrites.put(name.toUpperCase(Locale.ROOT), Objects.requireNonNull(hook, "hook"));
            return this;
        }

        /** Every entry of {@code hooks} as {@link #functionRewrite(String, FunctionRewrite)}. Returns the builder. */
        public Builder functionRewrites(Map<String, FunctionRewrite> hooks) {
            hooks.forEach(this::functionRewrite);
            return this;
        }

        public TargetProfile build() {
            return new TargetProfile(this);
        }
    }
}
