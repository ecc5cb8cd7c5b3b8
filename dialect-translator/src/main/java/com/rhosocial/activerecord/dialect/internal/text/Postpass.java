package com.rhosocial.activerecord.dialect.internal.text;

import com.rhosocial.activerecord.dialect.internal.spec.DialectSpec;
import java.util.Arrays;

/**
 * Text pass over rendered SQL: {@code ?N} becomes {@code ?} with N appended to the parameter map, and quoted names
 * ({@code `x`}, {@code [x]}, {@code "x"}) are re-quoted for the target, folded to the target's case when the
 * source's quoting did not make them case-sensitive. String literals are left alone.
 */
public final class Postpass {

    /** Rendered text with plain {@code ?} and its parameter map. */
    public record Result(String sql, int[] parameterMap) {
    }

    private Postpass() {
    }

    public static Result apply(String s, DialectSpec from, DialectSpec to) {
        return apply(s, from, to, true);
    }

    /** As {@link #apply(String, DialectSpec, DialectSpec)}; {@code requote=false} leaves quoted names alone. */
    public static Result apply(String s, DialectSpec from, DialectSpec to, boolean requote) {
        StringBuilder out = new StringBuilder(s.length());
        int[] map = new int[8];
        int n = 0;
        int len = s.length();
        int i = 0;
        while (i < len) {
            char c = s.charAt(i);
            if (c == '\'') {
                int end = SqlScanner.endOfString(s, i, to.backslashEscapes());
                out.append(s, i, end);
                i = end;
            } else if (c == '[' && isSubscript(s, i)) {
                // An array subscript a rule wrote for the target ((ARRAY_AGG(x))[1]), not a T-SQL bracketed name.
                int end = s.indexOf(']', i) + 1;
                out.append(s, i, end);
                i = end;
            } else if (requote && (c == '"' || c == '`' || (c == '[' && from.squareBracketQuotes()))) {
                char close = c == '[' ? ']' : c;
                int end = SqlScanner.endOfQuoted(s, i, close);
                String name = s.substring(i + 1, Math.max(i + 1, end - 1)).replace(String.valueOf(close) + close,
                        String.valueOf(close));
                if (from.quotedMeansUnquoted(name)) {
                    name = to.fold(name);
                }
                out.append(to.quote(name));
                i = end;
            } else if (c == '?' && i + 1 < len && Character.isDigit(s.charAt(i + 1))) {
                int j = i + 1;
                int v = 0;
                while (j < len && Character.isDigit(s.charAt(j))) {
                    v = v * 10 + (s.charAt(j) - '0');
                    j++;
                }
                if (n == map.length) {
                    map = Arrays.copyOf(map, n * 2);
                }
                map[n++] = v;
                out.append('?');
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return new Result(out.toString(), Arrays.copyOf(map, n));
    }

    /** {@code [digits]} right after a closing parenthesis: only a subscript can stand there. */
    private static boolean isSubscript(String s, int i) {
        if (i == 0 || s.charAt(i - 1) != ')') {
            return false;
        }
        int j = i + 1;
        while (j < s.length() && Character.isDigit(s.charAt(j))) {
            j++;
        }
        return j > i + 1 && j < s.length() && s.charAt(j) == ']';
    }
}
