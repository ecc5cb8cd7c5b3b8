package com.rhosocial.activerecord.dialect.internal.spec;

import static com.rhosocial.activerecord.dialect.internal.spec.FunctionReader.as;
import static com.rhosocial.activerecord.dialect.internal.spec.FunctionReader.reorder;
import static com.rhosocial.activerecord.dialect.internal.spec.FunctionWriter.rename;
import static com.rhosocial.activerecord.dialect.internal.spec.FunctionWriter.template;

import com.rhosocial.activerecord.dialect.Dialect;
import java.util.Set;

/**
 * PostgreSQL 15: double-quote quoting with lower-case folding, {@code LIMIT/OFFSET}, {@code ||} propagating NULL
 * while {@code CONCAT} skips NULLs, integer division on integers, {@code NULLS LAST} by default on ascending order,
 * real booleans, {@code ILIKE} and {@code ~}.
 */
public class PostgresSpec extends DialectSpec {

    public PostgresSpec() {
        super(Dialect.POSTGRESQL);
        reserved.addAll(Set.of("ANALYSE", "ANALYZE", "ARRAY", "ASYMMETRIC", "BOTH", "CAST", "COLLATE", "DEFERRABLE",
                "DO", "INITIALLY", "LATERAL", "LEADING", "LOCALTIME", "LOCALTIMESTAMP", "ONLY", "PLACING",
                "RETURNING", "SESSION_USER", "SOME", "SYMMETRIC", "TRAILING", "VARIADIC", "VERBOSE", "FREEZE",
                "ILIKE", "ISNULL", "NOTNULL", "SIMILAR", "TABLESAMPLE", "OVERLAPS", "CURRENT_ROLE"));

        readers.put("STRPOS", as("INSTR"));
        PostgresStrings.read(readers);
        writers.put(PostgresStrings.REGEXP_GROUP, template("SUBSTRING({0} FROM {1})"));
        writers.put("MD5", rename("MD5"));
        readers.put("SPLIT_PART", FunctionReader.arity(3, as("SPLIT_PART")));
        readers.put("MAKE_DATE", FunctionReader.arity(3, as("MAKE_DATE")));
        JsonFunctions.readPostgres(readers);
        readers.put("MAKE_TIMESTAMP", FunctionReader.arity(6, as("MAKE_TIMESTAMP")));
        writers.put("SPLIT_PART", rename("SPLIT_PART"));
        // Oracle MEDIAN(x): the continuous 50th percentile, which is what MEDIAN interpolates
        writers.put("MEDIAN", template("PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY {0})"));
        writers.put("JSON_TEXT", (c, o) -> o.text("(CAST(").expr(c.arg(0)).text(" AS JSONB) #>> '{"
                + String.join(",", Json.pathKeys(((net.sf.jsqlparser.expression.StringValue) c.arg(1)).getValue()))
                + "}')"));
        readers.put("REGEXP_REPLACE", RegexpReplace::readPostgres);
        PatIndex.postgres(writers);
        IsNumeric.postgres(writers);
        NumberFormats.postgres(writers);
        Regexps.writePostgres(writers);
        RegexpReplace.writePostgres(writers);
        // MySQL FIND_IN_SET: 1-based index in a comma list, 0 when absent, NULL for NULL; case-insensitive there.
        writers.put("FIND_IN_SET", template("CASE WHEN {0} IS NULL OR {1} IS NULL THEN NULL ELSE COALESCE(ARRAY_POSITION("
                + "STRING_TO_ARRAY(LOWER({1}), ','), LOWER(CAST({0} AS TEXT))), 0) END"));
        readers.put("BOOL_OR", as("BOOL_OR"));
        readers.put("BOOL_AND", as("BOOL_AND"));
        readers.put("EVERY", as("BOOL_AND"));
        writers.put("BOOL_OR", rename("BOOL_OR"));
        writers.put("BOOL_AND", rename("BOOL_AND"));
        readers.put("POSITION", FunctionReader.arity(2, reorder("INSTR", 1, 0)));
        readers.put("RANDOM", as("RANDOM"));
        readers.put("GEN_RANDOM_UUID", as("UUID"));
        readers.put("UUID_GENERATE_V4", as("UUID"));
        readers.put("LOG", FunctionReader.arity(1, as("LOG10")));
        readers.put("TRUNC", as("TRUNC_NUM"));
        readers.put("GREATEST", as("GREATEST_SKIP"));
        readers.put("LEAST", as("LEAST_SKIP"));
        readers.put("LASTVAL", as("LAST_INSERT_ID"));
        readers.put("CHR", as("CHR"));
        readers.put("CURRENT_DATE", as("CURRENT_DATE"));
        readers.put("CLOCK_TIMESTAMP", as("NOW"));
        readers.put("STATEMENT_TIMESTAMP", as("NOW"));
        readers.put("TRANSACTION_TIMESTAMP", as("NOW"));
        readers.put("LOCALTIMESTAMP", as("NOW"));

        writers.put("CONCAT_SKIP", rename("CONCAT"));
        writers.put("CONCAT_NULL", ConcatWriters.pipes("TEXT"));
        writers.put("INSTR", rename("STRPOS"));
        writers.put("UUID", template("GEN_RANDOM_UUID()"));
        writers.put("NOW", template("LOCALTIMESTAMP"));
        writers.put("UTC_NOW", template("(NOW() AT TIME ZONE 'UTC')"));
        writers.put("TRUNC_NUM", rename("TRUNC"));
        writers.put("LAST_INSERT_ID", template("LASTVAL()"));
        writers.put("GREATEST_NULL", NullSafe.greatestNull("GREATEST"));
        writers.put("LEAST_NULL", NullSafe.greatestNull("LEAST"));
        writers.put("IF", template("CASE WHEN {0} THEN {1} ELSE {2} END"));

        readers.put("DATE_PART", DateReaders.datePartPg());
        // age() is an interval (years, months, days): only its YEAR / MONTH fields have a portable meaning
        readers.put("AGE", (n, a) -> a.size() == 1 || a.size() == 2 ? new Call("AGE", a) : null);
        writers.put("AGE", rename("AGE"));
        readers.put("DATE_TRUNC", DateReaders.dateTruncPg());
        readers.put("TO_CHAR", (n, a) -> a.size() == 1 ? new Call("TO_TEXT", a)
                : NumberFormats.read(a) != null ? NumberFormats.read(a)
                : DateReaders.format("FORMAT_DATE", 0, 1, FormatTokens.TO_CHAR, '"').read(n, a));
        readers.put("TO_DATE", DateReaders.format("PARSE_DATE", 0, 1, FormatTokens.TO_CHAR, '"'));
        readers.put("TO_TIMESTAMP", DateReaders.format("PARSE_DATE", 0, 1, FormatTokens.TO_CHAR, '"'));
        DateWriters.postgres(writers);
        // DATE_TRUNC of an untyped literal or parameter is ambiguous (date, timestamp, timestamptz): read it as a timestamp
        writers.put("LAST_DAY", (c, o) -> o.text("CAST(DATE_TRUNC('month', ").text(c.arg(0) instanceof net.sf.jsqlparser.expression.StringValue
                || c.arg(0) instanceof net.sf.jsqlparser.expression.JdbcParameter ? "CAST(" + o.capture(c.arg(0)) + " AS TIMESTAMP)"
                : o.capture(c.arg(0))).text(") + INTERVAL '1 month - 1 day' AS DATE)"));
        writers.put("TO_TEXT", template("CAST({0} AS TEXT)"));
        // PostgreSQL's Julian date starts at local midnight, SQLite's julianday at noon: 0.5 apart.
        writers.put("JULIANDAY", template("(EXTRACT(JULIAN FROM CAST({0} AS TIMESTAMP)) - 0.5)"));
        writers.put("SUBSTRING_INDEX", SubstringIndex::postgres);
        writers.put("NUM_TEXT", template("CAST(TRIM_SCALE(CAST({0} AS NUMERIC)) AS TEXT)"));
        writers.put("TO_NUMBER", template("CAST({0} AS NUMERIC)"));

        writers.put("LPAD", FunctionWriter.byArity(null, null, template("LPAD(CAST({0} AS TEXT), {1})"),
                template("LPAD(CAST({0} AS TEXT), {1}, {2})")));
        writers.put("RPAD", FunctionWriter.byArity(null, null, template("RPAD(CAST({0} AS TEXT), {1})"),
                template("RPAD(CAST({0} AS TEXT), {1}, {2})")));
        writers.put("ROUND", FunctionWriter.byArity(null, template("ROUND({0})"),
                template("ROUND(CAST({0} AS NUMERIC), {1})")));
        // MySQL FORMAT(x, d): to_char rounds numeric half away from zero; FM drops the padding blanks
        writers.put("FORMAT_GROUPED", (c, o) -> {
            int d = Integer.parseInt(c.unit());
            o.text("TO_CHAR(CAST(").expr(c.arg(0)).text(" AS NUMERIC), 'FM999,999,999,999,999,999,990"
                    + (d > 0 ? "." + "0".repeat(d) : "") + "')");
        });
        writers.put("ROUND_AWAY", FunctionWriter.byArity(null, template("ROUND(CAST({0} AS NUMERIC))"),
                template("ROUND(CAST({0} AS NUMERIC), {1})")));
        writers.put("TRUNC_NUM", FunctionWriter.byArity(null, template("TRUNC({0})"),
                template("TRUNC(CAST({0} AS NUMERIC), {1})")));
        FunctionWriter substr = Substrings.negativeStart("SUBSTR", "LENGTH");
        // substr(date_col, 1, 7): MySQL and SQLite apps cut dates as text; PostgreSQL's substr takes text only
        writers.put("SUBSTR", (c, o) -> {
            if (c.arity() >= 1 && c.arg(0) instanceof net.sf.jsqlparser.schema.Column col && o.ctx().column(
                    col.getTable() == null ? null : col.getTable().getName(), col.getColumnName())
                    .filter(i -> i.jdbcType() == java.sql.Types.DATE || i.jdbcType() == java.sql.Types.TIMESTAMP
                            || i.jdbcType() == java.sql.Types.TIME).isPresent()) {
                net.sf.jsqlparser.expression.CastExpression cast = new net.sf.jsqlparser.expression.CastExpression();
                cast.setLeftExpression(col);
                cast.setColDataType(new net.sf.jsqlparser.statement.create.table.ColDataType("TEXT"));
                java.util.List<net.sf.jsqlparser.expression.Expression> args = new java.util.ArrayList<>(c.args());
                args.set(0, cast);
                substr.write(new Call("SUBSTR", args, c.unit()), o);
                return;
            }
            substr.write(c, o);
        });
        writers.put("LENGTH", template("LENGTH(CAST({0} AS TEXT))"));
        writers.put("REPEAT", template("REPEAT(CAST({0} AS TEXT), {1})"));
        writers.put("MOD", template("MOD({0}, {1})"));

        writers.put("DOW0", template("CAST(EXTRACT(DOW FROM CAST({0} AS TIMESTAMP)) AS INTEGER)"));
        writers.put("TIME_TEXT", template("TO_CHAR(CAST({0} AS TIMESTAMP), 'HH24:MI:SS')"));
        // SQLite's lenient CAST of text: the numeric prefix, 0 when there is none, NULL for NULL.
        writers.put("TEXT_TO_INTEGER", template("CAST(CASE WHEN {0} IS NULL THEN NULL ELSE COALESCE(SUBSTRING(CAST({0} AS TEXT)"
                + " FROM '^\\s*[-+]?[0-9]+'), '0') END AS BIGINT)"));
        writers.put("TEXT_TO_NUMBER", template("CAST(CASE WHEN {0} IS NULL THEN NULL ELSE COALESCE(SUBSTRING(CAST({0} AS TEXT)"
                + " FROM '^\\s*[-+]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?'), '0') END AS NUMERIC)"));
        writers.put("FIXED_TEXT", template("CAST(ROUND(CAST({0} AS NUMERIC), {1}) AS TEXT)"));
        writers.put("HEX_TEXT", template("UPPER(ENCODE(CONVERT_TO(CAST({0} AS TEXT), 'UTF8'), 'hex'))"));
        // MySQL YYYYMM periods as month counts (year * 12 + month); integer / and % of whole periods
        writers.put("PERIOD_DIFF", template("(({0}) / 100 * 12 + ({0}) % 100 - (({1}) / 100 * 12 + ({1}) % 100))"));
        writers.put("PERIOD_ADD", template("(((({0}) / 100 * 12 + ({0}) % 100 - 1 + ({1})) / 12) * 100"
                + " + (({0}) / 100 * 12 + ({0}) % 100 - 1 + ({1})) % 12 + 1)"));
        writers.put("UNHEX", template("DECODE({0}, 'hex')"));
        writers.put("SEC_TO_TIME", template("CAST(MAKE_INTERVAL(secs => {0}) AS TIME)"));

        readers.put("DIV", as("INTDIV"));
        writers.put("CBRT", rename("CBRT"));

        writers.put("CHR", (c, o) -> {
            for (int i = 0; i < c.arity(); i++) {
                o.text(i > 0 ? " || CHR(" : "CHR(").expr(c.arg(i)).text(")");
            }
        });

        typeNames.put(Types.BLOB, "BYTEA");
        typeNames.put(Types.BINARY, "BYTEA");
        typeNames.put(Types.UUID, "UUID");
        typeNames.put(Types.JSON, "JSONB");
        typeNames.put(Types.TIMESTAMPTZ, "TIMESTAMPTZ");
    }

    @Override
    public com.rhosocial.activerecord.dialect.internal.text.Prepass.Options prepassOptions() {
        return new com.rhosocial.activerecord.dialect.internal.text.Prepass.Options(false, false, false, false, false,
                true, false);
    }

    @Override
    public String temporalParameter(String p, boolean dateOnly) {
        // A text parameter ('2024-02-01', as MySQL and SQLite code binds dates) against a DATE / TIMESTAMP column:
        // PostgreSQL has no date = varchar operator; a typed Date / Timestamp casts to itself.
        return "CAST(" + p + (dateOnly ? " AS DATE)" : " AS TIMESTAMP)");
    }

    @Override
    public boolean supportsSimilarTo() {
        return true;
    }

    @Override
    public IdentifierCase identifierCase() {
        return IdentifierCase.LOWER;
    }

    @Override
    public boolean nullsSortLowByDefault() {
        return false;
    }

    @Override
    public boolean supportsIlike() {
        return true;
    }

    @Override
    public boolean pipesPropagateNull() {
        return true;
    }

    @Override
    public RegexStyle regexStyle() {
        return RegexStyle.TILDE;
    }

    @Override
    public String integerDivisionTemplate() {
        return "DIV({0}, NULLIF({1}, 0))";
    }

    @Override
    public String severalConflictKeys() {
        return "MERGE";
    }

    @Override
    public UpsertStyle upsertStyle() {
        return UpsertStyle.ON_CONFLICT;
    }

    @Override
    public String rowIdentifier() {
        return "ctid";
    }

    @Override
    public String showColumnsQuery(String t) {
        return "SELECT c.column_name AS \"Field\", c.data_type AS \"Type\", c.is_nullable AS \"Null\","
                + " CASE WHEN EXISTS (SELECT 1 FROM information_schema.table_constraints tc"
                + " JOIN information_schema.key_column_usage k ON k.constraint_name = tc.constraint_name"
                + " AND k.table_schema = tc.table_schema WHERE tc.constraint_type = 'PRIMARY KEY'"
                + " AND tc.table_schema = c.table_schema AND tc.table_name = c.table_name"
                + " AND k.column_name = c.column_name) THEN 'PRI' ELSE '' END AS \"Key\","
                + " c.column_default AS \"Default\", '' AS \"Extra\" FROM information_schema.columns c"
                + " WHERE c.table_schema = current_schema() AND c.table_name = " + t.toLowerCase(java.util.Locale.ROOT)
                + " ORDER BY c.ordinal_position";
    }

    @Override
    public String defaultSchema() {
        return "public";
    }

    @Override
    public String nullSafeEqualsStyle() {
        return "DISTINCT";
    }

    @Override
    public boolean extractWeekIsIso() {
        return true;
    }

    @Override
    public boolean dayOfWeekFromZero() {
        return true;
    }

    @Override
    public StringAggStyle stringAggStyle() {
        return StringAggStyle.STRING_AGG_ORDER;
    }

    @Override
    public String lenientNumber(String x) {
        return "CAST(COALESCE(SUBSTRING(" + x + " FROM '^\\s*[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?'), CASE WHEN "
                + x + " IS NOT NULL THEN '0' END) AS NUMERIC)";
    }

    @Override
    public String setSessionValue(String name, String value) {
        // A custom setting ("rhosocial.x") lives for the session, as MySQL's FOUND_ROWS() value does.
        return "SET_CONFIG('rhosocial." + name + "', CAST(" + value + " AS TEXT), FALSE)";
    }

    @Override
    public String sessionValue(String name) {
        return "CAST(COALESCE(NULLIF(CURRENT_SETTING('rhosocial." + name + "', TRUE), ''), '0') AS BIGINT)";
    }

    @Override
    public boolean dataModifyingCte() {
        return true;
    }

    @Override
    public String distinctTuple(java.util.List<String> values) {
        return "ROW(" + String.join(", ", values) + ")";
    }

    @Override
    public String groupRepresentative(String col) {
        // The first value the group received, as MySQL returns it (rows usually arrive in scan order).
        return "(ARRAY_AGG(" + col + "))[1]";
    }

    @Override
    public String caseInsensitiveExtreme(String arg, boolean max) {
        // No built-in case-insensitive collation: take the first value in LOWER() order (NULLs after all values).
        return "(ARRAY_AGG(" + arg + " ORDER BY LOWER(" + arg + ")" + (max ? " DESC" : "") + " NULLS LAST))[1]";
    }

    @Override
    public boolean numbersAsTextImplicitly() {
        return false;
    }

    @Override
    public boolean strictBooleans() {
        return true;
    }

    @Override
    public boolean supportsAggregateFilter() {
        return true;
    }

    @Override
    public boolean dateArithmeticInDays() {
        return true;
    }

    @Override
    public boolean supportsFetchWithTies() {
        return true;
    }

    @Override
    public String binaryCollation() {
        // Code-point order, like the C collation (a quoted "C" would be re-cased by the quoting pass).
        return "ucs_basic";
    }

    @Override
    public boolean supportsArrays() {
        return true;
    }

    @Override
    public boolean supportsMergeStatement() {
        return true;
    }

    @Override
    public String jsonArrayTable(boolean numbers, boolean correlated) {
        // a derived table is not lateral by itself; a function in FROM would be, but could not retype value
        return (correlated ? "LATERAL " : "") + "(SELECT ar_je.ordinality - 1 AS key, "
                + (numbers ? "CAST(ar_je.value AS DECIMAL)" : "ar_je.value")
                + " AS value FROM json_array_elements_text(CAST({0} AS JSON)) WITH ORDINALITY AS ar_je(value, ordinality)) AS {alias}";
    }

    @Override
    public boolean supportsGenerateSeries() {
        return true;
    }

    @Override
    public boolean supportsDistinctOn() {
        return true;
    }

    @Override
    public boolean unboundedDecimal() {
        return true;
    }

    @Override
    public boolean supportsLateral() {
        return true;
    }

    @Override
    public String sequenceNext(String name) {
        return "nextval('" + name + "')";
    }

    @Override
    public String sequenceCurrent(String name) {
        return "currval('" + name + "')";
    }

    @Override
    public String noOpStatement() {
        // The JDBC driver insists on UTF8; setting it again changes nothing.
        return "SET client_encoding = 'UTF8'";
    }

    @Override
    public String truncateRestartIdentity() {
        return "RESTART IDENTITY";
    }

    @Override
    public boolean supportsAddColumnIfNotExists() {
        return true;
    }

    @Override
    public String isolationStatement(String level, boolean session) {
        // PostgreSQL's REPEATABLE READ is snapshot isolation; READ UNCOMMITTED behaves as READ COMMITTED.
        String l = level.equals("SNAPSHOT") ? "REPEATABLE READ" : level;
        return (session ? "SET SESSION CHARACTERISTICS AS TRANSACTION" : "SET TRANSACTION") + " ISOLATION LEVEL " + l;
    }

    @Override
    public String dropTableCascade() {
        return " CASCADE";
    }

    @Override
    public boolean truncateCascades() {
        return true;
    }

    @Override
    public boolean supportsCommentOn() {
        return true;
    }

    @Override
    public boolean unconstrainedDecimalIsArbitrary() {
        return true;
    }

    @Override
    public String bitwiseXor() {
        return "#";
    }

    @Override
    public boolean likeNeedsTextOperand() {
        return true;
    }

    @Override
    public boolean booleanArithmetic() {
        return false;
    }
}
