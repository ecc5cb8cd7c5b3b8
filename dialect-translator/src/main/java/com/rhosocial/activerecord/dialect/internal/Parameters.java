package com.rhosocial.activerecord.dialect.internal;

import com.rhosocial.activerecord.dialect.internal.text.SqlScanner;

/** Counts {@code ?} placeholders outside literals, quoted names and comments. */
public final class Parameters {
    private Parameters() {
    }

    public static int count(String sql) {
        return count(sql, false);
    }

    /**
     * As {@link #count(String)} for text in a dialect whose string literals take backslash escapes (MySQL's
     * {@code 'it\'s ?'} is one literal there, and its {@code ?} is not a placeholder).
     */
    public static int count(String sql, boolean backslashEscapes) {
        int n = 0;
        int len = sql.length();
        int i = 0;
        while (i < len) {
            char c = sql.charAt(i);
            if (c == '\'') {
                i = SqlScanner.endOfString(sql, i, backslashEscapes);
            } else if (c == '"' || c == '`') {
                i = SqlScanner.endOfQuoted(sql, i, c);
            } else if ((c == '-' || c == '/') && SqlScanner.endOfComment(sql, i, false) > 0) {
                i = SqlScanner.endOfComment(sql, i, false);
            } else {
                if (c == '?') {
                    n++;
                }
                i++;
            }
        }
        return n;
    }
}
