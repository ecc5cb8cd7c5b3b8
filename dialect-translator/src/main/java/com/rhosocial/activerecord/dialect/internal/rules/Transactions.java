package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.DialectSpec;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Transaction statements, recognised on the text (JSqlParser does not parse BEGIN / START TRANSACTION):
 * {@code BEGIN}, {@code START TRANSACTION}, {@code BEGIN TRAN[SACTION]}, {@code COMMIT}, {@code ROLLBACK},
 * savepoints. A driver may prefer mapping them to {@code setAutoCommit/commit/rollback}.
 */
public final class Transactions {
    private static final Pattern BEGIN = Pattern.compile(
            "(?i)\\s*(BEGIN|START\\s+TRANSACTION|BEGIN\\s+TRAN(SACTION)?|BEGIN\\s+WORK)\\s*;?\\s*");
    private static final Pattern END = Pattern.compile(
            "(?i)\\s*(COMMIT|ROLLBACK)(\\s+(WORK|TRAN|TRANSACTION))?\\s*;?\\s*");
    private static final Pattern SAVEPOINT = Pattern.compile("(?i)\\s*(SAVEPOINT|SAVE\\s+TRAN(SACTION)?)\\s+(\\w+)\\s*;?\\s*");
    private static final Pattern ROLLBACK_TO = Pattern.compile(
            "(?i)\\s*ROLLBACK\\s+(TO\\s+(SAVEPOINT\\s+)?|TRAN(SACTION)?\\s+)(\\w+)\\s*;?\\s*");
    private static final Pattern RELEASE = Pattern.compile("(?i)\\s*RELEASE\\s+(SAVEPOINT\\s+)?(\\w+)\\s*;?\\s*");

    private Transactions() {
    }

    /** The target's spelling of a transaction statement, or null when {@code sql} is not one. */
    public static String rewrite(String sql, DialectSpec to) {
        if (sql.length() > 80) {
            return null;
        }
        boolean tsql = to.family().equals("SQLSERVER");
        if (BEGIN.matcher(sql).matches()) {
            return to.beginTransaction();
        }
        Matcher m = END.matcher(sql);
        if (m.matches()) {
            return m.group(1).toUpperCase(Locale.ROOT);
        }
        m = ROLLBACK_TO.matcher(sql);
        if (m.matches()) {
            return (tsql ? "ROLLBACK TRANSACTION " : "ROLLBACK TO SAVEPOINT ") + m.group(4);
        }
        m = SAVEPOINT.matcher(sql);
        if (m.matches()) {
            return (tsql ? "SAVE TRANSACTION " : "SAVEPOINT ") + m.group(3);
        }
        m = RELEASE.matcher(sql);
        if (m.matches()) {
            // T-SQL and Oracle have no RELEASE; a savepoint simply ends with the transaction.
            return tsql || to.family().equals("ORACLE") ? null : "RELEASE SAVEPOINT " + m.group(2);
        }
        return null;
    }
}
