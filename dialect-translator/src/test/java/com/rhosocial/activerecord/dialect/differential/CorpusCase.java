package com.rhosocial.activerecord.dialect.differential;

import com.rhosocial.activerecord.dialect.Dialect;

import java.util.List;
import java.util.Set;

/**
 * One case of the differential corpus, as read by {@link CorpusParser}.
 *
 * @param id unique, stable identifier (used in the must-pass list and in reports)
 * @param file corpus file the case came from, with its line, for messages
 * @param source dialect the SQL was written for
 * @param category {@code basic}, {@code semantic} or {@code schema}
 * @param tags free-form construct names used to group failures (e.g. {@code paging})
 * @param statements the SQL statements, executed in order in one transaction that is rolled back
 * @param params bind values for the {@code ?} of all statements, in order
 * @param check optional portable SELECT run (untranslated) after the statements; its rows are compared instead
 * @param expected rows written by hand, or {@code null}; required for Oracle and SQL Server sources
 * @param verify optional PostgreSQL statement equivalent to an Oracle / SQL Server case, run natively on
 *               PostgreSQL to double-check the hand-written rows (it does not replace them)
 * @param orderInsensitive compare rows as multisets
 * @param lowerCase lower-case every string before comparing (catalog names differ in case between engines)
 * @param compareColumns compare only the first n columns (0 = all)
 * @param cleanupTables tables dropped (natively) before and after the case on every database
 * @param onlyTargets when not empty, the target engines the case is run on
 */
public record CorpusCase(String id, String file, Dialect source, String category, List<String> tags,
                         List<String> statements, List<Object> params, String check, List<List<Object>> expected,
                         String verify, boolean orderInsensitive, boolean lowerCase, int compareColumns, List<String> cleanupTables,
                         Set<String> onlyTargets) {

    /** The categories a case may declare. */
    public static final Set<String> CATEGORIES = Set.of("basic", "semantic", "schema");

    /** True when the case touches the auto-increment table that is reset before each use. */
    public boolean usesAuditLog() {
        for (String s : statements) {
            if (s.toLowerCase(java.util.Locale.ROOT).contains("audit_log")) {
                return true;
            }
        }
        return check != null && check.toLowerCase(java.util.Locale.ROOT).contains("audit_log");
    }

    /** The first tag, used as the construct name in failure groups. */
    public String construct() {
        return tags.isEmpty() ? "untagged" : tags.get(0);
    }
}
