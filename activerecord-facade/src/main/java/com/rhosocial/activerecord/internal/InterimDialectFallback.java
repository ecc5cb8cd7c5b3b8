package com.rhosocial.activerecord.internal;

import com.rhosocial.activerecord.dialect.Dialect;

/**
 * TEMPORARY, isolated stand-in for dialect-translator rules that have not landed yet. It is used only when the
 * translator returns the facade's canonical SQL (PostgreSQL spelling) UNCHANGED for a target whose spelling differs,
 * and covers exactly three spellings the facade emits:
 * <ul>
 *   <li>double-quoted identifiers for MySQL/MariaDB (backticks there, since {@code ANSI_QUOTES} is off by default);</li>
 *   <li>{@code INSERT ... DEFAULT VALUES} for MySQL/MariaDB ({@code () VALUES ()});</li>
 *   <li>{@code FOR UPDATE} for SQLite, which locks the whole database on write and has no row locks (dropped).</li>
 * </ul>
 * Delete this class once the translator handles rows 11 and 59 of the dialect notes for these targets.
 */
final class InterimDialectFallback {

    private InterimDialectFallback() {
    }

    /** True when {@code canonical} needs a rewrite the translator did not do for {@code target}. */
    static boolean applies(String canonical, Dialect target) {
        switch (target) {
            case MYSQL: case MARIADB: return canonical.indexOf('"') >= 0 || canonical.endsWith(" DEFAULT VALUES");
            case SQLITE: return canonical.endsWith(" FOR UPDATE");
            default: return false;
        }
    }

    /** The rewritten text; parameters keep their order. */
    static String rewrite(String canonical, Dialect target) {
        String sql = canonical;
        if (target == Dialect.SQLITE) {
            if (sql.endsWith(" FOR UPDATE")) {
                sql = sql.substring(0, sql.length() - " FOR UPDATE".length());
            }
            return sql;
        }
        if (sql.endsWith(" DEFAULT VALUES")) {
            sql = sql.substring(0, sql.length() - " DEFAULT VALUES".length()) + " () VALUES ()";
        }
        StringBuilder out = new StringBuilder(sql.length());
        int n = sql.length();
        for (int i = 0; i < n; i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                // copy a string literal as it is ('' is an escaped quote inside it)
                int j = i + 1;
                while (j < n) {
                    if (sql.charAt(j) == '\'') {
                        if (j + 1 < n && sql.charAt(j + 1) == '\'') {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                out.append(sql, i, Math.min(j + 1, n));
                i = j;
            } else if (c == '"') {
                int j = sql.indexOf('"', i + 1);
                if (j < 0) {
                    out.append(sql, i, n);
                    break;
                }
                out.append('`').append(sql, i + 1, j).append('`');
                i = j;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
