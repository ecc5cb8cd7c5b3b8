package com.rhosocial.activerecord.dialect.internal;

import com.rhosocial.activerecord.dialect.Outcome;
import com.rhosocial.activerecord.dialect.TargetProfile;
import com.rhosocial.activerecord.dialect.Translation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text-level part of a {@link TargetProfile}: function renames, then function rewrite hooks, applied to each
 * rendered statement outside string literals, quoted names and comments. A hook gets the call's arguments as text
 * and must keep their parameters in order; a rewrite that changes the number of {@code ?} is refused. Stateless.
 */
final class ProfileText {
    private ProfileText() {
    }

    /**
     * {@code t} with the profile's renames and rewrites; the same object when nothing changed.
     *
     * @throws IllegalArgumentException when a rewrite hook changed the number of parameters
     */
    static Translation apply(Translation t, TargetProfile profile) {
        if (profile.functionRenames().isEmpty() && profile.functionRewrites().isEmpty()) {
            return t;
        }
        List<String> out = new ArrayList<>(t.statements().size());
        boolean changed = false;
        for (String s : t.statements()) {
            String r = rewrite(profile.functionRenames().apply(s), profile.functionRewrites());
            if (Parameters.count(r) != Parameters.count(s)) {
                throw new IllegalArgumentException("a function rewrite of " + profile + " changed the number of"
                        + " parameters in: " + r);
            }
            changed |= !r.equals(s);
            out.add(r);
        }
        if (!changed) {
            return t;
        }
        Outcome o = t.outcome() == Outcome.UNCHANGED ? Outcome.TRANSLATED : t.outcome();
        return new Translation(t.source(), out, t.parameterMap(), o, t.warnings())
                .withGeneratedKeyColumns(t.generatedKeyColumns());
    }

    /** {@code sql} with each call of a hooked function replaced by its hook's text (arguments rewritten first). */
    static String rewrite(String sql, Map<String, TargetProfile.FunctionRewrite> hooks) {
        if (hooks.isEmpty()) {
            return sql;
        }
        StringBuilder out = new StringBuilder(sql.length() + 16);
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            int skip = skipQuoted(sql, i);
            if (skip > i) {
                out.append(sql, i, skip);
                i = skip;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_' || sql.charAt(j) == '$')) {
                    j++;
                }
                int k = j;
                while (k < n && Character.isWhitespace(sql.charAt(k))) {
                    k++;
                }
                TargetProfile.FunctionRewrite hook = i > 0 && sql.charAt(i - 1) == '.' ? null
                        : hooks.get(sql.substring(i, j).toUpperCase(Locale.ROOT));
                int close = hook != null && k < n && sql.charAt(k) == '(' ? closing(sql, k) : -1;
                if (close > 0) {
                    List<String> args = new ArrayList<>();
                    for (String a : splitArgs(sql.substring(k + 1, close))) {
                        args.add(rewrite(a, hooks));
                    }
                    out.append(hook.rewrite(List.copyOf(args)));
                    i = close + 1;
                } else {
                    out.append(sql, i, j);
                    i = j;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** End (exclusive) of the literal, quoted name or comment starting at {@code i}, or {@code i} when none does. */
    private static int skipQuoted(String sql, int i) {
        int n = sql.length();
        char c = sql.charAt(i);
        if (c == '\'' || c == '"' || c == '`' || c == '[') {
            char close = c == '[' ? ']' : c;
            int j = i + 1;
            while (j < n) {
                if (sql.charAt(j) == close) {
                    if (close != ']' && j + 1 < n && sql.charAt(j + 1) == close) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                j++;
            }
            return Math.min(j + 1, n);
        }
        if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
            int j = sql.indexOf('\n', i);
            return j < 0 ? n : j;
        }
        if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
            int j = sql.indexOf("*/", i + 2);
            return j < 0 ? n : j + 2;
        }
        return i;
    }

    /** Index of the parenthesis closing the one at {@code open}, or -1. */
    private static int closing(String sql, int open) {
        int depth = 0;
        int i = open;
        while (i < sql.length()) {
            int skip = skipQuoted(sql, i);
            if (skip > i) {
                i = skip;
                continue;
            }
            char c = sql.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
            i++;
        }
        return -1;
    }

    /** Top-level comma-separated arguments, trimmed; empty for {@code f()}. */
    private static List<String> splitArgs(String inner) {
        List<String> args = new ArrayList<>();
        if (inner.isBlank()) {
            return args;
        }
        int depth = 0;
        int start = 0;
        int i = 0;
        while (i < inner.length()) {
            int skip = skipQuoted(inner, i);
            if (skip > i) {
                i = skip;
                continue;
            }
            char c = inner.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(inner.substring(start, i).trim());
                start = i + 1;
            }
            i++;
        }
        args.add(inner.substring(start).trim());
        return args;
    }
}
