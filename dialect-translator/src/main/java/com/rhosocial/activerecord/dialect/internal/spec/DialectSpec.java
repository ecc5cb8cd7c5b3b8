package com.rhosocial.activerecord.dialect.internal.spec;

import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.TargetProfile;
import com.rhosocial.activerecord.dialect.TargetProfile.Feature;
import com.rhosocial.activerecord.dialect.internal.text.Prepass;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.statement.select.Fetch;
import net.sf.jsqlparser.statement.select.Limit;
import net.sf.jsqlparser.statement.select.Offset;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;

/**
 * One SQL dialect described as data plus a few hooks (SQLGlot style): capability flags, a type table, a function
 * table for reading (source spelling to canonical call) and one for writing (canonical call to target spelling), and
 * overridable hooks for what a table cannot say (paging, quoting, booleans, ...). The base class holds the
 * ANSI / common behaviour; subclasses change only what differs. Nothing outside the spec classes switches on a
 * dialect. Instances are immutable after construction and shared by all threads.
 */
public abstract class DialectSpec implements Cloneable {

    private final Dialect dialect;
    /**
     * The target profile this spec is seen through, or null for the dialect's own spec. The capability flags and
     * type names a profile can override are final methods here that read it before the dialect's own
     * {@code dialect*} hook; every other hook is the subclass's, so a profiled spec is a copy of the dialect's spec
     * with this field set, never a delegating wrapper. Set once, before the copy is shared.
     */
    private TargetProfile profile;
    /** Source spelling (upper-case name) to canonical call. */
    protected final Map<String, FunctionReader> readers = new HashMap<>();
    /** Canonical name to target spelling. */
    protected final Map<String, FunctionWriter> writers = new HashMap<>();
    /** Names written without parentheses (SYSDATE, CURRENT_DATE ...) to the canonical call they mean. */
    protected final Map<String, String> niladic = new HashMap<>();
    /** Canonical type name to this dialect's spelling; see {@link Types}. */
    protected final Map<String, String> typeNames = new HashMap<>();
    /** This dialect's type names (upper case, no arguments) to a canonical type name. */
    protected final Map<String, String> typeReads = new HashMap<>();
    /** Words that must be quoted when used as names. */
    protected final Set<String> reserved = new HashSet<>();

    protected DialectSpec(Dialect dialect) {
        this.dialect = dialect;
        CommonFunctions.registerReaders(readers);
        CommonFunctions.registerWriters(writers);
        Types.registerCommon(typeReads, typeNames);
        reserved.addAll(Types.SQL_RESERVED);
        niladic.put("CURRENT_TIMESTAMP", "NOW");
        niladic.put("LOCALTIMESTAMP", "NOW");
        niladic.put("CURRENT_DATE", "CURRENT_DATE");
        niladic.put("CURRENT_TIME", "CURRENT_TIME");
        niladic.put("LOCALTIME", "CURRENT_TIME");
    }

    public final Dialect dialect() {
        return dialect;
    }

    /** The target profile this spec is seen through, or null for the dialect's own spec. */
    public final TargetProfile profile() {
        return profile;
    }

    /** This dialect's spec seen through {@code p}: a copy sharing the (read-only) tables, with the profile set. */
    final DialectSpec withProfile(TargetProfile p) {
        try {
            DialectSpec copy = (DialectSpec) super.clone();
            copy.profile = p;
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /** The profile's setting of {@code f}, else the dialect's own answer. */
    private boolean flag(Feature f, boolean dialectDefault) {
        Boolean v = profile == null ? null : profile.feature(f);
        return v == null ? dialectDefault : v;
    }

    /** True when the profile sets {@code f} to false. */
    private boolean denied(Feature f) {
        return profile != null && Boolean.FALSE.equals(profile.feature(f));
    }

    /** Dialects of one family read each other's SQL unchanged (MySQL and MariaDB). */
    public String family() {
        return dialect.name();
    }

    // ---------------------------------------------------------------- parsing (source side)

    public boolean squareBracketQuotes() {
        return false;
    }

    public boolean backslashEscapes() {
        return false;
    }

    public Prepass.Options prepassOptions() {
        return new Prepass.Options(false, false, backslashEscapes(), false, false);
    }

    // ---------------------------------------------------------------- names

    public IdentifierCase identifierCase() {
        return IdentifierCase.INSENSITIVE;
    }

    /** T-SQL DATEDIFF by hour/minute/second may be written with this dialect's whole-unit difference. */
    public boolean countsWholeUnitsForSubDayBoundaries() {
        return true;
    }

    /** LATERAL derived tables exist (PostgreSQL; not MariaDB 10.11 or SQLite). */
    public boolean supportsLateral() {
        return false;
    }

    /** FULL [OUTER] JOIN exists (not in MySQL / MariaDB). */
    public boolean supportsFullJoin() {
        return true;
    }

    /**
     * SQLite's {@code json_each(j)} over a JSON array, as a FROM item of this target with a {@code value} column
     * (and {@code key}, the 0-based index, where the target can number the elements): SQL text that the normal
     * rules render, with {@code {0}} for the JSON argument and {@code {alias}} for the table name. {@code numbers}:
     * the array is known to hold only numbers, so value is numeric (SQLite hands out integers and reals there).
     * Null when the target has no way to expand an array.
     */
    public String jsonArrayTable(boolean numbers, boolean correlated) {
        return null;
    }

    /**
     * An explicit NULL inserted into a generated key column (AUTO_INCREMENT, SQLite's INTEGER PRIMARY KEY) asks
     * for a generated value, as in MySQL and SQLite; PostgreSQL, Oracle and SQL Server refuse it (NOT NULL) or
     * take it literally.
     */
    public boolean identityTakesNull() {
        return false;
    }

    /**
     * A literal 0 written into a generated key column asks for a generated value too (MySQL / MariaDB, unless
     * sql_mode has NO_AUTO_VALUE_ON_ZERO, which is off by default); legacy PHP code inserts 0 for "new row".
     */
    public boolean identityTakesZero() {
        return false;
    }

    /**
     * A single-table UPDATE assigns its SET list left to right, later expressions reading the new values (MySQL /
     * MariaDB); standard SQL reads the old row everywhere.
     */
    public boolean updateAssignsLeftToRight() {
        return false;
    }

    /** The text type of a key column where TEXT cannot be a key (MySQL: no index without a length), else null. */
    public String keyTextType() {
        return null;
    }

    /** A truth value can be an operand of + and - (MySQL, SQLite, H2's MySQL-like modes; not PostgreSQL or Oracle). */
    public boolean booleanArithmetic() {
        return true;
    }

    /** Comparisons follow column affinity and storage classes (SQLite): text never equals a number. */
    public boolean comparesByAffinity() {
        return false;
    }

    /** LIKE takes only text operands (PostgreSQL: no LIKE on a date, timestamp or number). */
    public boolean likeNeedsTextOperand() {
        return false;
    }

    /** {@code a ^ b} is the bitwise XOR (MySQL, SQL Server), not a power. */
    public boolean caretIsXor() {
        return false;
    }

    /** The bitwise XOR operator; "" when there is none and it is written as (a | b) - (a & b). */
    public String bitwiseXor() {
        return "^";
    }

    /** Every ordinary table has a rowid readable as rowid / _rowid_ / oid (SQLite). */
    public boolean rowidAliases() {
        return false;
    }

    /** The set-returning generate_series(start, stop[, step]) exists in FROM (PostgreSQL). */
    public boolean supportsGenerateSeries() {
        return false;
    }

    /**
     * The SQL:2003 MERGE statement exists with several WHEN MATCHED [AND c] THEN UPDATE | DELETE branches
     * (PostgreSQL 15); used where an upsert cannot say the same (Oracle's UPDATE ... DELETE WHERE).
     */
    public boolean supportsMergeStatement() {
        return false;
    }

    /**
     * A derived table written with TOP / ROWNUM and ORDER BY hands its rows to the enclosing query in that order
     * (SQL Server and Oracle in practice, which paging code of their ORMs relies on; other engines need not).
     */
    public boolean derivedTableOrderIsKept() {
        return false;
    }

    /** Oracle's aggregate modifier KEEP (DENSE_RANK FIRST | LAST ORDER BY k) exists. */
    public boolean supportsKeepDenseRank() {
        return false;
    }

    /** Oracle's multi-table INSERT ALL | FIRST [WHEN ... THEN] INTO ... subquery exists. */
    public boolean supportsMultiTableInsert() {
        return false;
    }

    /** The table function STRING_SPLIT(s, sep) exists in FROM (SQL Server). */
    public boolean supportsStringSplit() {
        return false;
    }

    /** EXCEPT ALL and INTERSECT ALL exist (not in SQLite or SQL Server). */
    public boolean supportsSetOperationAll() {
        return true;
    }

    /** ARRAY[...] values and = ANY (array) exist (PostgreSQL). */
    public boolean supportsArrays() {
        return false;
    }

    /** SELECT DISTINCT ON (...) exists (PostgreSQL). */
    public boolean supportsDistinctOn() {
        return false;
    }

    /** FETCH FIRST n ROWS WITH TIES exists (PostgreSQL 13+, Oracle 12c). */
    public boolean supportsFetchWithTies() {
        return false;
    }

    /** Select-list aliases may be used in HAVING (MySQL, SQLite). */
    public boolean aliasesInHaving() {
        return false;
    }

    /** SELECT ... FOR UPDATE exists. */
    public final boolean supportsForUpdate() {
        return flag(Feature.ROW_LOCKING, dialectSupportsForUpdate());
    }

    /** The dialect's own answer to {@link #supportsForUpdate()}. */
    protected boolean dialectSupportsForUpdate() {
        return true;
    }

    /**
     * Operator that makes LIKE compare case- and accent-sensitively on a dialect whose default collation does not
     * ({@code LIKE BINARY} in MySQL), or null.
     */
    public String caseSensitiveLike() {
        return null;
    }

    /** {@code GROUP_CONCAT(x, sep)} reads its second argument as the separator (SQLite), not as more text (MySQL). */
    public boolean groupConcatTakesSeparator() {
        return false;
    }

    /**
     * Function that converts a value to the canonical temporal type {@code canonical} (DATE, TIMESTAMP, TIME) where
     * CAST does not (SQLite has no temporal types: {@code DATE(x)}, {@code DATETIME(x)}, {@code TIME(x)}), or null.
     */
    public String temporalCastFunction(String canonical) {
        return null;
    }

    /** GLOB pattern matching exists (SQLite). */
    public boolean supportsGlob() {
        return false;
    }

    /** Aggregates accept FILTER (WHERE ...) (PostgreSQL, SQLite). */
    public boolean supportsAggregateFilter() {
        return false;
    }

    /** LAG/LEAD take a default value (not in MariaDB 10.11). */
    public boolean supportsLagDefault() {
        return true;
    }

    /** {@code s SIMILAR TO 'pattern'} (PostgreSQL). */
    public boolean supportsSimilarTo() {
        return false;
    }

    /** {@code x op ANY|SOME|ALL (subquery)} is understood (not by SQLite). */
    public boolean supportsQuantifiedSubqueries() {
        return true;
    }

    /** DATE +/- integer means days (PostgreSQL dates, Oracle dates). */
    public boolean dateArithmeticInDays() {
        return false;
    }

    /** Name of the truncate-toward-zero function for numbers. */
    public String truncateFunction() {
        return "TRUNC";
    }

    /** A table alias needs AS (SQLite UPDATE/DELETE). */
    public boolean aliasNeedsAs() {
        return false;
    }

    /** Template making {@code a = {}} case- and blank-sensitive on a case-insensitive target, or null. */
    public String caseSensitiveComparison() {
        return null;
    }

    /**
     * Collation comparing strings by code point, case- and blank-sensitive (the order of PostgreSQL's C collation
     * and of SQLite's BINARY), for sort keys, groups and MIN/MAX on a case-insensitive target; null when none.
     */
    public String binaryCollation() {
        return null;
    }

    /** Values of exact-numeric columns may be stored as integers (SQLite NUMERIC affinity). */
    public boolean decimalsMayBeIntegers() {
        return false;
    }

    /** CAST of a non-integer to an integer type rounds (MySQL, PostgreSQL, Oracle) rather than truncates. */
    public boolean castToIntegerRounds() {
        return true;
    }

    /** String comparison ignores trailing blanks (MySQL and SQL Server PAD SPACE collations). */
    public boolean padSpace() {
        return caseInsensitiveStrings();
    }

    /** {@code UPDATE t SET (a, b) = (SELECT x, y ...)} is accepted (not by MySQL and MariaDB). */
    public boolean supportsRowValueSet() {
        return true;
    }

    /** A number passed to a string function (SUBSTR, INSTR) is read as its text (not PostgreSQL). */
    public boolean numbersAsTextImplicitly() {
        return true;
    }

    /** Integers are not accepted where a BOOLEAN column is written (PostgreSQL). */
    public boolean strictBooleans() {
        return false;
    }

    /** How string aggregation is written. */
    public enum StringAggStyle { GROUP_CONCAT_SEPARATOR, GROUP_CONCAT_ARG, STRING_AGG_ORDER, STRING_AGG_WITHIN, LISTAGG }

    public StringAggStyle stringAggStyle() {
        return StringAggStyle.LISTAGG;
    }

    /** How a NULL-safe comparison is written: "<=>", "IS", "DISTINCT" (IS [NOT] DISTINCT FROM) or "CASE". */
    public String nullSafeEqualsStyle() {
        return "CASE";
    }

    /** EXTRACT(WEEK) is the ISO 8601 week (PostgreSQL), not a week counted from the first Sunday (MySQL). */
    public boolean extractWeekIsIso() {
        return false;
    }

    /** EXTRACT(DOW) counts Sunday as 0 (PostgreSQL). */
    public boolean dayOfWeekFromZero() {
        return false;
    }

    /** Operands of UNION/EXCEPT may be parenthesized (SQLite: no). */
    public boolean parenthesizedSetOperands() {
        return true;
    }

    /** The schema an unqualified name lives in by default (dbo, public), or null. */
    public String defaultSchema() {
        return null;
    }

    /** Quotes a name in this dialect. */
    public String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    public boolean isReserved(String name) {
        return reserved.contains(name.toUpperCase(Locale.ROOT));
    }

    /** The form an unquoted name takes in this dialect's catalog. */
    public String fold(String name) {
        switch (identifierCase()) {
            case LOWER:
                return name.toLowerCase(Locale.ROOT);
            case UPPER:
                return name.toUpperCase(Locale.ROOT);
            default:
                return name;
        }
    }

    /**
     * True when a quoted name means the same as the unquoted one (so a target may fold it). Case-insensitive
     * dialects always say yes; PostgreSQL only for lower-case names, Oracle only for upper-case ones.
     */
    public boolean quotedMeansUnquoted(String name) {
        return identifierCase() == IdentifierCase.INSENSITIVE || fold(name).equals(name);
    }

    /** Whether table names are case-sensitive on this target (MySQL on Linux). */
    public boolean caseSensitiveTableNames() {
        return false;
    }

    // ---------------------------------------------------------------- capability flags

    /** TRUE and FALSE literals exist. */
    public final boolean hasBooleanLiterals() {
        return flag(Feature.BOOLEAN_TYPE, dialectHasBooleanLiterals());
    }

    /** The dialect's own answer to {@link #hasBooleanLiterals()}. */
    protected boolean dialectHasBooleanLiterals() {
        return true;
    }

    /** A predicate may appear where a value is expected (SELECT a > b) and yields 1/0 or a boolean. */
    public boolean predicatesAreValues() {
        return true;
    }

    /** Predicates used as values are numbers 1/0 (MySQL, SQLite) rather than booleans. */
    public boolean predicateValuesAreNumbers() {
        return false;
    }

    /** NULLs sort before non-NULL values in ascending order. */
    public boolean nullsSortLowByDefault() {
        return true;
    }

    /** {@code NULLS FIRST / NULLS LAST} are accepted. */
    public boolean supportsNullsOrdering() {
        return true;
    }

    /** A FROM clause is mandatory (Oracle: FROM DUAL). */
    public boolean requiresFrom() {
        return false;
    }

    /** Integer division of integers truncates (PostgreSQL, SQL Server, SQLite). */
    public boolean integerDivisionTruncates() {
        return true;
    }

    /** x / 0 yields NULL (MySQL, SQLite) rather than an error. */
    public boolean divisionByZeroIsNull() {
        return false;
    }

    /** {@code ||} is the logical OR (MySQL, MariaDB without PIPES_AS_CONCAT). */
    public boolean pipesAreOr() {
        return false;
    }

    /** {@code a || b} concatenates and yields NULL when either is NULL (PostgreSQL, SQLite, H2). */
    public boolean pipesPropagateNull() {
        return false;
    }

    /** {@code ||} treats NULL as an empty string (Oracle). */
    public boolean concatOperatorSkipsNull() {
        return false;
    }

    /** The empty string literal is NULL (Oracle). */
    public boolean emptyStringIsNull() {
        return false;
    }

    /** String {@code =} and {@code LIKE} ignore letter case under the default collation (MySQL, SQL Server). */
    public boolean caseInsensitiveStrings() {
        return false;
    }

    /**
     * A parameter (rendered {@code p}) compared with a date ({@code dateOnly}) or date-time column, when the target
     * must convert what the driver binds; null when the parameter is used as it is.
     */
    public String temporalParameter(String p, boolean dateOnly) {
        return null;
    }

    /**
     * An expression that stores {@code value} (rendered) in a session setting {@code name} and yields it, so that a
     * later statement can read it (MySQL's FOUND_ROWS()); null when the target has no session settings in SQL.
     */
    public String setSessionValue(String name, String value) {
        return null;
    }

    /** Reads the integer session setting {@code name} written by {@link #setSessionValue}; null without them. */
    public String sessionValue(String name) {
        return null;
    }

    /**
     * A statement creating the session-private table {@code name} with {@code columns} (DDL text) if it is missing,
     * for state kept between statements (FOUND_ROWS()) or across the parts of one emulation; null without one.
     */
    public String createSessionTable(String name, String columns) {
        return null;
    }

    /** {@code WITH x AS (DELETE ...) DELETE ...}: several changes in one statement, one snapshot (PostgreSQL). */
    public boolean dataModifyingCte() {
        return false;
    }

    /** One comparable value for the tuple of rendered {@code values} (COUNT(DISTINCT a, b)); null without one. */
    public String distinctTuple(java.util.List<String> values) {
        return null;
    }

    /** How subtotals of GROUP BY are written: ROLLUP(a, b) (the default), WITH_ROLLUP (MySQL) or UNION (none). */
    public String rollupStyle() {
        return "FUNCTION";
    }

    /** A built-in collation that compares strings ignoring letter case ({@code NOCASE} in SQLite), or null. */
    public String caseInsensitiveCollation() {
        return null;
    }

    /**
     * One value of a group for a column grouped case-insensitively (rendered text {@code col}): MySQL returns the
     * first row's spelling; the default takes the smallest.
     */
    public String groupRepresentative(String col) {
        return "MIN(" + col + ")";
    }

    /**
     * MIN/MAX of {@code arg} (rendered text) under a case-insensitive order, returning a value as stored; null when
     * the target has no way to write it. Used for sources whose default collation ignores case.
     */
    public String caseInsensitiveExtreme(String arg, boolean max) {
        String c = caseInsensitiveCollation();
        return c == null ? null : (max ? "MAX(" : "MIN(") + arg + " COLLATE " + c + ")";
    }

    /**
     * A GROUP BY without ORDER BY returns the groups sorted by the grouping keys (MariaDB, MySQL 5; SQLite computes
     * the groups in key order). Legacy code reads the rows in that order, so a target that does not sort gets an
     * explicit ORDER BY.
     */
    public boolean groupBySorts() {
        return false;
    }

    /** {@code LIKE} ignores the case of ASCII letters (SQLite). */
    public boolean caseInsensitiveLike() {
        return caseInsensitiveStrings();
    }

    /**
     * MySQL's reading of text {@code x} (rendered) as a number: its leading numeric part, 0 when there is none,
     * NULL for NULL; null when the target has no way to write it (a plain CAST is used then).
     */
    public String lenientNumber(String x) {
        return null;
    }

    /** A text compared with a number compares as a number, the text read leniently (MySQL). */
    public boolean textComparesAsNumber() {
        return false;
    }

    /** Arithmetic on strings converts them to numbers (MySQL, SQLite). */
    public boolean implicitStringToNumber() {
        return false;
    }

    /** {@code + } concatenates strings (SQL Server). */
    public boolean plusConcatenatesStrings() {
        return false;
    }

    /** {@code WITH RECURSIVE} keyword is written (Oracle and SQL Server omit it). */
    public boolean writesRecursiveKeyword() {
        return true;
    }

    /** {@code EXCEPT} exists (else MINUS). */
    public String exceptKeyword() {
        return "EXCEPT";
    }

    /** {@code INSERT/UPDATE/DELETE ... RETURNING} exists. */
    public final boolean supportsReturning() {
        return flag(Feature.RETURNING, dialectSupportsReturning());
    }

    /** The dialect's own answer to {@link #supportsReturning()}. */
    protected boolean dialectSupportsReturning() {
        return true;
    }

    /** {@code UPDATE ... RETURNING} exists (MariaDB has RETURNING on INSERT and DELETE only). */
    public final boolean supportsUpdateReturning() {
        // a profile denying RETURNING denies it for UPDATE too, unless it says otherwise for UPDATE
        return flag(Feature.UPDATE_RETURNING, !denied(Feature.RETURNING) && dialectSupportsUpdateReturning());
    }

    /** The dialect's own answer to {@link #supportsUpdateReturning()}. */
    protected boolean dialectSupportsUpdateReturning() {
        return dialectSupportsReturning();
    }

    /** Window functions ({@code OVER (...)}) exist; a target profile may deny them. */
    public final boolean supportsWindowFunctions() {
        return flag(Feature.WINDOW_FUNCTIONS, true);
    }

    /** {@code WITH} queries exist; a target profile may deny them. */
    public final boolean supportsCte() {
        return flag(Feature.CTE, true);
    }

    /** Recursive {@code WITH} queries exist; a target profile may deny them (denying CTEs denies them too). */
    public final boolean supportsRecursiveCte() {
        return supportsCte() && flag(Feature.RECURSIVE_CTE, true);
    }

    /** {@code NOWAIT} / {@code SKIP LOCKED} (or the table hint's equivalents) exist where row locks do. */
    public final boolean supportsSkipLocked() {
        return flag(Feature.SKIP_LOCKED, true);
    }

    /** A single-statement upsert exists in the form {@link #upsertStyle()} names. */
    public final boolean supportsUpsert() {
        return flag(Feature.UPSERT, true);
    }

    /**
     * Paging for a server without {@code OFFSET/FETCH} (SQL Server before 2012, Oracle before 12c), used when a
     * target profile denies it. The base writes the dialect's normal form: LIMIT dialects do not depend on it.
     */
    protected void applyLegacyPaging(Select select, Paging p, RenderContext ctx) {
        dialectApplyPaging(select, p, ctx);
    }

    /** {@code UPDATE ... LIMIT} / {@code DELETE ... LIMIT} exist. */
    public boolean supportsDmlLimit() {
        return false;
    }

    /** {@code ILIKE} exists. */
    public boolean supportsIlike() {
        return false;
    }

    /** DECIMAL / NUMERIC without precision keeps every digit and the scale (PostgreSQL, SQLite). */
    public boolean unboundedDecimal() {
        return false;
    }

    /** CAST type for an unbounded exact number where a bare DECIMAL means DECIMAL(10, 0) (MySQL), or null. */
    public String unboundedDecimalCastType() {
        return null;
    }

    /**
     * CAST of text to an integer or a number reads the numeric prefix of the text and never fails
     * ({@code CAST('42abc' AS INTEGER)} is 42, {@code CAST('abc' AS INTEGER)} is 0: SQLite).
     */
    public boolean lenientTextCasts() {
        return false;
    }

    /** Type name for an exact-numeric CAST (used to force decimal division). */
    public String exactNumericCastType() {
        return "NUMERIC";
    }

    /** Template for integer division truncating toward zero (MySQL {@code DIV}); {0} and {1} are the operands. */
    public String integerDivisionTemplate() {
        return "TRUNC({0} / {1})";
    }

    /** Template for truncating division of two integers on a target whose {@code /} is exact. */
    public String truncatingDivisionTemplate() {
        return integerDivisionTemplate();
    }

    /** Modulo is written {@code MOD(a, b)} (Oracle) rather than {@code a % b}. */
    public boolean moduloIsFunction() {
        return false;
    }

    /** A hidden column naming a row uniquely (PostgreSQL ctid, SQLite rowid, Oracle ROWID), or null. */
    public String rowIdentifier() {
        return null;
    }

    /** How to begin a transaction, or null when statements start one implicitly. */
    public String beginTransaction() {
        return "BEGIN";
    }

    /** Catalog query listing the tables (one column), for MySQL's SHOW TABLES. */
    public String showTablesQuery() {
        return "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                + " AND table_type = 'BASE TABLE' ORDER BY table_name";
    }

    /**
     * {@link #showTablesQuery()} narrowed to the names matching a LIKE pattern (MySQL {@code SHOW TABLES LIKE p}):
     * the name column of the query is filtered before its ORDER BY.
     */
    public String showTablesQuery(String likePattern) {
        String q = showTablesQuery();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?is)^SELECT\\s+(\\w+)\\s+FROM\\s.*?(\\s+ORDER BY .*)?$")
                .matcher(q);
        if (!m.matches()) {
            return q;
        }
        int end = m.group(2) == null ? q.length() : m.start(2);
        String filter = (q.substring(0, end).toUpperCase(Locale.ROOT).contains(" WHERE ") ? " AND " : " WHERE ")
                + "LOWER(" + m.group(1) + ") LIKE LOWER(" + likePattern + ")";
        return q.substring(0, end) + filter + q.substring(end);
    }

    /** Query listing the current schema's tables in one column named table_name. */
    public String tablesCatalogQuery() {
        return "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                + " AND table_type = 'BASE TABLE'";
    }

    /**
     * Catalog query describing a table's columns like MySQL's SHOW COLUMNS (Field, Type, Null, Key, Default,
     * Extra); {@code table} is already a quoted string literal.
     */
    public String showColumnsQuery(String tableLiteral) {
        return null;
    }

    /**
     * Column type and attributes of an auto-increment column of canonical type {@code canonical};
     * {@code primaryKey} when it is the table's single-column key. The base writes an SQL-standard identity.
     */
    public String autoIncrementColumn(String canonical, boolean primaryKey) {
        String type = writeType(canonical == null ? Types.INTEGER : canonical);
        return (type == null ? "INTEGER" : type.replace("(%s)", "")) + " GENERATED BY DEFAULT AS IDENTITY";
    }

    /** DEFAULT for "now". */
    public String currentTimestampDefault() {
        return "CURRENT_TIMESTAMP";
    }

    /** {@code CREATE TABLE IF NOT EXISTS} exists. */
    public boolean supportsIfNotExists() {
        return true;
    }

    /** Wraps a CREATE TABLE so it runs only when the table is missing (for targets without IF NOT EXISTS). */
    public String ifTableMissing(String table, String createTable) {
        return createTable;
    }

    /** The ALTER TABLE clause changing column {@code c} to {@code type}, or null when impossible (SQLite). */
    public String modifyColumn(String c, String type, boolean notNull) {
        return "ALTER COLUMN " + c + " TYPE " + type + (notNull ? ", ALTER COLUMN " + c + " SET NOT NULL" : "");
    }

    /** Keyword(s) of ALTER TABLE ... ADD for a column ({@code ADD} in T-SQL and Oracle). */
    public String addColumnKeyword() {
        return "ADD COLUMN";
    }

    /**
     * The statement setting the isolation level (READ UNCOMMITTED, READ COMMITTED, REPEATABLE READ, SNAPSHOT,
     * SERIALIZABLE) of the next transaction, or of the session when {@code session}; null when the target's
     * transactions are always at least that strict, so nothing needs to be run.
     */
    public String isolationStatement(String level, boolean session) {
        String l = level.equals("SNAPSHOT") ? "REPEATABLE READ" : level;
        return (session ? "SET SESSION TRANSACTION" : "SET TRANSACTION") + " ISOLATION LEVEL " + l;
    }

    /** Sequences exist ({@code CREATE SEQUENCE}, next and current value); a target profile may deny them. */
    public final boolean supportsSequences() {
        return flag(Feature.SEQUENCES, dialectSupportsSequences());
    }

    /** The dialect's own answer to {@link #supportsSequences()}. */
    protected boolean dialectSupportsSequences() {
        return true;
    }

    /** Table emulating sequences on a target without them (one row per sequence), or null for none. */
    public String sequenceTable() {
        return null;
    }

    /** The next value of sequence {@code name} (standard {@code NEXT VALUE FOR}), or null when there is none. */
    public String sequenceNext(String name) {
        return "NEXT VALUE FOR " + name;
    }

    /** The value the session last took from sequence {@code name}, or null when the dialect cannot say. */
    public String sequenceCurrent(String name) {
        return null;
    }

    /** {@code IF [NOT] EXISTS} is accepted on CREATE / DROP SEQUENCE. */
    public boolean sequenceIfExists() {
        return true;
    }

    /** The keyword for a sequence that does not wrap around. */
    public String noCycleKeyword() {
        return "NO CYCLE";
    }

    /**
     * A statement with no effect, standing in for a session setting the target has no use for (character set,
     * autocommit, row-count messages): the caller's execute() still gets a statement to run.
     */
    public String noOpStatement() {
        return "SELECT 1 WHERE 1 = 0";
    }

    /** TRUNCATE restarts the table's identity / auto-increment counter (MySQL, SQL Server; not PostgreSQL, Oracle). */
    public boolean truncateRestartsIdentity() {
        return false;
    }

    /** What follows TRUNCATE TABLE t to restart its identity counter, or null when the target cannot say it there. */
    public String truncateRestartIdentity() {
        return null;
    }

    /** Statement restarting the identity counter of {@code table} after its rows were deleted, or null when none is needed. */
    public String identityReset(String table) {
        return null;
    }

    /** {@code ALTER TABLE ... ADD CONSTRAINT} exists (not in SQLite). */
    public boolean supportsAlterConstraints() {
        return true;
    }

    /** {@code ALTER TABLE ... ADD COLUMN IF NOT EXISTS} exists (PostgreSQL, MariaDB). */
    public boolean supportsAddColumnIfNotExists() {
        return false;
    }

    /** A column declared {@code INTEGER PRIMARY KEY} is numbered automatically (SQLite's rowid alias). */
    public boolean integerPrimaryKeyIsRowId() {
        return false;
    }

    /** What follows DROP TABLE t to drop what depends on t (views, foreign keys), or "" when nothing can. */
    public String dropTableCascade() {
        return "";
    }

    /** {@code DROP TABLE IF EXISTS} exists. */
    public boolean supportsDropIfExists() {
        return true;
    }

    /** {@code TRUNCATE ... CASCADE} exists. */
    public boolean truncateCascades() {
        return false;
    }

    /** MySQL's {@code RENAME TABLE a TO b} is understood. */
    public boolean hasRenameTableStatement() {
        return false;
    }

    /** The statement renaming table {@code from} to {@code to}. */
    public String renameTable(String from, String to) {
        return "ALTER TABLE " + from + " RENAME TO " + to;
    }

    /** {@code CREATE [NON]CLUSTERED INDEX} is understood. */
    public boolean hasClusteredIndexes() {
        return false;
    }

    /** DROP INDEX needs {@code ON table} (MySQL, T-SQL): index names are per table. */
    public boolean dropIndexNamesTable() {
        return false;
    }

    /** DROP INDEX without a known table can be run by looking the table up and preparing the statement (MariaDB). */
    public boolean dynamicDropIndex() {
        return false;
    }

    /** {@code CREATE INDEX ... WHERE} (partial / filtered indexes). */
    public boolean supportsPartialIndexes() {
        return true;
    }

    /** Indexes on expressions ({@code ON t (lower(e))}). */
    public boolean supportsExpressionIndexes() {
        return true;
    }

    /** {@code ADD COLUMN ... AFTER c | FIRST}. */
    public boolean supportsColumnPositions() {
        return false;
    }

    /** {@code COMMENT ON TABLE | COLUMN ... IS '...'}. */
    public boolean supportsCommentOn() {
        return false;
    }

    /** {@code ALTER TABLE t COMMENT = '...'}. */
    public boolean supportsTableCommentOption() {
        return false;
    }

    /** {@code TRUNCATE TABLE} exists. */
    public boolean supportsTruncate() {
        return true;
    }

    /** How an insert-or-update is written. */
    public enum UpsertStyle { ON_DUPLICATE_KEY, ON_CONFLICT, MERGE }

    public UpsertStyle upsertStyle() {
        return UpsertStyle.MERGE;
    }

    /** Native delete-then-insert statement ({@code REPLACE INTO}), or null to emulate with an upsert. */
    public String replaceInto() {
        return null;
    }

    /**
     * How an upsert whose row can collide on several keys is written on an ON CONFLICT target: MULTIPLE_CLAUSES
     * (one ON CONFLICT clause per key, SQLite 3.35), MERGE (PostgreSQL 15) or null (only the first key).
     */
    public String severalConflictKeys() {
        return null;
    }

    /** Text that must end a MERGE statement (T-SQL requires {@code ;}). */
    public String mergeTerminator() {
        return "";
    }

    /**
     * Clause that ends a SELECT taking row locks ({@code FOR UPDATE}, {@code FOR SHARE}), or null when this dialect
     * writes no such clause (see {@link #rowLockHint}). A dialect without shared row locks returns its exclusive
     * clause for {@code shared}: a stronger lock keeps the guarantee (the rows stay unchanged until commit).
     */
    public final String rowLockClause(boolean shared) {
        return denied(Feature.ROW_LOCKING) ? null : dialectRowLockClause(shared);
    }

    /** The dialect's own {@link #rowLockClause(boolean)}. */
    protected String dialectRowLockClause(boolean shared) {
        return shared ? "FOR SHARE" : "FOR UPDATE";
    }

    /** What {@code FOR UPDATE OF} lists. */
    public enum LockOf { TABLES, COLUMNS, NONE }

    /** What this dialect's {@code FOR UPDATE OF} names (tables in PostgreSQL, columns in Oracle), or NONE. */
    public LockOf rowLockOf() {
        return LockOf.TABLES;
    }

    /** Table hint taking the row locks instead of a clause (T-SQL {@code WITH (UPDLOCK, ROWLOCK)}), or null. */
    public final String rowLockHint(boolean shared) {
        return denied(Feature.ROW_LOCKING) ? null : dialectRowLockHint(shared);
    }

    /** The dialect's own {@link #rowLockHint(boolean)}. */
    protected String dialectRowLockHint(boolean shared) {
        return null;
    }

    /**
     * Opening of a statement creating or replacing a view ({@code CREATE OR REPLACE VIEW}, T-SQL
     * {@code CREATE OR ALTER VIEW}), or null to drop the view if it exists and create it (SQLite).
     */
    public String createOrReplaceView() {
        return "CREATE OR REPLACE VIEW";
    }

    /** {@code CREATE VIEW IF NOT EXISTS} is accepted (SQLite, MariaDB). */
    public boolean viewIfNotExists() {
        return false;
    }

    /** How a row of nothing but defaults is inserted. */
    public enum DefaultRowStyle {
        /** {@code INSERT INTO t DEFAULT VALUES} (standard). */
        DEFAULT_VALUES,
        /** {@code INSERT INTO t () VALUES ()} (MySQL). */
        EMPTY_LISTS,
        /** {@code INSERT INTO t (c) VALUES (DEFAULT)}, naming one column (Oracle; needs the table's columns). */
        DEFAULT_KEYWORD
    }

    public DefaultRowStyle defaultRowStyle() {
        return DefaultRowStyle.DEFAULT_VALUES;
    }

    /** Source of a MERGE row: {@code " FROM DUAL"} where a FROM clause is mandatory. */
    public String fromDual() {
        return requiresFrom() ? " FROM DUAL" : "";
    }

    /** How regular-expression matching is written. */
    public enum RegexStyle { TILDE, REGEXP_OPERATOR, REGEXP_LIKE, NONE }

    public RegexStyle regexStyle() {
        return RegexStyle.REGEXP_LIKE;
    }

    /** Rendering of a boolean literal. */
    public final String booleanLiteral(boolean value) {
        return denied(Feature.BOOLEAN_TYPE) ? (value ? "1" : "0") : dialectBooleanLiteral(value);
    }

    /** The dialect's own {@link #booleanLiteral(boolean)}. */
    protected String dialectBooleanLiteral(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    /** A date/time literal ({@code kind} is DATE, TIME or TIMESTAMP, {@code value} its text). */
    public String temporalLiteral(String kind, String value) {
        return kind + " '" + value + "'";
    }

    /** How a string literal's content is escaped: doubling quotes always; backslashes too where they escape. */
    public String stringLiteral(String value) {
        String v = value.replace("'", "''");
        if (backslashEscapes()) {
            v = v.replace("\\", "\\\\");
        }
        return "'" + v + "'";
    }

    // ---------------------------------------------------------------- tables

    /** Reads a source function call into canonical form, or null to keep it as written. */
    public Call readFunction(String name, List<Expression> args) {
        FunctionReader r = readers.get(name.toUpperCase(Locale.ROOT));
        return r == null ? null : r.read(name, args);
    }

    public FunctionWriter writer(String canonical) {
        return writers.get(canonical);
    }

    /** Canonical call meant by a bare word (SYSDATE, CURRENT_DATE), or null. */
    public String niladic(String word) {
        return niladic.get(word.toUpperCase(Locale.ROOT));
    }

    /** Canonical type of a source type name (upper case, no arguments), or null when unknown. */
    public String readType(String name) {
        return typeReads.get(name.toUpperCase(Locale.ROOT));
    }

    /** Target spelling of a canonical type, or null when it has none of its own (with the profile's renames). */
    public final String writeType(String canonical) {
        return profile == null ? typeNames.get(canonical) : renamed(canonical, typeNames.get(retyped(canonical)));
    }

    /** Target spelling of a canonical type inside CAST (MySQL differs: SIGNED, CHAR), with the profile's renames. */
    public final String writeCastType(String canonical) {
        return profile == null ? dialectWriteCastType(canonical)
                : renamed(canonical, dialectWriteCastType(retyped(canonical)));
    }

    /** The dialect's own spelling of a canonical type inside CAST; the base spells it as in a column. */
    protected String dialectWriteCastType(String canonical) {
        return typeNames.get(canonical);
    }

    /** The canonical type written instead of one the profile denies (BOOLEAN without a boolean type, JSON without JSON). */
    private String retyped(String canonical) {
        if (Types.BOOLEAN.equals(canonical) && denied(Feature.BOOLEAN_TYPE)
                && !profile.typeRenames().containsKey(Types.BOOLEAN)) {
            return Types.SMALLINT;
        }
        if (Types.JSON.equals(canonical) && denied(Feature.JSON) && !profile.typeRenames().containsKey(Types.JSON)) {
            return Types.TEXT;
        }
        return canonical;
    }

    /**
     * {@code written} with the profile's type renames applied to its name; the canonical name is tried too, so that
     * a rename of {@code BOOLEAN} applies on a dialect that spells it {@code BIT}. Arguments ({@code (%s)}) are
     * kept when the replacement has none of its own.
     */
    private String renamed(String canonical, String written) {
        Map<String, String> renames = profile.typeRenames();
        if (renames.isEmpty()) {
            return written;
        }
        String name = written;
        String args = "";
        if (name != null) {
            int paren = name.indexOf('(');
            if (paren > 0) {
                args = name.substring(paren);
                name = name.substring(0, paren).trim();
            }
        }
        String to = name == null ? null : renames.get(name.toUpperCase(Locale.ROOT));
        if (to == null && canonical != null) {
            to = renames.get(canonical.toUpperCase(Locale.ROOT));
        }
        if (to == null) {
            return written;
        }
        return to.indexOf('(') >= 0 ? to : to + args;
    }

    /** Argument written for a canonical type given without one (Oracle VARCHAR2 needs a length), or null. */
    /** LIKE patterns may hold character classes {@code [a-c]} / {@code [^0-9]} (T-SQL). */
    public boolean likeHasCharacterClasses() {
        return false;
    }

    /** A LIKE pattern with character classes as the regular expression that finds the same strings. */
    public static String likeClassesAsRegex(String like) {
        return PatIndex.regex(like).replace("''", "'");
    }

    /** A query standing for {@code INFORMATION_SCHEMA.<view>} (TABLES, COLUMNS) of the current database; null: as is. */
    public String informationSchemaView(String view) {
        return null;
    }

    /** DECIMAL / NUMBER written without precision holds any number exactly (Oracle, PostgreSQL), not DECIMAL(10,0). */
    public boolean unconstrainedDecimalIsArbitrary() {
        return false;
    }

    /** The column type for such an arbitrary-precision number where this dialect's bare DECIMAL rounds; null: none needed. */
    public String arbitraryDecimalType() {
        return null;
    }

    public String defaultTypeArgument(String canonical) {
        return null;
    }

    /** Source function names this dialect reads, with the canonical call each means (for the documentation). */
    public java.util.SortedSet<String> readFunctionNames() {
        return new java.util.TreeSet<>(readers.keySet());
    }

    /** Every canonical function this dialect writes (for the generated documentation). */
    public Set<String> writtenFunctions() {
        return writers.keySet();
    }

    // ---------------------------------------------------------------- hooks

    /**
     * Puts {@code p} on {@code select} in this dialect's form. The base writes {@code LIMIT n OFFSET m}; an offset
     * without limit is written as {@link #offsetOnlyLimit()} permits. A profile denying OFFSET/FETCH gets
     * {@link #applyLegacyPaging}.
     */
    public final void applyPaging(Select select, Paging p, RenderContext ctx) {
        if (denied(Feature.OFFSET_FETCH)) {
            applyLegacyPaging(select, p, ctx);
        } else {
            dialectApplyPaging(select, p, ctx);
        }
    }

    /** The dialect's own {@link #applyPaging}. */
    protected void dialectApplyPaging(Select select, Paging p, RenderContext ctx) {
        if (p.rowCount() != null) {
            Limit l = new Limit();
            l.setRowCount(p.rowCount());
            select.setLimit(l);
        } else if (p.offset() != null && offsetOnlyLimit() != null) {
            Limit l = new Limit();
            l.setRowCount(offsetOnlyLimit());
            select.setLimit(l);
        }
        if (p.offset() != null) {
            Offset o = new Offset();
            o.setOffset(p.offset());
            select.setOffset(o);
        }
    }

    /** LIMIT value meaning "all rows" when only an offset is given, or null when OFFSET may stand alone. */
    protected Expression offsetOnlyLimit() {
        return null;
    }

    /** Helper for dialects with {@code OFFSET m ROWS FETCH NEXT n ROWS ONLY}. */
    protected static void applyOffsetFetch(Select select, Paging p) {
        if (p.offset() != null) {
            Offset o = new Offset();
            o.setOffset(p.offset());
            o.setOffsetParam("ROWS");
            select.setOffset(o);
        }
        if (p.rowCount() != null) {
            Fetch f = new Fetch();
            f.setExpression(p.rowCount());
            f.setFetchParamFirst(p.offset() == null);
            f.addFetchParameter("ROWS");
            f.addFetchParameter("ONLY");
            select.setFetch(f);
        }
    }

    protected static LongValue number(long n) {
        return new LongValue(n);
    }

    /** True when this target needs paging on a plain select moved into TOP (SQL Server without OFFSET). */
    public boolean pagingNeedsOrderBy() {
        return false;
    }

    /** Rendering of a query without FROM: the base leaves it alone; Oracle adds FROM DUAL. */
    public void fromlessSelect(PlainSelect select) {
    }

    @Override
    public String toString() {
        return profile != null ? profile.toString() : dialect.id();
    }
}
