package com.rhosocial.activerecord.dialect.internal.spec;

import static com.rhosocial.activerecord.dialect.internal.spec.FunctionReader.as;
import static com.rhosocial.activerecord.dialect.internal.spec.FunctionWriter.rename;
import static com.rhosocial.activerecord.dialect.internal.spec.FunctionWriter.template;

import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.internal.text.Prepass;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.SignedExpression;

/**
 * SQLite 3.45+: double-quote quoting (also accepts brackets and backticks), {@code LIMIT/OFFSET} (offset needs
 * {@code LIMIT -1}), integer division on integers, {@code x/0} NULL, {@code ||} propagating NULL, ASCII
 * case-insensitive {@code LIKE}, multi-argument {@code MAX/MIN} for GREATEST/LEAST, no LPAD/REPEAT.
 */
public class SqliteSpec extends DialectSpec {

    public SqliteSpec() {
        super(Dialect.SQLITE);
        reserved.addAll(Set.of("ABORT", "ACTION", "AUTOINCREMENT", "CONFLICT", "GLOB", "IGNORE", "INDEXED",
                "ISNULL", "NOTNULL", "PRAGMA", "RAISE", "REGEXP", "REINDEX", "RENAME", "REPLACE", "VACUUM",
                "VIRTUAL", "TEMP", "TEMPORARY"));

        readers.put("IFNULL", as("COALESCE"));
        // json_extract(j, '$.a.b[1]') of one literal path: the scalar there (NULL when missing)
        readers.put("JSON_EXTRACT", (n, a) -> a.size() == 2 && a.get(1) instanceof net.sf.jsqlparser.expression
                .StringValue p && Json.pathKeys(p.getValue()) != null ? new Call("JSON_TEXT", a) : null);
        // SQLite has no current_schema(); the catalog emulations built from SQLite text (PragmaTableInfo) use it
        readers.put("CURRENT_SCHEMA", FunctionReader.arity(0, as("CURRENT_SCHEMA")));
        readers.put("JSON_ARRAY_LENGTH", (n, a) -> a.size() == 1 ? new Call("JSON_ARRAY_LENGTH", a) : null);
        readers.put("IIF", as("IF"));
        // substr(s, p, -n) is the n characters before p (cut at the string's start); with literal p and n it is
        // the plain substr(s, max(1, p - n), ...), which every target reads alike (they give '' or an error)
        readers.put("SUBSTR", (n, a) -> {
            if (a.size() != 3 || !(a.get(1) instanceof net.sf.jsqlparser.expression.LongValue p) || p.getValue() < 1) {
                return new Call("SUBSTR", a);
            }
            Long len = a.get(2) instanceof net.sf.jsqlparser.expression.LongValue l ? Long.valueOf(l.getValue())
                    : a.get(2) instanceof net.sf.jsqlparser.expression.SignedExpression se && se.getSign() == '-'
                    && se.getExpression() instanceof net.sf.jsqlparser.expression.LongValue l2 ? -l2.getValue() : null;
            if (len == null || len >= 0) {
                return new Call("SUBSTR", a);
            }
            long start = Math.max(1, p.getValue() + len);
            return new Call("SUBSTR", java.util.List.of(a.get(0), new net.sf.jsqlparser.expression.LongValue(start),
                    new net.sf.jsqlparser.expression.LongValue(p.getValue() - start)));
        });
        readers.put("INSTR", as("INSTR"));
        readers.put("RANDOM", as("RANDOM_INT"));
        readers.put("MAX", (n, a) -> a.size() > 1 ? new Call("GREATEST_NULL", a) : null);
        readers.put("MIN", (n, a) -> a.size() > 1 ? new Call("LEAST_NULL", a) : null);
        readers.put("LAST_INSERT_ROWID", as("LAST_INSERT_ID"));
        readers.put("CHAR", as("CHR"));
        readers.put("TYPEOF", FunctionReader.arity(1, as("TYPEOF")));
        writers.put("TYPEOF", rename("TYPEOF"));
        readers.put("LOG", FunctionReader.arity(1, as("LOG10")));
        readers.put("TRUNC", FunctionReader.arity(1, as("TRUNC_NUM")));
        // round() rounds the decimal value half away from zero, also on REAL values (PostgreSQL's and MariaDB's
        // round of a double rounds the binary value half to even: round(2.5) is 2 there, 3.0 here)
        readers.put("ROUND", (n, a) -> a.size() == 1 || a.size() == 2 ? new Call("ROUND_AWAY", a) : null);
        writers.put("ROUND_AWAY", (c, o) -> writers.get("ROUND").write(new Call("ROUND", c.args()), o));

        writers.put("CONCAT_NULL", ConcatWriters.pipes(null));
        writers.put("JSON_TEXT", rename("JSON_EXTRACT"));
        writers.put("ROUND", (c, o) -> {
            Expression places = c.arity() == 2 ? c.arg(1) : null;
            long digits = places instanceof SignedExpression se && se.getSign() == '-'
                    && se.getExpression() instanceof net.sf.jsqlparser.expression.LongValue k ? k.getValue()
                    : places instanceof net.sf.jsqlparser.expression.LongValue l && l.getValue() < 0 ? -l.getValue() : 0;
            if (digits > 0 && digits < 18) {
                // SQLite's round() ignores negative places: round to tens, hundreds ... through a scaled value
                String scale = "1" + "0".repeat((int) digits) + ".0";
                o.text("(ROUND(").expr(c.arg(0)).text(" / " + scale + ") * " + scale + ")");
                return;
            }
            long places2 = places == null ? 0 : places instanceof net.sf.jsqlparser.expression.LongValue l ? l.getValue() : -1;
            if (places2 >= 0 && places2 <= 15) {
                // round() works on the binary double (round(1.005, 2) is 1.0); the source rounds the decimal value.
                // The value scaled and printed to 15 significant digits is that decimal (100.49999999999999 prints
                // as 100.5), and rounding it half away from zero is exact. printf of NULL is '0', hence the CASE.
                String x = o.capture(c.arg(0));
                String scale = places2 == 0 ? "" : " * 1e" + places2;
                o.text("CASE WHEN " + x + " IS NULL THEN NULL ELSE ROUND(CAST(PRINTF('%.15g', "
                        + (places2 == 0 ? x : "(" + x + ")") + scale
                        + ") AS REAL))" + (places2 == 0 ? "" : " / 1e" + places2) + " END");
                return;
            }
            FunctionWriter.rename("ROUND").write(c, o);
        });
        // CAST(x AS DECIMAL(p, s)): rounded half away from zero to s places, as the decimal value (see ROUND)
        writers.put("CAST_DECIMAL", (c, o) -> {
            long places = ((net.sf.jsqlparser.expression.LongValue) c.arg(1)).getValue();
            String x = "CAST(" + o.capture(c.arg(0)) + " AS REAL)";
            String rounded = "ROUND(CAST(PRINTF('%.15g', " + x + (places == 0 ? "" : " * 1e" + places) + ") AS REAL))";
            o.text("CASE WHEN " + x + " IS NULL THEN NULL ELSE " + (places == 0 ? "CAST(" + rounded + " AS INTEGER)"
                    : rounded + " / 1e" + places) + " END");
        });
        // MySQL FIND_IN_SET: the commas up to the match in ',list,' count the element's 1-based index.
        writers.put("FIND_IN_SET", template("CASE WHEN {0} IS NULL OR {1} IS NULL THEN NULL"
                + " WHEN INSTR(',' || LOWER({1}) || ',', ',' || LOWER({0}) || ',') = 0 THEN 0"
                + " ELSE LENGTH(SUBSTR(',' || LOWER({1}) || ',', 1, INSTR(',' || LOWER({1}) || ',', ',' || LOWER({0}) || ',')))"
                + " - LENGTH(REPLACE(SUBSTR(',' || LOWER({1}) || ',', 1, INSTR(',' || LOWER({1}) || ',', ',' || LOWER({0})"
                + " || ',')), ',', '')) END"));
        writers.put("CONCAT_SKIP", rename("CONCAT"));
        writers.put("IF", template("CASE WHEN {0} THEN {1} ELSE {2} END"));
        writers.put("INSTR", rename("INSTR"));
        JsonFunctions.writeSqlite(writers);
        writers.put("WEEKDAY0", template("((CAST(STRFTIME('%w', {0}) AS INTEGER) + 6) % 7)"));
        // one database per file: its schema is main
        writers.put("CURRENT_SCHEMA", template("'main'"));
        // no statistics aggregates: the population variance is E[x^2] - E[x]^2
        writers.put("VAR_POP", template("(AVG(({0}) * ({0})) - AVG({0}) * AVG({0}))"));
        writers.put("STDDEV_POP", template("SQRT(AVG(({0}) * ({0})) - AVG({0}) * AVG({0}))"));
        writers.put("VAR_SAMP", template("((SUM(({0}) * ({0})) - SUM({0}) * SUM({0}) * 1.0 / COUNT({0})) / (COUNT({0}) - 1))"));
        writers.put("STDDEV_SAMP", template("SQRT((SUM(({0}) * ({0})) - SUM({0}) * SUM({0}) * 1.0 / COUNT({0})) / (COUNT({0}) - 1))"));
        writers.put("OCTET_LENGTH", template("LENGTH(CAST({0} AS BLOB))"));
        writers.put("GREATEST_NULL", rename("MAX"));
        writers.put("LEAST_NULL", rename("MIN"));
        writers.put("GREATEST_SKIP", NullSafe.greatestSkip("MAX"));
        writers.put("LEAST_SKIP", NullSafe.greatestSkip("MIN"));
        writers.put("LEFT", template("SUBSTR({0}, 1, {1})"));
        // SUBSTR(s, -n) would return the whole string for n = 0 (start 0); a count below 0 gives '' as in MySQL.
        writers.put("RIGHT", (c, o) -> {
            if (c.arg(1) instanceof LongValue n && n.getValue() > 0) {
                o.text("SUBSTR(").expr(c.arg(0)).text(", -" + n.getValue() + ")");
                return;
            }
            String n = o.capture(c.arg(1));
            o.text("SUBSTR(").expr(c.arg(0)).text(", -MAX(" + n + ", 0), MAX(" + n + ", 0))");
        });
        writers.put("REPEAT", template("REPLACE(HEX(ZEROBLOB({1})), '00', {0})"));
        // LPAD cuts a too-long string to its left part; the fill is the first (n - length) characters of the
        // repeated pad, as with a multi-character pad ('x', 5, 'ab' -> 'ababx').
        writers.put("LPAD", FunctionWriter.byArity(null, null,
                template("CASE WHEN LENGTH({0}) >= {1} THEN SUBSTR({0}, 1, {1})"
                        + " ELSE SUBSTR(REPLACE(HEX(ZEROBLOB({1})), '00', ' '), 1, {1} - LENGTH({0})) || {0} END"),
                template("CASE WHEN LENGTH({0}) >= {1} THEN SUBSTR({0}, 1, {1})"
                        + " ELSE SUBSTR(REPLACE(HEX(ZEROBLOB({1})), '00', {2}), 1, {1} - LENGTH({0})) || {0} END")));
        writers.put("RPAD", FunctionWriter.byArity(null, null,
                template("SUBSTR({0} || REPLACE(HEX(ZEROBLOB({1})), '00', ' '), 1, {1})"),
                template("SUBSTR({0} || REPLACE(HEX(ZEROBLOB({1})), '00', {2}), 1, {1})")));
        writers.put("RANDOM", template("((RANDOM() + 9223372036854775808.0) / 18446744073709551616.0)"));
        writers.put("RANDOM_INT", template("RANDOM()"));
        writers.put("UUID", template("LOWER(HEX(RANDOMBLOB(4)) || '-' || HEX(RANDOMBLOB(2)) || '-4' || SUBSTR(HEX(RANDOMBLOB(2)), 2) || '-' || SUBSTR('89ab', 1 + (ABS(RANDOM()) % 4), 1) || SUBSTR(HEX(RANDOMBLOB(2)), 2) || '-' || HEX(RANDOMBLOB(6)))"));
        writers.put("NOW", template("DATETIME('now', 'localtime')"));
        writers.put("CURRENT_DATE", template("DATE('now', 'localtime')"));
        writers.put("CURRENT_TIME", template("TIME('now', 'localtime')"));
        writers.put("UTC_NOW", template("DATETIME('now')"));
        writers.put("TRUNC_NUM", FunctionWriter.byArity(null, rename("TRUNC"),
                template("(CAST({0} * POWER(10, {1}) AS INTEGER) / POWER(10.0, {1}))")));
        writers.put("LAST_INSERT_ID", template("LAST_INSERT_ROWID()"));
        writers.put("LOG10", rename("LOG10"));
        writers.put("LOG", template("LOG({0}, {1})"));
        writers.put("MOD", template("({0} % {1})"));
        writers.put("CHR", rename("CHAR"));
        writers.put("REVERSE", ReverseWriter.sqlite());
        writers.put("CONCAT_WS", rename("CONCAT_WS"));

        FunctionReader strftime = DateReaders.format("FORMAT_DATE", 1, 0, FormatTokens.STRFTIME, (char) 0);
        // '%w' alone is the 0-based day of week from Sunday, which no TO_CHAR / DATE_FORMAT token gives (TO_CHAR's
        // D is 1-based): read it as the canonical DOW0, as text like strftime's result.
        FunctionReader strftime2 = (n, a) -> a.size() == 2 && a.get(0) instanceof net.sf.jsqlparser.expression.StringValue f
                && f.getValue().equals("%w")
                ? new Call("TO_TEXT", List.of(new CallNode(new Call("DOW0", List.of(a.get(1))))))
                : a.size() == 2 && a.get(0) instanceof net.sf.jsqlparser.expression.StringValue f && f.getValue().equals("%s")
                ? new Call("TO_TEXT", List.of(new CallNode(new Call("UNIX_SECONDS", List.of(a.get(1))))))
                : strftime.read(n, a);
        // strftime(fmt, 'now') is the current UTC time; strftime(fmt, d, modifiers...) formats datetime(d, ...).
        FunctionReader dated = SqliteDates.reader(true);
        readers.put("STRFTIME", (n, a) -> {
            if (a.size() < 2) {
                return null;
            }
            Expression value = a.get(1);
            if (a.size() > 2) {
                Call shifted = dated.read("DATETIME", a.subList(1, a.size()));
                if (shifted == null) {
                    return null;
                }
                value = new CallNode(shifted);
            } else if (isNow(value)) {
                value = new CallNode(new Call("UTC_NOW", List.of()));
            }
            return strftime2.read(n, List.of(a.get(0), value));
        });
        // unixepoch(d) / strftime('%s', d): seconds since 1970-01-01 00:00:00 of d read as UTC.
        readers.put("UNIXEPOCH", (n, a) -> a.size() != 1 ? null : new Call("UNIX_SECONDS",
                List.of(isNow(a.get(0)) ? new CallNode(new Call("UTC_NOW", List.of())) : a.get(0))));
        writers.put("SUBSTRING_INDEX", SubstringIndex::sqlite);
        writers.put("FROM_UNIX_SECONDS", template("DATETIME({0}, 'unixepoch')"));
        writers.put("UNIX_SECONDS", template("CAST(STRFTIME('%s', {0}) AS INTEGER)"));
        readers.put("DATE", FunctionReader.arity(1, as("DATE_ONLY")));
        DateWriters.sqlite(writers);
        writers.put("LAST_DAY", template("DATE({0}, 'start of month', '+1 month', '-1 day')"));
        writers.put("TO_TEXT", template("CAST({0} AS TEXT)"));
        // Whole seconds between two timestamps, as REAL so that a following "/ 3600" is not integer division.
        writers.put("EPOCH_DIFF", template("CAST(STRFTIME('%s', {0}) - STRFTIME('%s', {1}) AS REAL)"));
        // julianday(d) of a value (not 'now' or a modifier list): the Julian day number, fractional from noon.
        // julianday('now') is the current UTC instant as a Julian day.
        readers.put("JULIANDAY", (n, a) -> a.size() != 1 ? null : isNow(a.get(0))
                ? new Call("JULIANDAY", List.of(new CallNode(new Call("UTC_NOW", List.of())))) : new Call("JULIANDAY", a));
        // time(d): the time of day as 'HH:MM:SS' text; time('now') the current UTC time.
        readers.put("TIME", (n, a) -> a.size() != 1 ? null : new Call("TIME_TEXT",
                List.of(isNow(a.get(0)) ? new CallNode(new Call("UTC_NOW", List.of())) : a.get(0))));
        writers.put("TIME_TEXT", template("TIME({0})"));
        // MySQL TO_DAYS / FROM_DAYS: day 0 of year 0 is Julian day 1721059.5
        writers.put("TO_DAYS", template("CAST(JULIANDAY(DATE({0})) - 1721059.5 AS INTEGER)"));
        writers.put("FROM_DAYS", template("DATE({0} + 1721059.5)"));
        // hex(x) is the hex of x's text (hex(255) = '323535'), also for numbers.
        readers.put("HEX", FunctionReader.arity(1, as("HEX_TEXT")));
        writers.put("HEX_TEXT", template("HEX({0})"));
        // MySQL YYYYMM periods as month counts (year * 12 + month); integer / and % of whole periods
        writers.put("PERIOD_DIFF", template("(({0}) / 100 * 12 + ({0}) % 100 - (({1}) / 100 * 12 + ({1}) % 100))"));
        writers.put("PERIOD_ADD", template("(((({0}) / 100 * 12 + ({0}) % 100 - 1 + ({1})) / 12) * 100"
                + " + (({0}) / 100 * 12 + ({0}) % 100 - 1 + ({1})) % 12 + 1)"));
        // unhex() is SQLite 3.41; a literal is written as a blob literal for older engines
        writers.put("UNHEX", (c, o) -> {
            if (c.arg(0) instanceof net.sf.jsqlparser.expression.StringValue v && v.getValue().matches("([0-9A-Fa-f]{2})*")) {
                o.text("X'" + v.getValue() + "'");
                return;
            }
            o.text("UNHEX(").expr(c.arg(0)).text(")");
        });
        writers.put("SEC_TO_TIME", template("TIME({0}, 'unixepoch')"));
        writers.put("SPLIT_PART", SqliteSpec::splitPart);
        readers.put("PRINTF", Printf.reader());
        readers.put("FORMAT", Printf.reader());
        // MySQL FORMAT(x, d): printf's ',' flag groups thousands (rounding the double half away from zero)
        // (printf of NULL is '0.00', FORMAT(NULL, d) is NULL)
        writers.put("FORMAT_GROUPED", (c, o) -> {
            String x = o.capture(c.arg(0));
            o.text("CASE WHEN " + x + " IS NULL THEN NULL ELSE PRINTF('%,." + c.unit() + "f', " + x + ") END");
        });
        writers.put("FIXED_TEXT", template("PRINTF('%.' || {1} || 'f', {0})"));
        writers.put("JULIANDAY", rename("JULIANDAY"));
        // A REAL 49.0 is the text '49.0': drop trailing fractional zeros, leaving exponent forms ('1.0e+20') alone.
        writers.put("NUM_TEXT", template("CASE WHEN INSTR(CAST({0} AS TEXT), '.') > 0 AND INSTR(LOWER(CAST({0} AS TEXT)), 'e') = 0"
                + " THEN RTRIM(RTRIM(CAST({0} AS TEXT), '0'), '.') ELSE CAST({0} AS TEXT) END"));
        writers.put("TO_NUMBER", template("CAST({0} AS NUMERIC)"));

        writers.put("TRIM", rename("TRIM"));
        writers.put("LTRIM", rename("LTRIM"));
        writers.put("RTRIM", rename("RTRIM"));
        writers.put("INSTR3", template("CASE WHEN INSTR(SUBSTR({0}, {2}), {1}) = 0 THEN 0 ELSE INSTR(SUBSTR({0}, {2}), {1}) + {2} - 1 END"));
        writers.put("MAKE_DATE", template("DATE(PRINTF('%04d-%02d-%02d', {0}, {1}, {2}))"));
        writers.put("MAKE_TIMESTAMP", template("DATETIME(PRINTF('%04d-%02d-%02d %02d:%02d:%02d', {0}, {1}, {2}, {3}, {4}, {5}))"));
        readers.put("CHANGES", FunctionReader.arity(0, as("ROW_COUNT")));
        writers.put("ROW_COUNT", template("CHANGES()"));
        PatIndex.sqlite(writers);
        IsNumeric.sqlite(writers);
        writers.put("IS_INTEGER_TEXT", template("(LTRIM(TRIM({0}), '+-') <> '' AND LTRIM(TRIM({0}), '+-') NOT GLOB '*[^0-9]*' "
                + "AND LENGTH(TRIM({0})) - LENGTH(LTRIM(TRIM({0}), '+-')) <= 1)"));
        writers.remove("SEQ_NEXT");
        writers.remove("SEQ_CURRENT");
        writers.put("DAYS_BETWEEN_EXACT", template("(JULIANDAY({0}) - JULIANDAY({1}))"));
        NumberFormats.sqlite(writers);
        CharMaps.sqlite(writers);
        RegexpReplace.writeSqlite(writers);
        writers.put("ASCII", template("UNICODE({0})"));
        writers.put("DOW0", template("CAST(STRFTIME('%w', {0}) AS INTEGER)"));
        readers.put("UNICODE", as("ASCII"));
        readers.put("TRIM", as("TRIM"));

        readers.put("DATE", SqliteDates.reader(false));
        readers.put("DATETIME", SqliteDates.reader(true));
        readers.put("TOTAL", as("TOTAL"));

        writers.put("TO_TIMESTAMP", template("DATETIME({0})"));

        typeNames.put(Types.BOOLEAN, "INTEGER");
        typeNames.put(Types.TINYINT, "INTEGER");
        typeNames.put(Types.SMALLINT, "INTEGER");
        typeNames.put(Types.BIGINT, "INTEGER");
        typeNames.put(Types.DECIMAL, "NUMERIC");
        typeNames.put(Types.DOUBLE, "REAL");
        typeNames.put(Types.CHAR, "TEXT");
        typeNames.put(Types.VARCHAR, "TEXT");
        typeNames.put(Types.BINARY, "BLOB");
        typeNames.put(Types.DATE, "TEXT");
        typeNames.put(Types.TIME, "TEXT");
        typeNames.put(Types.TIMESTAMP, "TEXT");
        typeNames.put(Types.TIMESTAMPTZ, "TEXT");
        typeNames.put(Types.UUID, "TEXT");
    }

    /**
     * split_part(s, d, n) for a literal n: the text after the (n-1)-th delimiter of s || d, up to the next one.
     * Each step repeats the previous text twice, so n is bounded.
     */
    private static void splitPart(Call c, Out o) {
        if (!(c.arg(2) instanceof LongValue n) || n.getValue() < 1 || n.getValue() > 6) {
            o.ctx().unsupported("split_part", "split_part", "SQLite split_part needs a field number from 1 to 6");
            o.text("NULL");
            return;
        }
        String d = o.capture(c.arg(1));
        String rest = "(" + o.capture(c.arg(0)) + " || " + d + ")";
        for (long i = 1; i < n.getValue(); i++) {
            rest = "SUBSTR(" + rest + ", INSTR(" + rest + ", " + d + ") + LENGTH(" + d + "))";
        }
        o.text("SUBSTR(" + rest + ", 1, INSTR(" + rest + ", " + d + ") - 1)");
    }

    private static boolean isNow(Expression e) {
        return e instanceof net.sf.jsqlparser.expression.StringValue s && s.getValue().equalsIgnoreCase("now");
    }

    @Override
    public String distinctTuple(java.util.List<String> values) {
        // QUOTE() keeps the values apart whatever they contain.
        return "QUOTE(" + String.join(") || ',' || QUOTE(", values) + ")";
    }

    @Override
    public String createSessionTable(String name, String columns) {
        // TEMP tables belong to the connection, as MySQL's FOUND_ROWS() value belongs to the session.
        return "CREATE TEMP TABLE IF NOT EXISTS " + name + " (" + columns + ")";
    }

    @Override
    public String sessionValue(String name) {
        return "(SELECT COALESCE(MAX(n), 0) FROM rhosocial_" + name + ")";
    }

    @Override
    public String temporalParameter(String p, boolean dateOnly) {
        // Dates are stored as ISO text; the driver binds java.sql.Date / Timestamp as epoch milliseconds.
        return "CASE WHEN TYPEOF(" + p + ") IN ('integer', 'real') THEN STRFTIME('"
                + (dateOnly ? "%Y-%m-%d" : "%Y-%m-%d %H:%M:%S") + "', " + p + " / 1000.0, 'unixepoch', 'localtime')"
                + " ELSE " + p + " END";
    }

    @Override
    public String rollupStyle() {
        return "UNION";
    }

    @Override
    public String caseInsensitiveCollation() {
        return "NOCASE";
    }

    @Override
    public Prepass.Options prepassOptions() {
        return new Prepass.Options(false, false, false, false, true);
    }

    @Override
    public boolean squareBracketQuotes() {
        // SQLite accepts [name] for compatibility; it has no arrays to confuse it with.
        return true;
    }

    @Override
    public boolean predicateValuesAreNumbers() {
        return true;
    }

    @Override
    public boolean divisionByZeroIsNull() {
        return true;
    }

    @Override
    public boolean caseInsensitiveLike() {
        return true;
    }

    @Override
    public boolean implicitStringToNumber() {
        return true;
    }

    @Override
    protected Expression offsetOnlyLimit() {
        return new SignedExpression('-', new LongValue(1));
    }

    @Override
    protected String dialectWriteCastType(String canonical) {
        switch (canonical) {
            case Types.BOOLEAN: case Types.TINYINT: case Types.SMALLINT: case Types.INTEGER: case Types.BIGINT:
                return "INTEGER";
            case Types.REAL: case Types.DOUBLE:
                return "REAL";
            case Types.DECIMAL:
                return "NUMERIC";
            case Types.BLOB: case Types.BINARY:
                return "BLOB";
            default:
                return "TEXT";
        }
    }

    @Override
    public boolean pipesPropagateNull() {
        return true;
    }

    @Override
    public RegexStyle regexStyle() {
        // sqlite-jdbc registers no regexp() function, so the REGEXP operator fails at run time.
        return RegexStyle.NONE;
    }

    @Override
    public String integerDivisionTemplate() {
        return "CAST({0} / {1} AS INTEGER)";
    }

    @Override
    public String exactNumericCastType() {
        return "REAL";
    }

    @Override
    public String temporalLiteral(String kind, String value) {
        return "'" + value + "'";
    }

    @Override
    public String severalConflictKeys() {
        return "MULTIPLE_CLAUSES";
    }

    @Override
    public UpsertStyle upsertStyle() {
        return UpsertStyle.ON_CONFLICT;
    }

    @Override
    public String replaceInto() {
        return "INSERT OR REPLACE INTO";
    }

    @Override
    public String createOrReplaceView() {
        return null;
    }

    @Override
    public boolean viewIfNotExists() {
        return true;
    }

    @Override
    protected String dialectRowLockClause(boolean shared) {
        // No row locks: a writing transaction holds the database's write lock, which serialises writers.
        return null;
    }

    @Override
    public String rowIdentifier() {
        return "rowid";
    }

    @Override
    public String showTablesQuery() {
        return "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
    }

    @Override
    public String showColumnsQuery(String t) {
        return "SELECT name AS Field, type AS Type, CASE WHEN \"notnull\" = 1 THEN 'NO' ELSE 'YES' END AS \"Null\","
                + " CASE WHEN pk > 0 THEN 'PRI' ELSE '' END AS \"Key\", dflt_value AS \"Default\", '' AS Extra"
                + " FROM pragma_table_info(" + t + ") ORDER BY cid";
    }

    @Override
    public String autoIncrementColumn(String canonical, boolean primaryKey) {
        // Only "INTEGER PRIMARY KEY" aliases the rowid; AUTOINCREMENT keeps ids from being reused.
        return "INTEGER PRIMARY KEY AUTOINCREMENT";
    }

    @Override
    public boolean supportsQuantifiedSubqueries() {
        return false;
    }

    @Override
    public boolean supportsTruncate() {
        return false;
    }

    @Override
    public String defaultSchema() {
        return "main";
    }

    @Override
    public boolean parenthesizedSetOperands() {
        return false;
    }

    @Override
    public String nullSafeEqualsStyle() {
        return "IS";
    }

    @Override
    public StringAggStyle stringAggStyle() {
        return StringAggStyle.GROUP_CONCAT_ARG;
    }

    @Override
    public boolean decimalsMayBeIntegers() {
        return true;
    }

    @Override
    public boolean castToIntegerRounds() {
        return false;
    }

    @Override
    public boolean aliasNeedsAs() {
        return true;
    }

    @Override
    public boolean supportsAggregateFilter() {
        return true;
    }

    @Override
    public String binaryCollation() {
        return "BINARY";
    }

    @Override
    public boolean supportsSetOperationAll() {
        return false;
    }

    @Override
    public boolean unboundedDecimal() {
        return true;
    }

    @Override
    public boolean lenientTextCasts() {
        return true;
    }

    @Override
    public boolean supportsGlob() {
        return true;
    }

    @Override
    public boolean groupConcatTakesSeparator() {
        return true;
    }

    @Override
    public String temporalCastFunction(String canonical) {
        if (canonical == null) {
            return null;
        }
        return switch (canonical) {
            case Types.DATE -> "DATE";
            case Types.TIMESTAMP -> "DATETIME";
            case Types.TIME -> "TIME";
            default -> null;
        };
    }

    @Override
    protected boolean dialectSupportsForUpdate() {
        return false;
    }

    @Override
    public boolean aliasesInHaving() {
        return true;
    }

    @Override
    public String modifyColumn(String c, String type, boolean notNull) {
        return null;
    }

    @Override
    public String tablesCatalogQuery() {
        return "SELECT name AS table_name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
    }

    @Override
    public String informationSchemaView(String view) {
        return switch (view) {
            case "TABLES" -> "SELECT 'main' AS TABLE_CATALOG, 'main' AS TABLE_SCHEMA, name AS TABLE_NAME, CASE type "
                    + "WHEN 'view' THEN 'VIEW' ELSE 'BASE TABLE' END AS TABLE_TYPE FROM sqlite_master "
                    + "WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite%'";
            case "COLUMNS" -> "SELECT 'main' AS TABLE_CATALOG, 'main' AS TABLE_SCHEMA, m.name AS TABLE_NAME, "
                    + "p.name AS COLUMN_NAME, p.cid + 1 AS ORDINAL_POSITION, p.dflt_value AS COLUMN_DEFAULT, "
                    + "CASE WHEN p.\"notnull\" = 1 OR p.pk > 0 THEN 'NO' ELSE 'YES' END AS IS_NULLABLE, "
                    + "LOWER(p.type) AS DATA_TYPE FROM sqlite_master m JOIN pragma_table_info(m.name) p "
                    + "WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite%'";
            default -> null;
        };
    }

    @Override
    protected boolean dialectSupportsSequences() {
        return false;
    }

    @Override
    public String sequenceNext(String name) {
        return null;
    }

    @Override
    public String noOpStatement() {
        // An unknown pragma is ignored by SQLite and returns no rows.
        return "PRAGMA activerecord_noop";
    }

    @Override
    public LockOf rowLockOf() {
        return LockOf.NONE;
    }

    @Override
    public String identityReset(String table) {
        // Only AUTOINCREMENT tables keep a counter (in sqlite_sequence); a plain rowid restarts after the delete.
        return "DELETE FROM sqlite_sequence WHERE name = '" + table.replace("'", "''") + "'";
    }

    @Override
    public boolean supportsAlterConstraints() {
        return false;
    }

    @Override
    public boolean integerPrimaryKeyIsRowId() {
        return true;
    }

    @Override
    public String sequenceTable() {
        return "activerecord_sequences";
    }

    @Override
    public String isolationStatement(String level, boolean session) {
        // Transactions are serializable (one writer, readers see a snapshot): every level's guarantee holds.
        return null;
    }

    @Override
    public boolean identityTakesNull() {
        return true;
    }

    @Override
    public boolean comparesByAffinity() {
        return true;
    }

    @Override
    public boolean rowidAliases() {
        return true;
    }

    @Override
    public String bitwiseXor() {
        return "";
    }

    @Override
    public boolean groupBySorts() {
        // the groups are computed from rows sorted (or indexed) by the keys and come out in key order
        return true;
    }
}
