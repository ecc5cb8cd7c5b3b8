package com.rhosocial.activerecord.config;

import com.rhosocial.activerecord.backend.Masking;

import java.util.function.Function;

/**
 * Replaces {@code ${NAME}} and {@code ${NAME:default}} in configuration values. {@code $${} stands for a literal
 * {@code ${}. Values come from an injectable lookup (the process environment in production, a map in tests).
 * An unset variable without a default is an error; a variable set to the empty string counts as set.
 */
final class Interpolator {

    private final Function<String, String> env;

    Interpolator(Function<String, String> env) {
        this.env = env;
    }

    /**
     * Returns {@code text} with every reference replaced.
     *
     * @throws IllegalArgumentException naming the variable when it has no value and no default, or when a
     *                                  reference is not closed
     */
    String apply(String text) {
        return apply(text, false);
    }

    /**
     * {@link #apply(String)}; with {@code secret} (a password, or a value that holds credentials) the error messages
     * name the position of a broken reference instead of quoting the value, which may be the secret itself (a
     * literal password that happens to contain {@code ${}).
     */
    String apply(String text, boolean secret) {
        if (text == null || text.indexOf('$') < 0) {
            return text;
        }
        boolean hidden = secret || !text.equals(Masking.maskUrl(text));
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '$' && text.startsWith("$${", i)) {
                out.append("${");
                i += 3;
            } else if (c == '$' && text.startsWith("${", i)) {
                int end = text.indexOf('}', i + 2);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed variable reference "
                            + (hidden ? "at character " + (i + 1) + " of the value" : "'" + text.substring(i) + "'")
                            + " (write ${NAME} or ${NAME:default}, or $${ for a literal ${)");
                }
                String body = text.substring(i + 2, end);
                int colon = body.indexOf(':');
                String name = (colon < 0 ? body : body.substring(0, colon)).trim();
                String dflt = colon < 0 ? null : body.substring(colon + 1);
                if (!name.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
                    throw new IllegalArgumentException(hidden
                            ? "bad variable name in the reference at character " + (i + 1) + " of the value (a name is"
                                    + " letters, digits, _ and .; write $${ for a literal ${)"
                            : "bad variable name '" + name + "' in '${" + body + "}'");
                }
                String value = env.apply(name);
                if (value == null) {
                    if (dflt == null) {
                        throw new IllegalArgumentException("environment variable " + name
                                + " is not set and ${" + name + "} has no default (write ${" + name
                                + ":default}, or ${" + name + ":} for an empty one)");
                    }
                    value = dflt;
                }
                out.append(value);
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
