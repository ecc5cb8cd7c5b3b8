package com.rhosocial.activerecord.dialect.internal.rules;

/**
 * Converts a SQLite GLOB pattern ({@code *}, {@code ?}, {@code [a-z]}, {@code [^0-9]}) into an anchored POSIX /
 * PCRE regular expression with the same meaning, for targets without GLOB. GLOB is case-sensitive and matches the
 * whole string; the regular expression is anchored at both ends for that reason. Returns null for a malformed
 * pattern (an unclosed bracket), which then stays unsupported.
 */
final class GlobToRegex {
    private static final String SPECIAL = ".\\+*?^$()[]{}|";

    private GlobToRegex() {
    }

    static String convert(String glob) {
        StringBuilder b = new StringBuilder("^");
        int i = 0;
        int n = glob.length();
        while (i < n) {
            char c = glob.charAt(i);
            if (c == '*') {
                b.append(".*");
                i++;
            } else if (c == '?') {
                b.append('.');
                i++;
            } else if (c == '[') {
                int j = i + 1;
                StringBuilder cls = new StringBuilder("[");
                if (j < n && glob.charAt(j) == '^') {
                    cls.append('^');
                    j++;
                }
                if (j < n && glob.charAt(j) == ']') {
                    // A ']' right after the opening bracket is a member, as in POSIX.
                    cls.append("\\]");
                    j++;
                }
                while (j < n && glob.charAt(j) != ']') {
                    char m = glob.charAt(j);
                    cls.append(m == '\\' || m == '[' ? "\\" + m : String.valueOf(m));
                    j++;
                }
                if (j >= n) {
                    return null;
                }
                b.append(cls).append(']');
                i = j + 1;
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    b.append('\\');
                }
                b.append(c);
                i++;
            }
        }
        return b.append('$').toString();
    }
}
