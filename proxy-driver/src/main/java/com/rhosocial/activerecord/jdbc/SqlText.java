package com.rhosocial.activerecord.jdbc;

import com.rhosocial.activerecord.dialect.Translation;

/** Cheap checks on SQL text that must not parse it: hints and statement kind. */
final class SqlText {

    static final String PRIMARY_HINT = "ar:primary";

    private SqlText() {
    }

    /** True when the SQL carries the {@code /* ar:primary *\/} hint. */
    static boolean hasPrimaryHint(String sql) {
        return sql != null && sql.contains(PRIMARY_HINT);
    }

    /** True when the first keyword (after blanks and comments) is CREATE, ALTER, DROP, RENAME, TRUNCATE or COMMENT. */
    static boolean isDdl(String sql) {
        return Translation.isDdl(sql);
    }

    static int skipBlanksAndComments(String sql, int i) {
        int len = sql.length();
        while (i < len) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (c == '-' && i + 1 < len && sql.charAt(i + 1) == '-') {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? len : nl + 1;
            } else if (c == '/' && i + 1 < len && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? len : end + 2;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * Counts the statements the caller wrote: parts between top-level {@code ;} (outside literals, quoted names and
     * comments) that hold more than blanks and comments. A procedural body with inner {@code ;} counts several;
     * callers only use the count to tell "the caller wrote as many statements as the translation has".
     */
    static int countStatements(String sql) {
        int n = 0;
        boolean content = false;
        int len = sql.length();
        for (int i = 0; i < len; i++) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int j = i + 1;
                while (j < len && sql.charAt(j) != c) {
                    if (sql.charAt(j) == '\\' && c == '\'') {
                        j++;
                    }
                    j++;
                }
                i = j;
                content = true;
            } else if (c == '-' && i + 1 < len && sql.charAt(i + 1) == '-') {
                while (i < len && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < len && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? len : end + 1;
            } else if (c == ';') {
                n += content ? 1 : 0;
                content = false;
            } else if (!Character.isWhitespace(c)) {
                content = true;
            }
        }
        return n + (content ? 1 : 0);
    }
}
