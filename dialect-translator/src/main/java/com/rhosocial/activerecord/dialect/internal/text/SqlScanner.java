package com.rhosocial.activerecord.dialect.internal.text;

/**
 * A tiny lexical scanner over SQL text that knows where string literals, quoted identifiers and comments start and
 * end. It is used by the text pre-pass (before parsing) and the post-pass (after rendering), both of which must
 * never touch what sits inside a literal.
 */
public final class SqlScanner {

    private SqlScanner() {
    }

    /** End (exclusive) of the single-quoted literal starting at {@code start}; doubled quotes and, when asked, backslashes escape. */
    public static int endOfString(CharSequence s, int start, boolean backslashEscapes) {
        int len = s.length();
        int i = start + 1;
        while (i < len) {
            char c = s.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
                continue;
            }
            if (c == '\'') {
                if (i + 1 < len && s.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return len;
    }

    /** End (exclusive) of a quoted identifier starting at {@code start} with {@code open}. Doubled closers escape. */
    public static int endOfQuoted(CharSequence s, int start, char close) {
        int len = s.length();
        int i = start + 1;
        while (i < len) {
            char c = s.charAt(i);
            if (c == close) {
                if (i + 1 < len && s.charAt(i + 1) == close) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return len;
    }

    /** End (exclusive) of a comment at {@code start} ({@code --}, {@code /*} or, when allowed, {@code #}), or -1 when none starts there. */
    public static int endOfComment(CharSequence s, int start, boolean hashComments) {
        int len = s.length();
        char c = s.charAt(start);
        if ((c == '-' && start + 1 < len && s.charAt(start + 1) == '-') || (hashComments && c == '#')) {
            int i = start;
            while (i < len && s.charAt(i) != '\n') {
                i++;
            }
            return i;
        }
        if (c == '/' && start + 1 < len && s.charAt(start + 1) == '*') {
            for (int i = start + 2; i + 1 < len; i++) {
                if (s.charAt(i) == '*' && s.charAt(i + 1) == '/') {
                    return i + 2;
                }
            }
            return len;
        }
        return -1;
    }

    /** 1-based line and column of {@code offset} in {@code s}, packed as {@code line << 32 | column}. */
    public static long lineColumn(CharSequence s, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset && i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return ((long) line << 32) | col;
    }

    public static boolean isIdentifierChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
