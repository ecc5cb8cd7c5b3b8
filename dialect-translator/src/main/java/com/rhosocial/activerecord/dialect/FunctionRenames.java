package com.rhosocial.activerecord.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Function renames a database adds on top of the translator's rules for the {@link Dialect} it speaks: a custom
 * backend whose database spells a function differently from its dialect's built-in spec (an H2 mode, a PostgreSQL
 * variant) lists them here instead of patching the translator. Applied to the translator's <em>output</em>: every
 * unquoted name followed by {@code (} that matches a key (ignoring case) is replaced by its value; names inside
 * string literals, quoted identifiers and comments, and qualified names ({@code schema.f(}), are left alone.
 * Parameters never move, so a translation's parameter map stays valid. Immutable and thread-safe.
 *
 * <pre>{@code
 * FunctionRenames r = FunctionRenames.of(Map.of("UUID", "RANDOM_UUID"));
 * r.apply("SELECT UUID(), 'UUID()'")   // SELECT RANDOM_UUID(), 'UUID()'
 * }</pre>
 */
public final class FunctionRenames {

    /** No renames: {@link #apply(String)} returns its argument. */
    public static final FunctionRenames NONE = new FunctionRenames(Map.of());

    private final Map<String, String> renames;

    private FunctionRenames(Map<String, String> renames) {
        this.renames = renames;
    }

    /**
     * Renames from function name to replacement, both plain identifiers.
     *
     * @throws IllegalArgumentException naming the entry when a key or value is not a plain identifier
     */
    public static FunctionRenames of(Map<String, String> renames) {
        Map<String, String> m = new TreeMap<>();
        for (Map.Entry<String, String> e : renames.entrySet()) {
            if (!isIdentifier(e.getKey()) || !isQualifiedIdentifier(e.getValue())) {
                throw new IllegalArgumentException("function renames must map a plain name to a (qualified) name, got "
                        + e.getKey() + " -> " + e.getValue());
            }
            m.put(e.getKey().toUpperCase(Locale.ROOT), e.getValue());
        }
        return m.isEmpty() ? NONE : new FunctionRenames(Map.copyOf(m));
    }

    /** The renames, keys upper-cased. */
    public Map<String, String> asMap() {
        return renames;
    }

    public boolean isEmpty() {
        return renames.isEmpty();
    }

    /** {@code t} with every statement renamed; the same object when nothing changed. */
    public Translation apply(Translation t) {
        if (renames.isEmpty()) {
            return t;
        }
        List<String> out = new ArrayList<>(t.statements().size());
        boolean changed = false;
        for (String s : t.statements()) {
            String r = apply(s);
            changed |= !r.equals(s);
            out.add(r);
        }
        if (!changed) {
            return t;
        }
        Outcome o = t.outcome() == Outcome.UNCHANGED ? Outcome.TRANSLATED : t.outcome();
        // applied on every prepare through a backend with renames: the source is the same, so is its count
        return new Translation(t.source(), out, t.parameterMap(), o, t.warnings(), t.sourceParameterCount());
    }

    /** {@code sql} with the renames applied to function calls outside literals, quoted names and comments. */
    public String apply(String sql) {
        if (renames.isEmpty()) {
            return sql;
        }
        StringBuilder out = null;
        int n = sql.length();
        int copied = 0;
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`' || c == '[') {
                char close = c == '[' ? ']' : c;
                int j = i + 1;
                while (j < n) {
                    if (sql.charAt(j) == close) {
                        if (close != ']' && j + 1 < n && sql.charAt(j + 1) == close) {
                            j += 2; // doubled quote inside
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                i = Math.min(j + 1, n);
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int j = sql.indexOf('\n', i);
                i = j < 0 ? n : j;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int j = sql.indexOf("*/", i + 2);
                i = j < 0 ? n : j + 2;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_' || sql.charAt(j) == '$')) {
                    j++;
                }
                int k = j;
                while (k < n && Character.isWhitespace(sql.charAt(k))) {
                    k++;
                }
                boolean qualified = i > 0 && sql.charAt(i - 1) == '.';
                if (!qualified && k < n && sql.charAt(k) == '(') {
                    String to = renames.get(sql.substring(i, j).toUpperCase(Locale.ROOT));
                    if (to != null) {
                        if (out == null) {
                            out = new StringBuilder(n + 16);
                        }
                        out.append(sql, copied, i).append(to);
                        copied = j;
                    }
                }
                i = j;
            } else {
                i++;
            }
        }
        if (out == null) {
            return sql;
        }
        return out.append(sql, copied, n).toString();
    }

    private static boolean isIdentifier(String s) {
        return s != null && s.matches("[A-Za-z_][A-Za-z0-9_$]*");
    }

    private static boolean isQualifiedIdentifier(String s) {
        return s != null && s.matches("[A-Za-z_][A-Za-z0-9_$]*(\\.[A-Za-z_][A-Za-z0-9_$]*)*");
    }

    @Override
    public String toString() {
        return "FunctionRenames" + renames;
    }
}
