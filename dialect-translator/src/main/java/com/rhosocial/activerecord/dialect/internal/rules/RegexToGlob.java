package com.rhosocial.activerecord.dialect.internal.rules;

import java.util.Locale;

/**
 * Converts the simple regular expressions legacy code uses ({@code ^abc}, {@code x$}, {@code a.c}, {@code .*},
 * {@code [0-9]}) into a SQLite GLOB pattern, for targets without a regular-expression operator. Returns null for
 * anything GLOB cannot express (alternation, groups, +, ?, {n}).
 */
final class RegexToGlob {
    private RegexToGlob() {
    }

    static String convert(String regex, boolean caseInsensitive) {
        String re = caseInsensitive ? regex.toLowerCase(Locale.ROOT) : regex;
        StringBuilder b = new StringBuilder();
        int i = 0;
        int end = re.length();
        boolean anchoredStart = re.startsWith("^");
        if (anchoredStart) {
            i = 1;
        }
        boolean anchoredEnd = end > i && re.endsWith("$") && (end < 2 || re.charAt(end - 2) != '\\');
        if (anchoredEnd) {
            end--;
        }
        if (!anchoredStart) {
            b.append('*');
        }
        while (i < end) {
            char c = re.charAt(i);
            if (c == '.' && i + 1 < end && re.charAt(i + 1) == '*') {
                b.append('*');
                i += 2;
            } else if (c == '.') {
                b.append('?');
                i++;
            } else if (c == '[') {
                int close = re.indexOf(']', i + 2);
                if (close < 0 || close >= end) {
                    return null;
                }
                if (close + 1 < end && "*+?{".indexOf(re.charAt(close + 1)) >= 0) {
                    return null;
                }
                b.append(re, i, close + 1);
                i = close + 1;
            } else if (c == '\\' && i + 1 < end) {
                appendLiteral(b, re.charAt(i + 1));
                i += 2;
            } else if ("()|+?{}*^$".indexOf(c) >= 0) {
                return null;
            } else {
                if (i + 1 < end && "*+?{".indexOf(re.charAt(i + 1)) >= 0) {
                    return null;
                }
                appendLiteral(b, c);
                i++;
            }
        }
        if (!anchoredEnd) {
            b.append('*');
        }
        return b.toString();
    }

    private static void appendLiteral(StringBuilder b, char c) {
        if (c == '*' || c == '?' || c == '[') {
            b.append('[').append(c).append(']');
        } else {
            b.append(c);
        }
    }
}
