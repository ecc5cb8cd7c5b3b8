package com.rhosocial.activerecord.model;

import java.util.Locale;

/**
 * The naming convention and identifier rules: {@code OrderItem} maps to table {@code order_items}, field
 * {@code createdAt} to column {@code created_at}. Identifiers that reach SQL must be plain ({@code [A-Za-z_][A-Za-z0-9_]*});
 * anything else is rejected before any SQL is built.
 */
public final class Naming {


    private Naming() {
    }

    /** {@code createdAt} and {@code CreatedAt} become {@code created_at}; {@code HTTPCode} becomes {@code http_code}. */
    public static String snake(String camel) {
        StringBuilder sb = new StringBuilder(camel.length() + 8);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean prevLower = i > 0 && (Character.isLowerCase(camel.charAt(i - 1)) || Character.isDigit(camel.charAt(i - 1)));
                boolean nextLower = i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1));
                if (i > 0 && (prevLower || (nextLower && Character.isUpperCase(camel.charAt(i - 1))))) {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** English plural of a snake-case word, good enough for table names ({@code category} -> {@code categories}). */
    public static String plural(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
            return word + "es";
        }
        if (w.endsWith("y") && w.length() > 1 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }

    /** Table name for a model class by convention. */
    public static String tableFor(Class<?> model) {
        return plural(snake(model.getSimpleName()));
    }

    /** {@code OrderItem} -> {@code orderItem}. */
    public static String lowerCamel(String simpleName) {
        return Character.toLowerCase(simpleName.charAt(0)) + simpleName.substring(1);
    }

    /** True for a plain identifier. */
    public static boolean isPlain(String identifier) {
        // [A-Za-z_][A-Za-z0-9_]{0,127} without a regular expression: called for every name of every query built
        if (identifier == null) {
            return false;
        }
        int n = identifier.length();
        if (n == 0 || n > 128) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = identifier.charAt(i);
            boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
            if (!letter && (i == 0 || c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns {@code identifier} when it is plain.
     *
     * @throws IllegalArgumentException naming the offending value
     */
    public static String requirePlain(String identifier) {
        if (!isPlain(identifier)) {
            throw new IllegalArgumentException("not a plain SQL identifier (letters, digits and _ only, not starting "
                    + "with a digit): '" + identifier + "'");
        }
        return identifier;
    }
}
