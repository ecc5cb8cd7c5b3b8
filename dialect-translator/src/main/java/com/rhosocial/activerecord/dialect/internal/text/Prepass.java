package com.rhosocial.activerecord.dialect.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text rewrites applied to the source SQL before JSqlParser sees it, for spellings it cannot parse or parses
 * ambiguously. Every rewrite keeps string literals and comments intact.
 *
 * <ul>
 *   <li>Each {@code ?} becomes {@code ?N} (its 1-based source position), so the parameter map survives any
 *       reordering, duplication or dropping done by the rules; the post-pass turns {@code ?N} back into {@code ?}.</li>
 *   <li>MySQL double-quoted strings become single-quoted ({@code "a"} is a string there, not a name).</li>
 *   <li>MySQL {@code #} comments are removed; {@code x MOD y} becomes {@code x % y};
 *       {@code LOCK IN SHARE MODE} becomes {@code FOR SHARE} and {@code INSERT INTO t () VALUES ()} becomes
 *       {@code INSERT INTO t DEFAULT VALUES}, which JSqlParser parses.</li>
 *   <li>MySQL {@code BINARY x} becomes {@code x COLLATE "BINARY"}, {@code DELETE FROM t USING refs} becomes
 *       {@code DELETE t FROM refs}, and {@code GROUP BY k DESC} becomes {@code GROUP BY k ORDER BY k DESC}.</li>
 *   <li>SQLite {@code INSERT OR IGNORE} becomes {@code INSERT IGNORE}.</li>
 *   <li>T-SQL {@code EXEC sp_rename} of a table or column becomes {@code ALTER TABLE ... RENAME}; table hints
 *       {@code WITH (NOLOCK)}, {@code WITH (UPDLOCK, ROWLOCK)} are dropped ({@code UPDLOCK} as {@code FOR UPDATE}).</li>
 *   <li>JDBC {@code {oj ...}} and {@code {escape 'c'}} are unwrapped into their standard SQL.</li>
 * </ul>
 */
public final class Prepass {

    private static final Pattern MOD_OPERATOR = Pattern.compile("(?i)(?<=[\\w)\\s])\\s+MOD\\s+(?=[\\w(?'-])");
    /** T-SQL {@code IF OBJECT_ID('tempdb..#t') IS NOT NULL DROP TABLE #t}: the guard of a drop. */
    private static final Pattern DROP_GUARD = Pattern.compile(
            "(?is)^\\s*IF\\s+OBJECT_ID\\s*\\(\\s*N?'(?:tempdb\\.\\.)?[^']+'\\s*(?:,\\s*N?'U'\\s*)?\\)\\s+IS\\s+NOT\\s+NULL"
            + "\\s+(?:BEGIN\\s+)?DROP\\s+TABLE\\s+([#\\w.\\[\\]]+)\\s*;?\\s*(?:END\\s*;?\\s*)?$");
    /** T-SQL {@code IF NOT EXISTS (q) INSERT INTO t (cols) VALUES (row)}: a guarded single-row insert. */
    private static final Pattern GUARDED_INSERT = Pattern.compile(
            "(?is)^\\s*IF\\s+(NOT\\s+)?EXISTS\\s*(\\(.*\\))\\s*(?:BEGIN\\s+)?INSERT\\s+(?:INTO\\s+)?([\\w.\\[\\]\"#]+)\\s*"
            + "(\\([^()]*\\))?\\s*VALUES\\s*\\((.*)\\)\\s*;?\\s*(?:END\\s*;?\\s*)?$");
    /** T-SQL {@code DECLARE @t TABLE (...)}: a table variable. */
    private static final Pattern DECLARE_TABLE = Pattern.compile("(?is)^\\s*DECLARE\\s+@(\\w+)\\s+(?:AS\\s+)?TABLE\\s*\\(");
    /** {@code @t} where only a table can stand (after FROM, JOIN, INTO, UPDATE, DELETE): a table variable. */
    private static final Pattern TABLE_VARIABLE = Pattern.compile("(?i)\\b(FROM|JOIN|INTO|UPDATE|DELETE)\\s+@(\\w+)\\b");
    /** {@code SELECT ... INTO #t FROM ...}: the temporary table created from a query. */
    private static final Pattern SELECT_INTO_TEMP = Pattern.compile("(?i)\\s+INTO\\s+##?(\\w+)(?=\\s+FROM\\b)");
    private static final Pattern CREATE_TEMP = Pattern.compile("(?i)^(\\s*CREATE\\s+)TABLE\\s+##?(?=\\w)");
    private static final Pattern TEMP_NAME = Pattern.compile("(?<![\\w#@$])##?(?=[A-Za-z_])");
    /** T-SQL {@code MERGE t ...} (INTO is optional there, required by JSqlParser). */
    private static final Pattern MERGE_NO_INTO = Pattern.compile("(?i)^(\\s*MERGE\\s+)(?!INTO\\b)(?=[\\w\\[\"])");
    private static final Pattern LOCK_SHARE = Pattern.compile("(?i)\\s+LOCK\\s+IN\\s+SHARE\\s+MODE");
    private static final Pattern DML_TOP = Pattern.compile("(?i)^\\s*(DELETE|UPDATE)\\s+TOP\\s*\\(\\s*(\\d+|\\?\\d*)\\s*\\)");
    private static final Pattern MYSQL_CONVERT = Pattern.compile(
            "(?i)\\bCONVERT\\s*\\(\\s*([^(),]+?)\\s*,\\s*((?:UNSIGNED|SIGNED)(?:\\s+INTEGER)?|CHAR(?:\\s*\\(\\d+\\))?|DECIMAL(?:\\s*\\(\\d+\\s*(?:,\\s*\\d+)?\\))?|DATE|DATETIME|TIME|DOUBLE|BINARY)\\s*\\)");
    private static final Pattern MYSQL_MODIFIERS = Pattern.compile(
            "(?i)(?<=\\bSELECT)(?:\\s+(?:SQL_NO_CACHE|SQL_CACHE|STRAIGHT_JOIN|HIGH_PRIORITY|SQL_SMALL_RESULT|SQL_BIG_RESULT|SQL_BUFFER_RESULT)\\b)+");
    /** MySQL DML scheduling modifiers (LOW_PRIORITY, DELAYED, HIGH_PRIORITY, QUICK): no effect on the rows. */
    private static final Pattern MYSQL_DML_MODIFIERS = Pattern.compile(
            "(?i)^(\\s*(?:INSERT|REPLACE|UPDATE|DELETE))(?:\\s+(?:LOW_PRIORITY|DELAYED|HIGH_PRIORITY|QUICK)\\b)+");
    /** SQLite INSERT / UPDATE OR ABORT | FAIL: ABORT is the default conflict resolution, FAIL differs only in what
     *  a failing multi-row statement leaves behind. */
    private static final Pattern SQLITE_OR_ABORT = Pattern.compile("(?i)^(\\s*(?:INSERT|UPDATE))\\s+OR\\s+(?:ABORT|FAIL)\\b");
    /** SQLite postfix {@code x NOTNULL} / {@code x ISNULL} / {@code x NOT NULL} (not a function call). */
    private static final Pattern POSTFIX_NOTNULL = Pattern.compile("(?i)(?<=[\\w)'\"\\]])\\s+NOTNULL\\b(?!\\s*\\()");
    private static final Pattern POSTFIX_NOT_NULL = Pattern.compile("(?i)(?<=[\\w)'\"\\]])(?<!\\bIS)\\s+NOT\\s+NULL\\b");
    private static final Pattern QUERY_OR_DML = Pattern.compile("(?is)^\\s*(?:SELECT|WITH|UPDATE|DELETE)\\b.*");
    private static final Pattern POSTFIX_ISNULL = Pattern.compile("(?i)(?<=[\\w)'\"\\]])\\s+ISNULL\\b(?!\\s*\\()");
    /** SQLite {@code a IS b} / {@code a IS NOT b} for any b: the null-safe (in)equality. */
    private static final Pattern IS_NOT_VALUE = Pattern.compile(
            "(?i)\\bIS\\s+NOT\\s+(?!NULL\\b|TRUE\\b|FALSE\\b|UNKNOWN\\b|DISTINCT\\b|OF\\b|JSON\\b)(?=[\\w?'(:@-])");
    private static final Pattern IS_VALUE = Pattern.compile(
            "(?i)\\bIS\\s+(?!NOT\\b|NULL\\b|TRUE\\b|FALSE\\b|UNKNOWN\\b|DISTINCT\\b|OF\\b|JSON\\b)(?=[\\w?'(:@-])");
    /** SQLite table options after the column list: WITHOUT ROWID, STRICT (storage only; the rows are the same). */
    private static final Pattern SQLITE_TABLE_OPTIONS = Pattern.compile(
            "(?i)\\)\\s*(?:WITHOUT\\s+ROWID|STRICT)(?:\\s*,\\s*(?:WITHOUT\\s+ROWID|STRICT))*\\s*(;?\\s*)$");
    /** {@code x IS [NOT] UNKNOWN}: the boolean test of NULL, which SQLite and SQL Server lack. */
    private static final Pattern IS_UNKNOWN = Pattern.compile("(?i)\\bIS\\s+(NOT\\s+)?UNKNOWN\\b");
    private static final Pattern COLLATE_BINARY = Pattern.compile("(?i)\\bCOLLATE\\s+BINARY\\b");
    private static final Pattern DOUBLE_EQUALS = Pattern.compile("\\s*==\\s*");
    private static final Pattern GLOB_OPERATOR = Pattern.compile("(?i)(?<=[\\w)'\"\\]\\s])\\s+GLOB\\s+");
    /** SQLite {@code PRAGMA table_info(t)}: the same rows as its table-valued form, in column order. */
    private static final Pattern PRAGMA_TABLE_INFO = Pattern.compile(
            "(?i)^\\s*PRAGMA\\s+table_info\\s*\\(\\s*['\"`\\[]?(\\w+)['\"`\\]]?\\s*\\)\\s*(;?\\s*)$");
    private static final Pattern INSERT_OR_IGNORE = Pattern.compile("(?i)\\bINSERT\\s+OR\\s+IGNORE\\b");
    /**
     * MySQL {@code BINARY x}: x as a binary string, so the comparison it takes part in is case- and blank-sensitive.
     * JSqlParser cannot parse the operator; {@code x COLLATE "BINARY"} says the same and the collation rules render it.
     * Operands: a (qualified) column or a string literal (a literal slot of {@link #replaceOutsideLiterals}).
     */
    private static final Pattern BINARY_OPERATOR = Pattern.compile(
            "(?i)(?<![\\w.])(?<!\\bAS\\s)BINARY\\s+(?!(?:NOT|NULL|DEFAULT|COLLATE|CHARACTER|CHARSET|AS|FROM|WHERE|AND|OR)\\b)"
            + "(\u0000\\d+\u0000|(?:`[^`]+`|[A-Za-z_]\\w*)(?:\\.(?:`[^`]+`|[A-Za-z_]\\w*))*)(?![\\w(])");
    /** MySQL {@code DELETE FROM t1[.*], t2 USING refs}: the same as {@code DELETE t1, t2 FROM refs}, which JSqlParser parses. */
    private static final Pattern DELETE_USING = Pattern.compile(
            "(?is)^(\\s*DELETE\\s+)FROM\\s+((?:[\\w`]+(?:\\.\\*)?\\s*,\\s*)*[\\w`]+(?:\\.\\*)?)\\s+USING\\s+");
    /** MySQL 5 / MariaDB {@code GROUP BY a DESC, b}: grouping keys with a sort direction. */
    private static final Pattern GROUP_BY_DIRECTION = Pattern.compile(
            "(?i)\\bGROUP\\s+BY\\s+((?:[\\w`.]+(?:\\s+(?:ASC|DESC))?\\s*,\\s*)*[\\w`.]+(?:\\s+(?:ASC|DESC))?)"
            + "(?=\\s*(?:$|;|\\bHAVING\\b|\\bORDER\\b|\\bLIMIT\\b|\\bFOR\\b|\\bLOCK\\b|\\bWINDOW\\b))");
    private static final Pattern DIRECTION = Pattern.compile("(?i)\\s+(?:ASC|DESC)\\b");
    private static final Pattern TAIL_CLAUSE = Pattern.compile("(?i)\\b(?:LIMIT|FOR\\s+UPDATE|FOR\\s+SHARE|LOCK)\\b");
    private static final Pattern LITERAL_SLOT = Pattern.compile("\u0000(\\d+)\u0000");
    private static final Pattern OJ = Pattern.compile("(?i)\\{\\s*oj\\s");
    private static final Pattern ESCAPE = Pattern.compile("(?i)\\{\\s*escape\\s+('[^']*')\\s*\\}");

    /** Result of the pre-pass. */
    public record Result(String sql, int parameterCount) {
    }

    /** Options of the pre-pass taken from the source dialect. */
    public record Options(boolean mysqlQuotes, boolean hashComments, boolean backslashEscapes, boolean modOperator,
                          boolean sqliteInsertOr, boolean escapeStrings, boolean pipesAreOr, boolean squareBrackets) {
        public Options(boolean mysqlQuotes, boolean hashComments, boolean backslashEscapes, boolean modOperator,
                       boolean sqliteInsertOr, boolean escapeStrings, boolean pipesAreOr) {
            this(mysqlQuotes, hashComments, backslashEscapes, modOperator, sqliteInsertOr, escapeStrings, pipesAreOr,
                    false);
        }

        public Options(boolean mysqlQuotes, boolean hashComments, boolean backslashEscapes, boolean modOperator,
                       boolean sqliteInsertOr) {
            this(mysqlQuotes, hashComments, backslashEscapes, modOperator, sqliteInsertOr, false, false, false);
        }
    }

    private Prepass() {
    }

    /** MySQL's row of defaults, {@code INSERT INTO t () VALUES ()} (also without {@code ()}), which JSqlParser rejects. */
    private static final Pattern EMPTY_INSERT = Pattern.compile(
            "(?i)\\b(INSERT\\s+(?:IGNORE\\s+)?(?:INTO\\s+)?[^\\s(]+)\\s*(?:\\(\\s*\\)\\s*)?VALUES?\\s*\\(\\s*\\)(?!\\s*,)");
    /** T-SQL {@code EXEC sp_rename 'old', 'new'} of a table: ALTER TABLE old RENAME TO new (PostgreSQL, MariaDB, SQLite). */
    private static final Pattern AT_AT_IDENTITY = Pattern.compile("(?i)@@IDENTITY\\b");
    private static final Pattern SP_RENAME_TABLE = Pattern.compile(
            "(?im)((?:^|;)\\s*)EXEC(?:UTE)?\\s+sp_rename\\s+N?'(\\w+)'\\s*,\\s*N?'(\\w+)'(?:\\s*,\\s*N?'OBJECT')?(?=\\s*(?:;|$))");
    /** {@code EXEC sp_rename 't.old', 'new', 'COLUMN'}: ALTER TABLE t RENAME COLUMN old TO new. */
    private static final Pattern SP_RENAME_COLUMN = Pattern.compile(
            "(?im)((?:^|;)\\s*)EXEC(?:UTE)?\\s+sp_rename\\s+N?'(\\w+)\\.(\\w+)'\\s*,\\s*N?'(\\w+)'\\s*,\\s*N?'COLUMN'(?=\\s*(?:;|$))");
    /**
     * T-SQL table hints {@code WITH (UPDLOCK, ROWLOCK)}, which JSqlParser parses only for a few names. They change
     * locking, never rows: dropped; an update lock ({@code UPDLOCK}, {@code XLOCK}) becomes {@code FOR UPDATE}.
     */
    private static final Pattern TABLE_HINTS = Pattern.compile(
            "(?i)\\s+WITH\\s*\\(\\s*((?:NOLOCK|UPDLOCK|ROWLOCK|XLOCK|HOLDLOCK|READPAST|PAGLOCK|TABLOCKX?|NOWAIT"
            + "|READUNCOMMITTED|READCOMMITTED|READCOMMITTEDLOCK|REPEATABLEREAD|SERIALIZABLE)"
            + "(?:\\s*,\\s*(?:NOLOCK|UPDLOCK|ROWLOCK|XLOCK|HOLDLOCK|READPAST|PAGLOCK|TABLOCKX?|NOWAIT"
            + "|READUNCOMMITTED|READCOMMITTED|READCOMMITTEDLOCK|REPEATABLEREAD|SERIALIZABLE))*)\\s*\\)");
    private static final Pattern UPDATE_LOCK = Pattern.compile("(?i)\\b(?:UPDLOCK|XLOCK)\\b");

    /**
     * T-SQL {@code DELETE FROM t OUTPUT DELETED.a, DELETED.b WHERE ...}, which JSqlParser cannot parse: the standard
     * {@code DELETE FROM t WHERE ... RETURNING a, b} (same rows: the deleted ones).
     */
    private static final Pattern DELETE_OUTPUT = Pattern.compile(
            "(?is)^(\\s*DELETE\\s+(?:FROM\\s+)?[\\w.]+)\\s+OUTPUT\\s+((?:DELETED\\.(?:\\w+|\\*)(?:\\s+AS\\s+\\w+)?\\s*,\\s*)*"
            + "DELETED\\.(?:\\w+|\\*)(?:\\s+AS\\s+\\w+)?)(?=\\s|$)([^;]*)$");
    private static final Pattern DELETED_PREFIX = Pattern.compile("(?i)\\bDELETED\\.");

    /** T-SQL {@code CREATE OR ALTER VIEW} (2016 SP1), which JSqlParser rejects; it means CREATE OR REPLACE VIEW. */
    private static final Pattern CREATE_OR_ALTER_VIEW = Pattern.compile("(?i)^(\\s*CREATE\\s+OR\\s+)ALTER(\\s+VIEW\\b)");

    /** SQLite {@code CREATE TABLE t (a, b)}: the head of a column list whose columns may lack a type. */
    private static final Pattern CREATE_TABLE_HEAD = Pattern.compile(
            "(?is)^(\\s*CREATE\\s+(?:TEMP(?:ORARY)?\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?[\\w.\"`\\[\\]]+\\s*\\()");
    private static final Pattern UNTYPED_COLUMN = Pattern.compile(
            "(?is)^(\\s*(?!(?:PRIMARY|UNIQUE|CHECK|FOREIGN|CONSTRAINT)\\b)[\\w\"`\\[\\]]+)"
            + "(\\s*|\\s+(?:PRIMARY|NOT|NULL|UNIQUE|DEFAULT|CHECK|REFERENCES|COLLATE|CONSTRAINT)\\b.*)$");

    /**
     * SQLite columns declared without a type (no affinity: values are stored as given) get TEXT, which keeps
     * the text and numbers legacy key/value tables put there; JSqlParser and the targets need a type.
     */
    static String untypedColumns(String s) {
        Matcher m = CREATE_TABLE_HEAD.matcher(s);
        if (!m.find()) {
            return s;
        }
        int open = m.end() - 1;
        StringBuilder out = new StringBuilder(s.substring(0, open + 1));
        int depth = 0;
        int start = open + 1;
        boolean changed = false;
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                i = SqlScanner.endOfString(s, i, false) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if ((c == ',' || c == ')') && depth == 0) {
                changed |= appendColumn(out, s.substring(start, i));
                if (c == ')') {
                    return changed ? out.append(s.substring(i)).toString() : s;
                }
                out.append(',');
                start = i + 1;
            }
        }
        return s;
    }

    private static boolean appendColumn(StringBuilder out, String def) {
        Matcher c = UNTYPED_COLUMN.matcher(def);
        if (c.matches()) {
            out.append(c.group(1)).append(" TEXT").append(c.group(2));
            return true;
        }
        out.append(def);
        return false;
    }

    public static Result apply(String sql, Options o) {
        StringBuilder out = new StringBuilder(sql.length() + 16);
        int params = 0;
        int len = sql.length();
        int i = 0;
        while (i < len) {
            char c = sql.charAt(i);
            if (c == '\'' && o.escapeStrings() && i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e')
                    && (i < 2 || !SqlScanner.isIdentifierChar(sql.charAt(i - 2)))) {
                // PostgreSQL E'...': decode the C-style escapes into a standard literal.
                int end = SqlScanner.endOfString(sql, i, true);
                out.setLength(out.length() - 1);
                appendDecoded(out, sql, i + 1, Math.max(i + 1, end - 1));
                i = end;
            } else if (c == '\'') {
                int end = SqlScanner.endOfString(sql, i, o.backslashEscapes());
                out.append(sql, i, end);
                i = end;
            } else if (c == '|' && o.pipesAreOr() && i + 1 < len && sql.charAt(i + 1) == '|') {
                // MySQL: || is the logical OR (PIPES_AS_CONCAT is not in the default sql_mode).
                out.append(" OR ");
                i += 2;
            } else if (c == '"') {
                int end = o.mysqlQuotes() ? endOfMysqlDouble(sql, i) : SqlScanner.endOfQuoted(sql, i, '"');
                if (o.mysqlQuotes()) {
                    appendAsSingleQuoted(out, sql, i + 1, Math.max(i + 1, end - 1));
                } else {
                    out.append(sql, i, end);
                }
                i = end;
            } else if (c == '`') {
                int end = SqlScanner.endOfQuoted(sql, i, '`');
                out.append(sql, i, end);
                i = end;
            } else if (c == '[' && !o.mysqlQuotes()) {
                // SQL Server brackets; JSqlParser is told about them. Copy through.
                out.append(c);
                i++;
            } else if (c == '-' || c == '/' || c == '#') {
                int end = SqlScanner.endOfComment(sql, i, o.hashComments());
                if (end < 0) {
                    out.append(c);
                    i++;
                } else {
                    // Comments are replaced by a space: the renderer does not keep them anyway, and a MySQL
                    // '#' comment would otherwise reach targets where '#' means something else.
                    out.append(' ');
                    i = end;
                }
            } else if (c == '?') {
                if (i + 1 < len && Character.isDigit(sql.charAt(i + 1))) {
                    // Already numbered (SQLite ?NNN): keep it, it names the source parameter itself.
                    out.append(c);
                    i++;
                } else {
                    params++;
                    out.append('?').append(params);
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        String s = out.toString();
        if (o.modOperator() && containsIgnoreCase(s, " MOD ")) {
            s = replaceOutsideLiterals(s, MOD_OPERATOR, " % ");
        }
        if (o.modOperator() && containsIgnoreCase(s, "CONVERT")) {
            // MySQL CONVERT(expr, type) is CAST(expr AS type); JSqlParser only knows CONVERT(expr USING charset).
            s = replaceOutsideLiterals(s, MYSQL_CONVERT, "CAST($1 AS $2)");
        }
        if (o.modOperator() && containsIgnoreCase(s, "BINARY") && QUERY_OR_DML.matcher(s).matches()) {
            s = replaceOutsideLiterals(s, BINARY_OPERATOR, "$1 COLLATE \"BINARY\"");
        }
        if (o.modOperator() && containsIgnoreCase(s, "USING") && s.stripLeading().regionMatches(true, 0, "DELETE", 0, 6)) {
            s = replaceOutsideLiterals(s, DELETE_USING, "$1$2 FROM ");
        }
        if (o.modOperator() && containsIgnoreCase(s, "GROUP") && (containsIgnoreCase(s, "DESC") || containsIgnoreCase(s, "ASC"))) {
            s = groupByDirection(s);
        }
        if (o.modOperator() && containsIgnoreCase(s, "SHARE MODE")) {
            // MySQL's older spelling of FOR SHARE, which JSqlParser cannot parse.
            s = replaceOutsideLiterals(s, LOCK_SHARE, " FOR SHARE");
        }
        if (o.modOperator() && s.contains("()")) {
            s = replaceOutsideLiterals(s, EMPTY_INSERT, "$1 DEFAULT VALUES");
        }
        if (o.pipesAreOr() && (containsIgnoreCase(s, "SQL_") || containsIgnoreCase(s, "STRAIGHT_JOIN")
                || containsIgnoreCase(s, "HIGH_PRIORITY"))) {
            // MySQL-only SELECT modifiers with no effect on the rows returned
            s = replaceOutsideLiterals(s, MYSQL_MODIFIERS, " ");
        }
        if (o.pipesAreOr() && containsIgnoreCase(s, "UNKNOWN")) {
            s = replaceOutsideLiterals(s, IS_UNKNOWN, "IS $1NULL");
        }
        if (o.pipesAreOr() && (containsIgnoreCase(s, "PRIORITY") || containsIgnoreCase(s, "DELAYED")
                || containsIgnoreCase(s, "QUICK"))) {
            s = replaceOutsideLiterals(s, MYSQL_DML_MODIFIERS, "$1");
        }
        if (s.regionMatches(true, 0, "CREATE", 0, 6) || s.stripLeading().regionMatches(true, 0, "CREATE", 0, 6)) {
            s = replaceOutsideLiterals(s, CREATE_OR_ALTER_VIEW, "$1REPLACE$2");
        }
        if (o.sqliteInsertOr()) {
            s = replaceOutsideLiterals(s, INSERT_OR_IGNORE, "INSERT IGNORE");
            if (s.stripLeading().regionMatches(true, 0, "CREATE", 0, 6)) {
                s = untypedColumns(s);
            }
            s = PRAGMA_TABLE_INFO.matcher(s).replaceFirst("SELECT * FROM pragma_table_info('$1') ORDER BY cid$2");
            s = replaceOutsideLiterals(s, SQLITE_OR_ABORT, "$1");
            if (containsIgnoreCase(s, "ROWID") || containsIgnoreCase(s, "STRICT")) {
                s = replaceOutsideLiterals(s, SQLITE_TABLE_OPTIONS, ")$1");
            }
            if (containsIgnoreCase(s, "NULL")) {
                s = replaceOutsideLiterals(s, POSTFIX_NOTNULL, " IS NOT NULL");
                s = replaceOutsideLiterals(s, POSTFIX_ISNULL, " IS NULL");
                if (QUERY_OR_DML.matcher(s).matches()) {
                    s = replaceOutsideLiterals(s, POSTFIX_NOT_NULL, " IS NOT NULL");
                }
            }
            if (containsIgnoreCase(s, " IS ")) {
                s = replaceOutsideLiterals(s, IS_NOT_VALUE, "IS DISTINCT FROM ");
                s = replaceOutsideLiterals(s, IS_VALUE, "IS NOT DISTINCT FROM ");
            }
            // SQLite x [NOT] GLOB p, which JSqlParser cannot parse: SIMILAR TO, which SQLite itself lacks, stands in.
            s = replaceOutsideLiterals(s, GLOB_OPERATOR, " SIMILAR TO ");
            // SQLite's == is =.
            s = replaceOutsideLiterals(s, DOUBLE_EQUALS, " = ");
            // COLLATE BINARY: BINARY is a JSqlParser keyword; the quoted name means the same collation.
            s = replaceOutsideLiterals(s, COLLATE_BINARY, "COLLATE \"BINARY\"");
        }
        if (o.squareBrackets() && containsIgnoreCase(s, "TOP")) {
            Matcher m = DML_TOP.matcher(s);
            if (m.find() && s.indexOf(';') < 0) {
                // T-SQL DELETE/UPDATE TOP (n) ...: the MySQL form DELETE ... LIMIT n, which the DML rules translate.
                s = s.substring(0, m.start()) + m.group(1) + " " + s.substring(m.end()) + " LIMIT " + m.group(2);
            }
        }
        if (o.squareBrackets() && s.indexOf('@') >= 0) {
            s = tableVariables(s);
        }
        if (o.squareBrackets() && s.indexOf('@') >= 0 && containsIgnoreCase(s, "DECLARE")) {
            s = literalVariables(s);
        }
        if (o.squareBrackets() && s.indexOf('#') >= 0) {
            s = tempTables(s);
        }
        if (o.squareBrackets() && s.stripLeading().regionMatches(true, 0, "MERGE", 0, 5)) {
            s = MERGE_NO_INTO.matcher(s).replaceFirst("$1INTO ");
        }
        if (o.squareBrackets() && s.stripLeading().regionMatches(true, 0, "IF", 0, 2)) {
            s = guardedInsert(s);
        }
        if (o.squareBrackets() && s.contains("@@")) {
            // @@IDENTITY: the last identity value of the session (SCOPE_IDENTITY without the scope, which only
            // differs when a trigger inserts elsewhere); mapped like SCOPE_IDENTITY().
            s = replaceOutsideLiterals(s, AT_AT_IDENTITY, "SCOPE_IDENTITY()");
        }
        if (o.squareBrackets() && containsIgnoreCase(s, "SP_RENAME")) {
            s = replaceOutsideLiterals(s, SP_RENAME_COLUMN, "$1ALTER TABLE $2 RENAME COLUMN $3 TO $4");
            s = replaceOutsideLiterals(s, SP_RENAME_TABLE, "$1ALTER TABLE $2 RENAME TO $3");
        }
        if (o.squareBrackets() && containsIgnoreCase(s, "OUTPUT")) {
            Matcher m = DELETE_OUTPUT.matcher(s);
            if (m.find()) {
                s = m.group(1) + m.group(3).stripTrailing() + " RETURNING "
                        + DELETED_PREFIX.matcher(m.group(2)).replaceAll("");
            }
        }
        if (o.squareBrackets() && containsIgnoreCase(s, "WITH")) {
            s = tableHints(s);
        }
        if (s.indexOf('{') >= 0) {
            s = replaceOutsideLiterals(s, ESCAPE, "ESCAPE $1");
            s = unwrapOuterJoinEscape(s);
        }
        return new Result(s, params);
    }

    /**
     * {@code GROUP BY a DESC} of the outermost query (MySQL 5 / MariaDB): the groups come out sorted. The directions are
     * dropped from GROUP BY and, when the query has no ORDER BY of its own, become {@code ORDER BY a DESC}; an
     * explicit ORDER BY wins, as on the source.
     */
    static String groupByDirection(String s) {
        Matcher m = GROUP_BY_DIRECTION.matcher(s);
        if (!m.find() || !DIRECTION.matcher(m.group(1)).find() || depth(s, m.start()) != 0) {
            return s;
        }
        String keys = m.group(1);
        String tail = s.substring(m.end());
        String head = s.substring(0, m.start()) + "GROUP BY " + DIRECTION.matcher(keys).replaceAll("");
        if (containsIgnoreCase(tail, "ORDER") || tail.indexOf('(') >= 0) {
            return containsIgnoreCase(tail, "ORDER") ? head + tail : s;
        }
        String body = tail;
        String trailer = "";
        int semi = body.indexOf(';');
        if (semi >= 0) {
            trailer = body.substring(semi);
            body = body.substring(0, semi);
        }
        Matcher t = TAIL_CLAUSE.matcher(body);
        if (t.find()) {
            trailer = body.substring(t.start()) + trailer;
            body = body.substring(0, t.start());
        }
        return head + body.stripTrailing() + " ORDER BY " + keys + (trailer.isEmpty() ? "" : " " + trailer.strip());
    }

    /** Parenthesis depth at {@code at}, string literals skipped. */
    private static int depth(String s, int at) {
        int d = 0;
        for (int i = 0; i < at; i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                i = SqlScanner.endOfString(s, i, false) - 1;
            } else if (c == '(') {
                d++;
            } else if (c == ')') {
                d--;
            }
        }
        return d;
    }

    /** {@code s.toUpperCase().contains(upper)} without copying {@code s}: these pre-checks run on every statement. */
    private static boolean containsIgnoreCase(String s, String upper) {
        // the first character is compared directly: regionMatches at every position was a measurable cost
        char first = upper.charAt(0);
        char firstLower = Character.toLowerCase(first);
        for (int i = 0, last = s.length() - upper.length(); i <= last; i++) {
            char c = s.charAt(i);
            if ((c == first || c == firstLower) && s.regionMatches(true, i, upper, 0, upper.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * T-SQL temporary tables {@code #t} / {@code ##t}: {@code CREATE TABLE #t} and {@code SELECT ... INTO #t} create a
     * temporary table {@code t} (CREATE TEMPORARY TABLE, CREATE TEMPORARY TABLE ... AS SELECT), the guard
     * {@code IF OBJECT_ID('tempdb..#t') IS NOT NULL DROP TABLE #t} becomes {@code DROP TABLE IF EXISTS t}, and every
     * other mention of {@code #t} names {@code t}.
     */
    /**
     * A T-SQL batch that opens with {@code DECLARE @v type = literal;} and only reads @v afterwards: the DECLARE is
     * dropped and each @v becomes {@code CAST(literal AS type)}, which every target can run. A variable that is
     * assigned again (SET @v = ..., SELECT @v = ...), or written first in a comparison, which reads alike, is left
     * alone, and the batch fails on the target as before.
     */
    static String literalVariables(String s) {
        while (true) {
            Matcher m = DECLARE_LITERAL.matcher(s);
            if (!m.find()) {
                return s;
            }
            String name = m.group(1);
            String rest = s.substring(m.end());
            Pattern assigned = Pattern.compile("(?i)(\\bSET\\s+@" + name + "\\b|\\bSELECT\\s+@" + name + "\\s*=|@"
                    + name + "\\s*(\\+|-|\\*)?=(?!=))");
            if (assigned.matcher(rest.replaceAll("'(?:[^']|'')*'", "''"))
                    .find()) {
                return s;
            }
            String value = "CAST(" + m.group(3) + " AS " + m.group(2) + ")";
            s = replaceOutsideLiterals(rest, Pattern.compile("(?i)@" + name + "\\b"), Matcher.quoteReplacement(value));
        }
    }

    /**
     * T-SQL {@code IF [NOT] EXISTS (query) [BEGIN] INSERT INTO t (cols) VALUES (row) [END]}: one statement,
     * {@code INSERT INTO t (cols) SELECT row WHERE [NOT] EXISTS (query)}, which inserts under the same condition.
     * Several rows, an ELSE branch or other statements in the block are left alone.
     */
    static String guardedInsert(String s) {
        Matcher m = GUARDED_INSERT.matcher(s);
        if (!m.matches()) {
            return s;
        }
        String blanked = m.group(5).replaceAll("'(?:[^']|'')*'", "''");
        if (blanked.matches("(?s).*\\)\\s*,\\s*\\(.*")
                || blanked.matches("(?is).*(\\b(SELECT|ELSE|UPDATE|DELETE|INSERT)\\b|;).*")) {
            return s;
        }
        return "INSERT INTO " + m.group(3) + (m.group(4) == null ? "" : " " + m.group(4)) + " SELECT " + m.group(5)
                + " WHERE " + (m.group(1) == null ? "" : "NOT ") + "EXISTS " + m.group(2);
    }

    /**
     * T-SQL table variables: {@code DECLARE @t TABLE (...)} creates a temporary table {@code t}, and {@code @t}
     * where only a table can stand (after FROM, JOIN, INTO, UPDATE, DELETE) names it. A scalar variable cannot
     * stand there, so no other variable is touched.
     */
    static String tableVariables(String s) {
        Matcher d = DECLARE_TABLE.matcher(s);
        if (d.find()) {
            s = "CREATE TEMPORARY TABLE " + d.group(1) + " (" + s.substring(d.end());
        }
        return replaceOutsideLiterals(s, TABLE_VARIABLE, "$1 $2");
    }

    private static String tempTables(String s) {
        Matcher guard = DROP_GUARD.matcher(s);
        if (guard.matches()) {
            s = "DROP TABLE IF EXISTS " + guard.group(1);
        }
        s = replaceOutsideLiterals(s, CREATE_TEMP, "$1TEMPORARY TABLE ");
        if (s.stripLeading().regionMatches(true, 0, "SELECT", 0, 6) && s.indexOf(';') < 0) {
            Matcher m = SELECT_INTO_TEMP.matcher(s.replaceAll("'[^']*'", "''"));
            if (m.find() && m.start() > 0) {
                // offsets are the same in s: the literals were only blanked, not shortened
                String name = m.group(1);
                Matcher real = SELECT_INTO_TEMP.matcher(s);
                if (real.find(m.start())) {
                    s = "CREATE TEMPORARY TABLE " + name + " AS " + s.substring(0, real.start()) + s.substring(real.end());
                }
            }
        }
        return replaceOutsideLiterals(s, TEMP_NAME, "");
    }

    /** Drops T-SQL table hints; a single SELECT taking update locks gets {@code FOR UPDATE} instead. */
    private static String tableHints(String s) {
        String plain = replaceOutsideLiterals(s, TABLE_HINTS, "");
        if (plain.equals(s)) {
            return s;
        }
        // Hints are looked for outside literals only ('' inside a literal splits it into two, harmlessly).
        Matcher m = TABLE_HINTS.matcher(s.replaceAll("'[^']*'", "''"));
        boolean updateLock = false;
        while (m.find()) {
            updateLock |= UPDATE_LOCK.matcher(m.group(1)).find();
        }
        String trimmed = plain.strip();
        if (updateLock && trimmed.regionMatches(true, 0, "SELECT", 0, 6) && trimmed.indexOf(';') < 0
                && !trimmed.toUpperCase(Locale.ROOT).contains(" FOR ")) {
            return trimmed + " FOR UPDATE";
        }
        return plain;
    }

    private static void appendDecoded(StringBuilder out, String s, int from, int to) {
        out.append('\'');
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < to) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case '\'' -> out.append("''");
                    default -> out.append(n);
                }
            } else if (c == '\'') {
                out.append("''");
                if (i + 1 < to && s.charAt(i + 1) == '\'') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        out.append('\'');
    }

    private static int endOfMysqlDouble(String s, int start) {
        int len = s.length();
        int i = start + 1;
        while (i < len) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '"') {
                if (i + 1 < len && s.charAt(i + 1) == '"') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return len;
    }

    private static void appendAsSingleQuoted(StringBuilder out, String s, int from, int to) {
        out.append('\'');
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < to) {
                // keep the escape pair as MySQL would read it; \" becomes a plain quote
                char n = s.charAt(i + 1);
                if (n == '"') {
                    out.append('"');
                } else {
                    out.append(c).append(n);
                }
                i++;
            } else if (c == '"' && i + 1 < to && s.charAt(i + 1) == '"') {
                out.append('"');
                i++;
            } else if (c == '\'') {
                out.append("''");
            } else {
                out.append(c);
            }
        }
        out.append('\'');
    }

    /** Applies {@code p} only to the parts of {@code s} outside single-quoted literals. */
    private static final Pattern DECLARE_LITERAL = Pattern.compile("(?is)^\\s*DECLARE\\s+@(\\w+)\\s+(?:AS\\s+)?"
            + "([A-Za-z]+(?:\\s*\\(\\s*\\d+(?:\\s*,\\s*\\d+)?\\s*\\))?)\\s*=\\s*"
            + "(-?\\d+(?:\\.\\d+)?|N?'(?:[^']|'')*')\\s*;\\s*");

    static String replaceOutsideLiterals(String s, Pattern p, String replacement) {
        boolean patternSeesLiterals = p.pattern().contains("'");
        StringBuilder plain = new StringBuilder(s.length());
        List<String> literals = new ArrayList<>();
        int len = s.length();
        int i = 0;
        while (i < len) {
            char c = s.charAt(i);
            if (c == '\'' && !patternSeesLiterals) {
                int end = SqlScanner.endOfString(s, i, false);
                literals.add(s.substring(i, end));
                plain.append('\u0000').append(literals.size() - 1).append('\u0000');
                i = end;
            } else {
                plain.append(c);
                i++;
            }
        }
        String replaced = p.matcher(plain).replaceAll(replacement);
        if (literals.isEmpty()) {
            return replaced;
        }
        StringBuilder out = new StringBuilder(replaced.length());
        Matcher m = LITERAL_SLOT.matcher(replaced);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(literals.get(Integer.parseInt(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String unwrapOuterJoinEscape(String s) {
        Matcher m = OJ.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        int pos = 0;
        while (m.find(pos)) {
            int start = m.start();
            int depth = 0;
            int end = -1;
            for (int i = start; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\'') {
                    i = SqlScanner.endOfString(s, i, false) - 1;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                    if (depth == 0) {
                        end = i;
                        break;
                    }
                }
            }
            if (end < 0) {
                break;
            }
            out.append(s, pos, start).append(s, m.end(), end);
            pos = end + 1;
        }
        out.append(s.substring(pos));
        return out.toString();
    }
}
