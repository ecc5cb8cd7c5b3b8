package com.rhosocial.activerecord.dialect.internal.spec;

import static com.rhosocial.activerecord.dialect.internal.spec.FunctionReader.as;
import static com.rhosocial.activerecord.dialect.internal.spec.FunctionReader.reorder;
import static com.rhosocial.activerecord.dialect.internal.spec.FunctionWriter.rename;
import static com.rhosocial.activerecord.dialect.internal.spec.FunctionWriter.template;

import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.internal.text.Prepass;
import java.util.Set;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;

/**
 * MySQL 8 (and, through {@link MariaDbSpec}, MariaDB 10.11): backtick quoting, {@code LIMIT m, n},
 * {@code ||} as OR, {@code CONCAT} returning NULL on any NULL argument, case-insensitive default collation,
 * {@code /} always decimal and {@code x/0} NULL, backslash escapes in strings.
 */
public class MySqlSpec extends DialectSpec {

    public MySqlSpec() {
        this(Dialect.MYSQL);
    }

    protected MySqlSpec(Dialect d) {
        super(d);
        reserved.addAll(Set.of("RANK", "ROW_NUMBER", "INTERVAL", "DIV", "MOD", "XOR", "REGEXP", "RLIKE",
                "DUAL", "READ", "WRITE", "LOCK", "RANGE", "SCHEMA", "DATABASE", "SHOW", "STATUS", "CONDITION",
                "SIGNAL", "USAGE", "LINES", "LOAD", "OPTION", "RELEASE", "REPEAT", "REPLACE", "RETURN", "LEAVE"));
        reserved.remove("USER");
        reserved.remove("OFFSET");
        reserved.remove("FETCH");
        reserved.remove("WINDOW");
        reserved.remove("CURRENT_USER");

        // ---- reading MySQL spellings
        readers.put("IFNULL", as("COALESCE"));
        readers.put("IF", as("IF"));
        readers.put("CONCAT", as("CONCAT_NULL"));
        readers.put("LENGTH", as("OCTET_LENGTH"));
        readers.put("LOCATE", caseless(FunctionReader.arity(2, reorder("INSTR", 1, 0))));
        readers.put("POSITION", caseless(FunctionReader.arity(2, reorder("INSTR", 1, 0))));
        readers.put("INSTR", caseless(as("INSTR")));
        JsonFunctions.readMysql(readers);
        // WEEKDAY(d): Monday 0 .. Sunday 6; MAKEDATE(y, n): the n-th day of year y
        readers.put("WEEKDAY", FunctionReader.arity(1, as("WEEKDAY0")));
        writers.put("WEEKDAY0", rename("WEEKDAY"));
        readers.put("MAKEDATE", FunctionReader.arity(2, as("DATE_OF_YEAR_DAY")));
        writers.put("DATE_OF_YEAR_DAY", rename("MAKEDATE"));
        JsonFunctions.writeMysql(writers);
        readers.put("RAND", FunctionReader.arity(0, as("RANDOM")));
        readers.put("UUID", as("UUID"));
        readers.put("CURDATE", as("CURRENT_DATE"));
        readers.put("CURRENT_DATE", as("CURRENT_DATE"));
        readers.put("CURTIME", as("CURRENT_TIME"));
        readers.put("SYSDATE", as("NOW"));
        readers.put("CURRENT_TIMESTAMP", as("NOW"));
        readers.put("LOCALTIMESTAMP", as("NOW"));
        readers.put("UTC_TIMESTAMP", as("UTC_NOW"));
        readers.put("POW", as("POWER"));
        readers.put("LOG", FunctionReader.arity(1, as("LN")));
        readers.put("LOG2", (n, a) -> new Call("LOG", java.util.List.of(new LongValue(2), a.get(0))));
        readers.put("TRUNCATE", as("TRUNC_NUM"));
        readers.put("UCASE", as("UPPER"));
        readers.put("LCASE", as("LOWER"));
        // SUBSTRING(s, 0[, n]) is '' in MySQL (position 0 is no position), NULL for NULL: a zero-length substring.
        FunctionReader substr = (n, a) -> a.size() >= 2 && a.get(1) instanceof LongValue z && z.getValue() == 0
                ? new Call("SUBSTR", java.util.List.of(a.get(0), new LongValue(1), new LongValue(0)))
                : new Call("SUBSTR", a);
        // the other way round: position 0 of SQLite / PostgreSQL / SQL Server is one before the first character
        writers.put("SUBSTR", (c, o) -> {
            if (c.arity() >= 2 && c.arg(1) instanceof LongValue z && z.getValue() == 0) {
                o.text("SUBSTR(").expr(c.arg(0)).text(", 1");
                if (c.arity() >= 3) {
                    o.text(", ").expr(new net.sf.jsqlparser.expression.operators.arithmetic.Subtraction()
                            .withLeftExpression(c.arg(2)).withRightExpression(new LongValue(1)));
                }
                o.text(")");
                return;
            }
            rename("SUBSTR").write(c, o);
        });
        readers.put("MID", substr);
        readers.put("SUBSTR", substr);
        readers.put("SUBSTRING", substr);
        // INSERT(s, pos, len, new): s with len characters at pos replaced by new
        readers.put("INSERT", FunctionReader.arity(4, as("STR_INSERT")));
        writers.put("STR_INSERT", rename("INSERT"));
        // TIME(expr): the time of day
        readers.put("TIME", FunctionReader.arity(1, as("TIME_TEXT")));
        // TO_DAYS / FROM_DAYS: days since year 0 (proleptic Gregorian; 2000-01-01 is day 730485)
        readers.put("TO_DAYS", FunctionReader.arity(1, as("TO_DAYS")));
        readers.put("FROM_DAYS", FunctionReader.arity(1, as("FROM_DAYS")));
        writers.put("TO_DAYS", rename("TO_DAYS"));
        writers.put("FROM_DAYS", rename("FROM_DAYS"));
        readers.put("WEEK", WeekNumbers.readWeek());
        readers.put("YEARWEEK", WeekNumbers.readYearWeek());
        // WEEKOFYEAR(d) is WEEK(d, 3), the ISO week
        readers.put("WEEKOFYEAR", (n, a) -> a.size() == 1 ? new Call("WEEK_MODE", java.util.List.of(a.get(0)), "3")
                : null);
        // STD / STDDEV / VARIANCE are the population statistics in MySQL (the sample ones elsewhere)
        readers.put("STD", FunctionReader.arity(1, as("STDDEV_POP")));
        readers.put("STDDEV", FunctionReader.arity(1, as("STDDEV_POP")));
        readers.put("VARIANCE", FunctionReader.arity(1, as("VAR_POP")));
        // ORD(s): the code of the first character (multi-byte codes aside, ASCII's value)
        readers.put("ORD", FunctionReader.arity(1, as("ASCII")));
        readers.put("STRCMP", FunctionReader.arity(2, as("STRCMP")));
        writers.put("STRCMP", rename("STRCMP"));
        // FORMAT(x, d): rounded half away from zero to d places, with thousands commas ('1,234.50')
        readers.put("FORMAT", (n, a) -> a.size() == 2 && a.get(1) instanceof LongValue places && places.getValue() >= 0
                && places.getValue() <= 30 ? new Call("FORMAT_GROUPED", java.util.List.of(a.get(0)),
                String.valueOf(places.getValue())) : null);
        writers.put("FORMAT_GROUPED", template("FORMAT({0}, {u})"));
        for (String stat : java.util.List.of("STDDEV_POP", "VAR_POP", "STDDEV_SAMP", "VAR_SAMP")) {
            readers.put(stat, FunctionReader.arity(1, as(stat)));
        }
        // DATABASE() / SCHEMA(): the current schema (the database in MySQL terms)
        readers.put("DATABASE", FunctionReader.arity(0, as("CURRENT_SCHEMA")));
        readers.put("SCHEMA", FunctionReader.arity(0, as("CURRENT_SCHEMA")));
        writers.put("CURRENT_SCHEMA", template("DATABASE()"));
        writers.put("WEEK_MODE", template("WEEK({0}, {u})"));
        writers.put("YEARWEEK", template("YEARWEEK({0}, {u})"));
        readers.put("ISNULL", FunctionReader.arity(1, as("IS_NULL")));
        readers.put("LAST_INSERT_ID", FunctionReader.arity(0, as("LAST_INSERT_ID")));
        // CHAR(n1, n2, ...): one character per code, NULL codes skipped
        readers.put("CHAR", (n, a) -> a.size() == 1 ? new Call("CHR", a) : a.size() > 1 ? new Call("CONCAT_SKIP",
                a.stream().map(x -> (Expression) new CallNode(new Call("CHR", java.util.List.of(x)))).toList()) : null);
        readers.put("SPACE", (n, a) -> new Call("REPEAT", java.util.List.of(new net.sf.jsqlparser.expression.StringValue(" "), a.get(0))));

        // ---- writing MySQL spellings
        readers.put("REGEXP_REPLACE", RegexpReplace::readMysql);
        readers.put("FIND_IN_SET", as("FIND_IN_SET"));
        writers.put("FIND_IN_SET", rename("FIND_IN_SET"));
        RegexpReplace.writeMysql(writers);
        writers.put("CONCAT_NULL", rename("CONCAT"));
        writers.put("CONCAT_SKIP", concatSkip());
        writers.put("IF", rename("IF"));
        writers.put("LENGTH", rename("CHAR_LENGTH"));
        writers.put("OCTET_LENGTH", rename("LENGTH"));
        writers.put("LENGTH_RTRIM", template("CHAR_LENGTH(RTRIM({0}))"));
        writers.put("JSON_TEXT", template("JSON_UNQUOTE(JSON_EXTRACT({0}, {1}))"));
        writers.put("TRIM", trimSet("BOTH", "^[{s}]+|[{s}]+$"));
        writers.put("LTRIM", trimSet("LEADING", "^[{s}]+"));
        writers.put("RTRIM", trimSet("TRAILING", "[{s}]+$"));
        writers.put("INSTR", (c, o) -> {
            if (o.ctx().preserve() && !o.ctx().from().caseInsensitiveStrings()) {
                // A case-sensitive source (PostgreSQL strpos, SQLite instr): the default collation would ignore case.
                o.text("INSTR(CONVERT(").expr(c.arg(0)).text(" USING utf8mb4) COLLATE utf8mb4_bin, ").expr(c.arg(1)).text(")");
                return;
            }
            o.text("INSTR(").args(c, 0).text(")");
        });
        writers.put("RANDOM", template("RAND()"));
        writers.put("MD5", rename("MD5"));
        writers.put("UUID", template("UUID()"));
        writers.put("NOW", template("NOW()"));
        writers.put("CURRENT_DATE", template("CURDATE()"));
        writers.put("CURRENT_TIME", template("CURTIME()"));
        writers.put("UTC_NOW", template("UTC_TIMESTAMP()"));
        writers.put("LOG10", rename("LOG10"));
        // the decimal value of a double, so that halves round away from zero as in SQLite
        writers.put("ROUND_AWAY", FunctionWriter.byArity(null, template("ROUND(CAST({0} AS DECIMAL(65, 30)))"),
                template("ROUND(CAST({0} AS DECIMAL(65, 30)), {1})")));
        writers.put("TRUNC_NUM", FunctionWriter.byArity(template("TRUNCATE({0}, 0)"), template("TRUNCATE({0}, 0)"),
                rename("TRUNCATE")));
        writers.put("CHR", template("CHAR({0} USING utf8mb4)"));
        writers.put("IS_NULL", template("ISNULL({0})"));
        writers.put("LAST_INSERT_ID", template("LAST_INSERT_ID()"));
        writers.put("GREATEST_SKIP", NullSafe.greatestSkip("GREATEST"));
        writers.put("LEAST_SKIP", NullSafe.greatestSkip("LEAST"));

        readers.put("DATE_ADD", DateReaders.dateAddMysql(false));
        readers.put("ADDDATE", DateReaders.dateAddMysql(false));
        readers.put("DATE_SUB", DateReaders.dateAddMysql(true));
        readers.put("SUBDATE", DateReaders.dateAddMysql(true));
        readers.put("TIMESTAMPADD", DateReaders.dateAddUnitFirst());
        readers.put("DATEDIFF", FunctionReader.arity(2, as("DATEDIFF_DAYS")));
        readers.put("TIMESTAMPDIFF", DateReaders.timestampDiff());
        readers.put("YEAR", DateReaders.part("YEAR"));
        readers.put("MONTH", DateReaders.part("MONTH"));
        readers.put("DAY", DateReaders.part("DAY"));
        readers.put("DAYOFMONTH", DateReaders.part("DAY"));
        readers.put("HOUR", DateReaders.part("HOUR"));
        readers.put("MINUTE", DateReaders.part("MINUTE"));
        readers.put("SECOND", DateReaders.part("SECOND"));
        readers.put("DAYOFWEEK", DateReaders.part("DOW"));
        readers.put("DAYOFYEAR", DateReaders.part("DOY"));
        readers.put("QUARTER", DateReaders.part("QUARTER"));
        readers.put("DATE", FunctionReader.arity(1, as("DATE_ONLY")));
        readers.put("LAST_DAY", as("LAST_DAY"));
        readers.put("DATE_FORMAT", DateReaders.format("FORMAT_DATE", 0, 1, FormatTokens.MYSQL, (char) 0));
        readers.put("STR_TO_DATE", DateReaders.format("PARSE_DATE", 0, 1, FormatTokens.MYSQL, (char) 0));
        // Weekday / month names are DATE_FORMAT('%W') / ('%M'): every target already writes those.
        FunctionReader dateFormat = DateReaders.format("FORMAT_DATE", 0, 1, FormatTokens.MYSQL, (char) 0);
        readers.put("DAYNAME", (n, a) -> a.size() == 1 ? dateFormat.read("DATE_FORMAT",
                java.util.List.of(a.get(0), new net.sf.jsqlparser.expression.StringValue("%W"))) : null);
        readers.put("MONTHNAME", (n, a) -> a.size() == 1 ? dateFormat.read("DATE_FORMAT",
                java.util.List.of(a.get(0), new net.sf.jsqlparser.expression.StringValue("%M"))) : null);
        readers.put("UNIX_TIMESTAMP", (n, a) -> a.size() == 1 ? new Call("UNIX_SECONDS", a) : a.isEmpty()
                ? new Call("UNIX_SECONDS", java.util.List.of(new CallNode(new Call("NOW", java.util.List.of()))))
                : null);
        // PERIOD_DIFF / PERIOD_ADD on YYYYMM periods: month arithmetic the targets write with integer / and %.
        readers.put("PERIOD_DIFF", FunctionReader.arity(2, as("PERIOD_DIFF")));
        readers.put("PERIOD_ADD", FunctionReader.arity(2, as("PERIOD_ADD")));
        writers.put("PERIOD_DIFF", rename("PERIOD_DIFF"));
        writers.put("PERIOD_ADD", rename("PERIOD_ADD"));
        // TIME_TO_SEC(TIMEDIFF(a, b)): the seconds between two datetimes; SEC_TO_TIME(n): the time n seconds after
        // midnight; TIME_FORMAT on a datetime formats its time of day like DATE_FORMAT.
        readers.put("TIME_TO_SEC", (n, a) -> a.size() == 1 && a.get(0) instanceof net.sf.jsqlparser.expression.Function f
                && f.getName().equalsIgnoreCase("TIMEDIFF") && f.getParameters() != null && f.getParameters().size() == 2
                ? new Call("TIMEDIFF_SECONDS", new java.util.ArrayList<>(f.getParameters())) : null);
        writers.put("TIMEDIFF_SECONDS", template("TIME_TO_SEC(TIMEDIFF({0}, {1}))"));
        readers.put("SEC_TO_TIME", FunctionReader.arity(1, as("SEC_TO_TIME")));
        writers.put("SEC_TO_TIME", rename("SEC_TO_TIME"));
        readers.put("TIME_FORMAT", DateReaders.format("FORMAT_DATE", 0, 1, FormatTokens.MYSQL, (char) 0));
        // HEX / BIN / OCT / CONV / UNHEX of literals fold to their text; HEX of a string is its bytes in hex.
        readers.put("HEX", (n, a) -> a.size() != 1 ? null : a.get(0) instanceof net.sf.jsqlparser.expression.StringValue
                ? new Call("HEX_TEXT", a) : RadixText.fold(a.get(0), 10, 16));
        readers.put("BIN", (n, a) -> a.size() == 1 ? RadixText.fold(a.get(0), 10, 2) : null);
        readers.put("OCT", (n, a) -> a.size() == 1 ? RadixText.fold(a.get(0), 10, 8) : null);
        readers.put("CONV", (n, a) -> a.size() == 3 && a.get(1) instanceof LongValue from && a.get(2) instanceof LongValue to
                ? RadixText.fold(a.get(0), (int) from.getValue(), (int) to.getValue()) : null);
        readers.put("UNHEX", FunctionReader.arity(1, as("UNHEX")));
        writers.put("UNHEX", rename("UNHEX"));
        // GREATEST / LEAST: numbers and text compare as numbers; text alone under the case-insensitive collation
        readers.put("GREATEST", (n, a) -> MixedGreatest.read(a, true));
        readers.put("LEAST", (n, a) -> MixedGreatest.read(a, false));
        writers.put("GREATEST_CI", rename("GREATEST"));
        writers.put("LEAST_CI", rename("LEAST"));
        readers.put("FROM_UNIXTIME", FunctionReader.arity(1, as("FROM_UNIX_SECONDS")));
        readers.put("ELT", (n, a) -> a.size() >= 2 ? new Call("ELT", a) : null);
        readers.put("SUBSTRING_INDEX", FunctionReader.arity(3, as("SUBSTRING_INDEX")));
        writers.put("SUBSTRING_INDEX", rename("SUBSTRING_INDEX"));
        writers.put("ELT", rename("ELT"));
        DateWriters.mysql(writers);
        writers.put("LAST_DAY", rename("LAST_DAY"));
        writers.put("TO_TEXT", template("CAST({0} AS CHAR)"));
        writers.put("EPOCH_DIFF", template("TIMESTAMPDIFF(SECOND, {1}, {0})"));
        // Not UNIX_TIMESTAMP, which reads the value in the session time zone.
        writers.put("FROM_UNIX_SECONDS", template("TIMESTAMPADD(SECOND, {0}, TIMESTAMP '1970-01-01 00:00:00')"));
        writers.put("UNIX_SECONDS", template("TIMESTAMPDIFF(SECOND, '1970-01-01 00:00:00', {0})"));
        // TO_DAYS counts from year 0; day 0 is Julian day 1721059.5, plus the time of day as a fraction (the CAST:
        // TIME_TO_SEC('2024-03-10') would read the text as a time).
        writers.put("JULIANDAY", template("(TO_DAYS({0}) + 1721059.5 + TIME_TO_SEC(CAST({0} AS DATETIME)) / 86400e0)"));
        // Trailing fractional zeros dropped; exponent forms ('1.5e20') are left alone.
        writers.put("NUM_TEXT", template("CASE WHEN CAST({0} AS CHAR) LIKE '%.%' AND CAST({0} AS CHAR) NOT LIKE '%e%'"
                + " THEN TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST({0} AS CHAR))) ELSE CAST({0} AS CHAR) END"));
        writers.put("TO_NUMBER", template("({0} + 0)"));

        readers.put("LOCATE", caseless((n, a) -> a.size() == 2 ? new Call("INSTR", java.util.List.of(a.get(1), a.get(0)))
                : a.size() == 3 ? new Call("INSTR3", java.util.List.of(a.get(1), a.get(0), a.get(2))) : null));
        writers.put("INSTR3", template("LOCATE({1}, {0}, {2})"));
        writers.put("MAKE_DATE", template("STR_TO_DATE(CONCAT({0}, '-', {1}, '-', {2}), '%Y-%c-%e')"));
        writers.put("MAKE_TIMESTAMP", template("STR_TO_DATE(CONCAT({0}, '-', {1}, '-', {2}, ' ', {3}, ':', {4}, ':', {5}), '%Y-%c-%e %H:%i:%s')"));
        readers.put("ROW_COUNT", FunctionReader.arity(0, as("ROW_COUNT")));
        writers.put("ROW_COUNT", template("ROW_COUNT()"));
        PatIndex.mariadb(writers);
        IsNumeric.mariadb(writers);
        writers.put("IS_INTEGER_TEXT", template("(TRIM({0}) REGEXP '^[-+]?[0-9]+$')"));
        // MariaDB sequences: NEXTVAL(s) / LASTVAL(s), the name unquoted
        writers.put("SEQ_NEXT", (c, o) -> o.text("NEXTVAL(" + ((net.sf.jsqlparser.expression.StringValue) c.arg(0)).getValue() + ")"));
        writers.put("SEQ_CURRENT", (c, o) -> o.text("LASTVAL(" + ((net.sf.jsqlparser.expression.StringValue) c.arg(0)).getValue() + ")"));
        writers.put("DAYS_BETWEEN_EXACT", template("(TIMESTAMPDIFF(MICROSECOND, {1}, {0}) / 86400000000e0)"));
        NumberFormats.mariadb(writers);
        Regexps.writeMariadb(writers);
        writers.put("DOW0", template("(DAYOFWEEK({0}) - 1)"));
        // PostgreSQL split_part: the n-th field, '' past the last one (SUBSTRING_INDEX would repeat the last).
        writers.put("SPLIT_PART", template("CASE WHEN {2} > (CHAR_LENGTH({0}) - CHAR_LENGTH(REPLACE({0}, {1}, '')))"
                + " / CHAR_LENGTH({1}) + 1 THEN '' ELSE SUBSTRING_INDEX(SUBSTRING_INDEX({0}, {1}, {2}), {1}, -1) END"));
        writers.put("TIME_TEXT", template("TIME_FORMAT({0}, '%H:%i:%s')"));
        writers.put("FIXED_TEXT", template("CAST(CAST({0} AS DECIMAL(65, {1})) AS CHAR)"));
        writers.put("HEX_TEXT", template("HEX(CAST({0} AS CHAR))"));
        writers.put("MOD", FunctionWriter.rename("MOD"));

        writers.put("CHR", (c, o) -> o.text("CHAR(").args(c, 0).text(" USING utf8mb4)"));

        writers.put("TO_TIMESTAMP", template("CAST({0} AS DATETIME)"));

        readers.put("FIELD", (n, a) -> a.size() >= 2 ? new Call("FIELD", a) : null);
        writers.put("FIELD", rename("FIELD"));

        typeNames.put(Types.BOOLEAN, "TINYINT(1)");
        typeNames.put(Types.TINYINT, "TINYINT");
        typeNames.put(Types.DOUBLE, "DOUBLE");
        typeNames.put(Types.TEXT, "LONGTEXT");
        typeNames.put(Types.BLOB, "LONGBLOB");
        typeNames.put(Types.BINARY, "VARBINARY(%s)");
        typeNames.put(Types.TIMESTAMP, "DATETIME(%s)");
        typeNames.put(Types.TIMESTAMPTZ, "DATETIME(%s)");
        typeNames.put(Types.JSON, "JSON");
        typeReads.put("TINYINT", Types.TINYINT);
        typeReads.put("YEAR", Types.SMALLINT);
        typeReads.put("ENUM", Types.VARCHAR);
        typeReads.put("SET", Types.VARCHAR);
    }

    private static FunctionWriter concatSkip() {
        // CONCAT_WS skips NULL arguments, which is exactly "NULL as empty string" with an empty separator.
        return template("CONCAT_WS('', {*})");
    }

    @Override
    public String caseSensitiveLike() {
        return "LIKE BINARY";
    }

    @Override
    public boolean textComparesAsNumber() {
        return true;
    }

    @Override
    public String rollupStyle() {
        return "WITH_ROLLUP";
    }

    @Override
    public String family() {
        return "MYSQL";
    }

    @Override
    public boolean backslashEscapes() {
        return true;
    }

    @Override
    public Prepass.Options prepassOptions() {
        return new Prepass.Options(true, true, true, true, false, false, true);
    }

    @Override
    public String quote(String name) {
        return '`' + name.replace("`", "``") + '`';
    }

    @Override
    public boolean caseSensitiveTableNames() {
        return true;
    }

    @Override
    public boolean predicateValuesAreNumbers() {
        return true;
    }

    @Override
    public boolean supportsNullsOrdering() {
        return false;
    }

    @Override
    public boolean integerDivisionTruncates() {
        return false;
    }

    @Override
    public boolean divisionByZeroIsNull() {
        return true;
    }

    @Override
    public boolean pipesAreOr() {
        return true;
    }

    @Override
    public boolean caseInsensitiveStrings() {
        return true;
    }

    @Override
    public boolean implicitStringToNumber() {
        return true;
    }

    @Override
    protected boolean dialectSupportsReturning() {
        return false;
    }

    @Override
    public boolean supportsDmlLimit() {
        return true;
    }

    @Override
    public String exceptKeyword() {
        return "EXCEPT";
    }

    @Override
    protected void dialectApplyPaging(net.sf.jsqlparser.statement.select.Select select, Paging p, RenderContext ctx) {
        if (!RowNumberPaging.plain(p.rowCount()) || !RowNumberPaging.plain(p.offset())) {
            // LIMIT takes only literals and placeholders here
            if (select instanceof net.sf.jsqlparser.statement.select.PlainSelect ps && RowNumberPaging.apply(ps, p)) {
                ctx.emulated("paging", "LIMIT / OFFSET expressions as ROW_NUMBER() bounds");
                return;
            }
            ctx.unsupported("paging", "LIMIT", "LIMIT / OFFSET with a computed value needs an ORDER BY of columns on "
                    + this);
        }
        super.dialectApplyPaging(select, p, ctx);
    }

    @Override
    protected Expression offsetOnlyLimit() {
        // The manual's own idiom for "all remaining rows" (SELECT statement, LIMIT clause).
        return new LongValue("18446744073709551615");
    }

    @Override
    protected String dialectWriteCastType(String canonical) {
        switch (canonical) {
            case Types.TINYINT: case Types.SMALLINT: case Types.INTEGER: case Types.BIGINT: case Types.BOOLEAN:
                return "SIGNED";
            case Types.VARCHAR: case Types.TEXT: case Types.UUID: case Types.JSON:
                return "CHAR";
            case Types.CHAR:
                return "CHAR(%s)";
            case Types.REAL: case Types.DOUBLE:
                return "DOUBLE";
            case Types.TIMESTAMP: case Types.TIMESTAMPTZ:
                return "DATETIME";
            case Types.BLOB: case Types.BINARY:
                return "BINARY";
            default:
                return super.dialectWriteCastType(canonical);
        }
    }

    @Override
    public RegexStyle regexStyle() {
        return RegexStyle.REGEXP_OPERATOR;
    }

    @Override
    public String integerDivisionTemplate() {
        return "({0} DIV {1})";
    }

    @Override
    public String exactNumericCastType() {
        return "DECIMAL(65, 30)";
    }

    @Override
    public boolean supportsFullJoin() {
        return false;
    }

    @Override
    public String binaryCollation() {
        return "utf8mb4_0900_bin";
    }

    @Override
    public String unboundedDecimalCastType() {
        return "DECIMAL(65, 30)";
    }

    @Override
    public String defaultTypeArgument(String canonical) {
        return canonical.equals(Types.VARCHAR) ? "255" : null;
    }

    @Override
    public UpsertStyle upsertStyle() {
        return UpsertStyle.ON_DUPLICATE_KEY;
    }

    @Override
    public String replaceInto() {
        return "REPLACE INTO";
    }

    @Override
    public DefaultRowStyle defaultRowStyle() {
        return DefaultRowStyle.EMPTY_LISTS;
    }

    @Override
    protected String dialectRowLockClause(boolean shared) {
        // MariaDB (10.11) has no FOR SHARE; both MySQL 8 and MariaDB read LOCK IN SHARE MODE.
        return shared ? "LOCK IN SHARE MODE" : "FOR UPDATE";
    }

    @Override
    public String beginTransaction() {
        return "START TRANSACTION";
    }

    @Override
    public String showTablesQuery() {
        return "SHOW TABLES";
    }

    @Override
    public String showTablesQuery(String likePattern) {
        return "SHOW TABLES LIKE " + likePattern;
    }

    @Override
    public String showColumnsQuery(String t) {
        return "SHOW COLUMNS FROM `" + t.substring(1, t.length() - 1) + "`";
    }

    @Override
    public String autoIncrementColumn(String canonical, boolean primaryKey) {
        String t = Types.BIGINT.equals(canonical) ? "BIGINT" : "INT";
        // AUTO_INCREMENT must be a key in MySQL.
        return t + " NOT NULL AUTO_INCREMENT" + (primaryKey ? "" : " UNIQUE");
    }

    @Override
    public String nullSafeEqualsStyle() {
        return "<=>";
    }

    @Override
    public StringAggStyle stringAggStyle() {
        return StringAggStyle.GROUP_CONCAT_SEPARATOR;
    }

    @Override
    public String caseSensitiveComparison() {
        // BINARY compares bytes: case- and trailing-blank-sensitive, like PostgreSQL, Oracle and SQLite.
        return "BINARY {}";
    }

    @Override
    public String truncateFunction() {
        return "TRUNCATE";
    }

    @Override
    public boolean aliasesInHaving() {
        return true;
    }

    @Override
    public String modifyColumn(String c, String type, boolean notNull) {
        return "MODIFY COLUMN " + c + " " + type + (notNull ? " NOT NULL" : "");
    }

    @Override
    public String tablesCatalogQuery() {
        return "SELECT table_name AS table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_type = 'BASE TABLE'";
    }

    @Override
    public String arbitraryDecimalType() {
        return "DECIMAL(65, 30)";
    }

    @Override
    public String informationSchemaView(String view) {
        // MariaDB's INFORMATION_SCHEMA lists every database on the server
        return view.equals("TABLES") || view.equals("COLUMNS") || view.equals("VIEWS")
                ? "SELECT * FROM INFORMATION_SCHEMA." + view + " WHERE TABLE_SCHEMA = DATABASE()" : null;
    }

    @Override
    protected boolean dialectSupportsSequences() {
        // MySQL has none; MariaDB (10.3+) overrides.
        return false;
    }

    @Override
    public String sequenceNext(String name) {
        return null;
    }

    @Override
    public String noOpStatement() {
        return "DO 0";
    }

    @Override
    public boolean truncateRestartsIdentity() {
        return true;
    }

    @Override
    public LockOf rowLockOf() {
        // MariaDB has no OF list (MySQL 8's names tables; leaving it out locks a superset there too).
        return LockOf.NONE;
    }

    @Override
    public boolean supportsAddColumnIfNotExists() {
        return true;
    }

    @Override
    public boolean hasRenameTableStatement() {
        return true;
    }

    @Override
    public boolean dropIndexNamesTable() {
        return true;
    }

    @Override
    public boolean dynamicDropIndex() {
        return true;
    }

    @Override
    public boolean supportsPartialIndexes() {
        return false;
    }

    @Override
    public boolean supportsExpressionIndexes() {
        // MariaDB 10.11 indexes columns only (MySQL 8.0.13+ could, but the judged target is MariaDB).
        return false;
    }

    @Override
    public boolean supportsColumnPositions() {
        return true;
    }

    @Override
    public boolean supportsTableCommentOption() {
        return true;
    }

    /**
     * TRIM/LTRIM/RTRIM with a set of characters (Oracle, SQLite, PostgreSQL): MySQL's TRIM(LEADING 'xy' FROM s)
     * removes the string 'xy', not any of x and y, so a literal set of several characters becomes a case-sensitive
     * REGEXP_REPLACE with a character class.
     */
    static FunctionWriter trimSet(String side, String pattern) {
        FunctionWriter one = template(side.equals("BOTH") ? "TRIM({0})" : side.equals("LEADING") ? "LTRIM({0})"
                : "RTRIM({0})");
        return (call, out) -> {
            if (call.arity() < 2) {
                one.write(call, out);
                return;
            }
            if (call.arg(1) instanceof net.sf.jsqlparser.expression.StringValue set && set.getValue().length() > 1) {
                StringBuilder cls = new StringBuilder();
                for (char ch : set.getValue().replace("''", "'").toCharArray()) {
                    if ("]\\^-[".indexOf(ch) >= 0) {
                        cls.append("\\\\");
                    }
                    cls.append(ch == '\'' ? "''" : String.valueOf(ch));
                }
                out.text("REGEXP_REPLACE(").expr(call.arg(0)).text(", '(?-i)" + pattern.replace("{s}", cls) + "', '')");
                return;
            }
            out.text("TRIM(" + side + " ").expr(call.arg(1)).text(" FROM ").expr(call.arg(0)).text(")");
        };
    }

    @Override
    public boolean identityTakesNull() {
        return true;
    }

    @Override
    public boolean identityTakesZero() {
        return true;
    }

    @Override
    public boolean caretIsXor() {
        return true;
    }

    @Override
    public String keyTextType() {
        return "VARCHAR(255)";
    }

    @Override
    public boolean updateAssignsLeftToRight() {
        return true;
    }

    @Override
    public String jsonArrayTable(boolean numbers, boolean correlated) {
        // JSON_TABLE may read columns of the tables before it (no LATERAL in MariaDB 10.11), so it stays the FROM
        // item itself; its ordinality counts from 1, so there is no 0-based key column.
        return "JSON_TABLE({0}, '$[*]' COLUMNS (value " + (numbers ? "DECIMAL(65, 30)" : "LONGTEXT")
                + " PATH '$')) AS {alias}";
    }

    @Override
    public boolean supportsRowValueSet() {
        return false;
    }

    /**
     * A string search under MySQL's case-insensitive collation: a searched-for literal with letters and the string
     * searched are both lower-cased, so case-sensitive targets find the same position.
     */
    static FunctionReader caseless(FunctionReader inner) {
        return (name, args) -> {
            Call c = inner.read(name, args);
            if (c == null || c.arity() < 2 || !(c.arg(1) instanceof net.sf.jsqlparser.expression.StringValue sub)
                    || !sub.getValue().matches("(?s).*\\p{L}.*")) {
                return c;
            }
            java.util.List<net.sf.jsqlparser.expression.Expression> a = new java.util.ArrayList<>(c.args());
            a.set(0, new CallNode(new Call("LOWER", java.util.List.of(a.get(0)))));
            a.set(1, new CallNode(new Call("LOWER", java.util.List.of(a.get(1)))));
            return new Call(c.name(), a, c.unit());
        };
    }

    @Override
    public boolean groupBySorts() {
        // MariaDB (and MySQL before 8.0) sort the groups when there is no ORDER BY
        return true;
    }
}
