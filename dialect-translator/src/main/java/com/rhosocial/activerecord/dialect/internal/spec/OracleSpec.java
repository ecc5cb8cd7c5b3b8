package com.rhosocial.activerecord.dialect.internal.spec;

import static com.rhosocial.activerecord.dialect.internal.spec.FunctionReader.as;
import static com.rhosocial.activerecord.dialect.internal.spec.FunctionWriter.rename;
import static com.rhosocial.activerecord.dialect.internal.spec.FunctionWriter.template;

import com.rhosocial.activerecord.dialect.Dialect;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;

/**
 * Oracle (12c and later): upper-case folding, {@code OFFSET/FETCH} paging (ROWNUM read from legacy SQL), no
 * boolean literals before 23ai, {@code FROM DUAL} required, {@code ''} is NULL and {@code ||} skips NULLs,
 * {@code MINUS}, no {@code RECURSIVE} keyword.
 */
public class OracleSpec extends DialectSpec {

    public OracleSpec() {
        super(Dialect.ORACLE);
        readers.put("REPLACE", OracleSpec::readReplace);
        readers.put("REGEXP_REPLACE", RegexpReplace::readOracle);
        Regexps.readOracle(readers);
        writers.put(Regexps.SUBSTR, (c, o) -> o.text("REGEXP_SUBSTR(").args(c, 0).text(", '" + c.unit() + "')"));
        writers.put(Regexps.INSTR, (c, o) -> o.text("REGEXP_INSTR(").args(c, 0).text(", 0, '" + c.unit() + "')"));
        writers.put(Regexps.COUNT, (c, o) -> o.text("REGEXP_COUNT(").args(c, 0).text(", '" + c.unit() + "')"));
        RegexpReplace.writeOracle(writers);
        // VALUE: a keyword of H2 (the stand-in), harmless to quote on the real server
        reserved.add("VALUE");
        reserved.addAll(Set.of("ACCESS", "AUDIT", "CLUSTER", "COMMENT", "COMPRESS", "CONNECT", "EXCLUSIVE", "FILE",
                "IDENTIFIED", "IMMEDIATE", "INCREMENT", "INITIAL", "LEVEL", "LOCK", "LONG", "MAXEXTENTS", "MINUS",
                "MODE", "MODIFY", "NOAUDIT", "NOCOMPRESS", "NOWAIT", "NUMBER", "OFFLINE", "ONLINE", "PCTFREE",
                "PRIOR", "RAW", "RENAME", "RESOURCE", "ROW", "ROWID", "ROWNUM", "SESSION", "SHARE", "SIZE", "START",
                "SUCCESSFUL", "SYNONYM", "SYSDATE", "TRIGGER", "UID", "VALIDATE", "VARCHAR", "VARCHAR2", "VIEW",
                "WHENEVER", "DATE", "INTEGER", "SMALLINT", "CHAR", "DECIMAL", "FLOAT"));
        reserved.remove("LIMIT");

        readers.put("NVL", as("COALESCE"));
        readers.put("NVL2", as("NVL2"));
        readers.put("DECODE", as("DECODE"));
        readers.put("CONCAT", as("CONCAT_SKIP"));
        readers.put("INSTR", FunctionReader.arity(2, as("INSTR")));
        readers.put("LENGTHB", as("OCTET_LENGTH"));
        readers.put("TRUNC", FunctionReader.arity(2, as("TRUNC_NUM")));
        readers.put("LOG", as("LOG"));
        readers.put("SYS_GUID", as("UUID"));
        readers.put("CHR", as("CHR"));
        readers.put("BITAND", FunctionReader.arity(2, as("BITAND")));
        readers.put("MEDIAN", FunctionReader.arity(1, as("MEDIAN")));
        readers.put("ROUND", (n, a) -> a.size() == 2 && a.get(1) instanceof net.sf.jsqlparser.expression.StringValue f
                ? OracleSpec.roundDate(a.get(0), f.getValue()) : new Call("ROUND", a));
        readers.put("GREATEST", as("GREATEST_NULL"));
        readers.put("LEAST", as("LEAST_NULL"));
        niladic.put("SYSDATE", "NOW");
        niladic.put("SYSTIMESTAMP", "NOW");
        niladic.put("CURRENT_DATE", "NOW");

        writers.put("CONCAT_SKIP", ConcatWriters.pipes(null));
        writers.put("CONCAT_NULL", OracleWriters.concatNull());
        writers.put("INSTR", rename("INSTR"));
        writers.put("UUID", template("SYS_GUID()"));
        writers.put("NOW", template("LOCALTIMESTAMP"));
        writers.put("CURRENT_DATE", template("TRUNC(SYSDATE)"));
        writers.put("UTC_NOW", template("SYS_EXTRACT_UTC(SYSTIMESTAMP)"));
        writers.put("RANDOM", template("DBMS_RANDOM.VALUE"));
        writers.put("LOG10", template("LOG(10, {0})"));
        writers.put("TRUNC_NUM", rename("TRUNC"));
        writers.put("LEFT", template("SUBSTR({0}, 1, {1})"));
        writers.put("RIGHT", template("SUBSTR({0}, -({1}))"));
        writers.put("REPEAT", template("RPAD({0}, {1} * LENGTH({0}), {0})"));
        writers.put("OCTET_LENGTH", rename("LENGTHB"));
        writers.put("MOD", rename("MOD"));
        writers.put("BITAND", rename("BITAND"));
        writers.put("MEDIAN", rename("MEDIAN"));
        writers.put("NVL2", rename("NVL2"));
        writers.put("DECODE", rename("DECODE"));
        writers.put("CONCAT_WS", OracleWriters.concatWs());

        readers.put("ADD_MONTHS", DateReaders.addMonths());
        readers.put("NEXT_DAY", DateReaders.nextDay());
        readers.put("MOD", OracleReaders.modByZero());
        readers.put("REMAINDER", OracleReaders.remainder());
        readers.put("SUBSTR", OracleReaders.substrZeroStart());
        readers.put("TRUNC", DateReaders.truncOracle());
        // TO_CHAR(number) is the shortest text ('24.5' for 24.50): NUM_TEXT; dates and strings stay TO_TEXT.
        readers.put("TO_CHAR", (n, a) -> a.size() == 1 ? new Call(DateReaders.looksTemporal(a.get(0))
                || a.get(0) instanceof net.sf.jsqlparser.expression.StringValue ? "TO_TEXT" : "NUM_TEXT", a)
                : NumberFormats.isNumberFormat(a.get(1)) ? NumberFormats.read(a)
                : DateReaders.format("FORMAT_DATE", 0, 1, FormatTokens.TO_CHAR, '"').read(n, a));
        readers.put("TO_DATE", DateReaders.format("PARSE_DATE", 0, 1, FormatTokens.TO_CHAR, '"'));
        readers.put("TO_TIMESTAMP", DateReaders.format("PARSE_DATE", 0, 1, FormatTokens.TO_CHAR, '"'));
        readers.put("TO_NUMBER", (n, a) -> a.size() == 1 ? new Call("TO_NUMBER", a)
                : a.size() == 2 ? OracleSpec.toNumberFormatted(a.get(0), a.get(1)) : null);
        readers.put("LAST_DAY", as("LAST_DAY"));
        readers.put("NEXTVAL@SEQUENCE", as("SEQ_NEXT"));
        readers.put("CURRVAL@SEQUENCE", as("SEQ_CURRENT"));
        writers.put("SEQ_NEXT", (c, o) -> o.text(((net.sf.jsqlparser.expression.StringValue) c.arg(0)).getValue() + ".NEXTVAL"));
        writers.put("SEQ_CURRENT", (c, o) -> o.text(((net.sf.jsqlparser.expression.StringValue) c.arg(0)).getValue() + ".CURRVAL"));
        // INSTR(s, sub, -1): the last occurrence, searching backwards from the end
        writers.put("INSTR_LAST", template("INSTR({0}, {1}, -1)"));
        // TO_CHAR(d, 'Q'): the quarter as text
        FunctionReader toChar = readers.get("TO_CHAR");
        readers.put("TO_CHAR", (n, a) -> a.size() == 2 && a.get(1) instanceof net.sf.jsqlparser.expression.StringValue q
                && q.getValue().equalsIgnoreCase("Q") ? new Call("TO_TEXT",
                List.of(new CallNode(new Call("EXTRACT", List.of(a.get(0)), "QUARTER")))) : toChar.read(n, a));
        readers.put("NUMTODSINTERVAL", OracleSpec::numToInterval);
        readers.put("NUMTOYMINTERVAL", OracleSpec::numToInterval);
        DateWriters.oracle(writers);
        writers.put("LAST_DAY", rename("LAST_DAY"));
        writers.put("TO_TEXT", rename("TO_CHAR"));
        writers.put(NumberFormats.NAME, rename("TO_CHAR"));
        writers.put("DAYS_BETWEEN_EXACT", template("({0} - {1})"));
        writers.put("NUM_TEXT", rename("TO_CHAR"));
        readers.put("MONTHS_BETWEEN", FunctionReader.arity(2, as("MONTHS_BETWEEN")));
        writers.put("MONTHS_BETWEEN", rename("MONTHS_BETWEEN"));
        writers.put("TO_NUMBER", rename("TO_NUMBER"));

        readers.put("INSTR", (n, a) -> a.size() == 2 ? new Call("INSTR", a)
                : a.size() == 3 && isMinusOne(a.get(2)) ? new Call("INSTR_LAST", a.subList(0, 2))
                : a.size() == 3 ? new Call("INSTR3", a) : a.size() == 4 ? instrOccurrence(a) : null);
        writers.put("INSTR3", rename("INSTR"));
        writers.put("MAKE_DATE", template("TO_DATE({0} || '-' || {1} || '-' || {2}, 'YYYY-MM-DD')"));
        writers.put("MAKE_TIMESTAMP", template("TO_DATE({0} || '-' || {1} || '-' || {2} || ' ' || {3} || ':' || {4} || ':' || {5}, 'YYYY-MM-DD HH24:MI:SS')"));
        writers.put("DOW0", template("(TO_NUMBER(TO_CHAR({0}, 'D')) - 1)"));

        typeNames.put(Types.BOOLEAN, "NUMBER(1)");
        typeNames.put(Types.TINYINT, "NUMBER(3)");
        typeNames.put(Types.SMALLINT, "NUMBER(5)");
        typeNames.put(Types.INTEGER, "NUMBER(10)");
        typeNames.put(Types.BIGINT, "NUMBER(19)");
        typeNames.put(Types.DECIMAL, "NUMBER(%s)");
        typeNames.put(Types.REAL, "BINARY_FLOAT");
        typeNames.put(Types.DOUBLE, "BINARY_DOUBLE");
        typeNames.put(Types.VARCHAR, "VARCHAR2(%s)");
        typeNames.put(Types.TEXT, "CLOB");
        typeNames.put(Types.BINARY, "RAW(%s)");
        typeNames.put(Types.TIME, "TIMESTAMP");
        typeNames.put(Types.UUID, "RAW(16)");
        typeNames.put(Types.JSON, "CLOB");
        typeNames.put(Types.TIMESTAMPTZ, "TIMESTAMP WITH TIME ZONE");
        typeReads.put("DATE", Types.TIMESTAMP);
    }

    /**
     * Oracle's NULL is its empty string: {@code REPLACE(s, x)} and a NULL replacement remove {@code x}; elsewhere a
     * NULL replacement makes the whole result NULL. The writers spell the {@code ''} out themselves, since a ''
     * read from Oracle SQL means NULL.
     */
    private static Call readReplace(String name, java.util.List<net.sf.jsqlparser.expression.Expression> a) {
        if (a.size() == 2 || a.size() == 3 && (a.get(2) instanceof net.sf.jsqlparser.expression.NullValue
                || a.get(2) instanceof net.sf.jsqlparser.expression.StringValue v && v.getValue().isEmpty())) {
            return new Call("REPLACE_REMOVE", a.subList(0, 2));
        }
        if (a.size() == 3 && !(a.get(2) instanceof net.sf.jsqlparser.expression.StringValue)) {
            return new Call("REPLACE_OR_REMOVE", a);
        }
        return new Call("REPLACE", a);
    }

    /**
     * INSTR(s, sub, pos, n) for a literal start of 1 or more and a literal occurrence 1..3: each further
     * occurrence is searched from one past the previous one (Oracle counts overlapping matches). Backward
     * searches (negative pos) and other occurrences stay unread (an error on the target).
     */
    private static Call instrOccurrence(List<Expression> a) {
        if (!(a.get(2) instanceof LongValue pos) || pos.getValue() < 1
                || !(a.get(3) instanceof LongValue n) || n.getValue() < 1 || n.getValue() > 3) {
            return null;
        }
        Call p = new Call("INSTR3", List.of(a.get(0), a.get(1), a.get(2)));
        for (long k = 2; k <= n.getValue(); k++) {
            p = new Call("INSTR_NEXT", List.of(a.get(0), a.get(1), new CallNode(p)));
        }
        return p;
    }

    @Override
    public DefaultRowStyle defaultRowStyle() {
        return DefaultRowStyle.DEFAULT_KEYWORD;
    }

    @Override
    protected String dialectRowLockClause(boolean shared) {
        // No shared row lock in a SELECT: FOR UPDATE keeps the rows unchanged until commit, as FOR SHARE would.
        return "FOR UPDATE";
    }

    @Override
    public IdentifierCase identifierCase() {
        return IdentifierCase.UPPER;
    }

    @Override
    protected boolean dialectHasBooleanLiterals() {
        return false;
    }

    @Override
    protected String dialectBooleanLiteral(boolean value) {
        return value ? "1" : "0";
    }

    @Override
    public boolean predicatesAreValues() {
        return false;
    }

    @Override
    public boolean nullsSortLowByDefault() {
        return false;
    }

    @Override
    public boolean requiresFrom() {
        return true;
    }

    @Override
    public boolean integerDivisionTruncates() {
        return false;
    }

    @Override
    public boolean concatOperatorSkipsNull() {
        return true;
    }

    @Override
    public boolean emptyStringIsNull() {
        return true;
    }

    @Override
    public boolean writesRecursiveKeyword() {
        return false;
    }

    @Override
    public String exceptKeyword() {
        return "MINUS";
    }

    @Override
    public boolean derivedTableOrderIsKept() {
        return true;
    }

    @Override
    public boolean supportsKeepDenseRank() {
        return true;
    }

    @Override
    public boolean supportsMultiTableInsert() {
        return true;
    }

    @Override
    protected boolean dialectSupportsReturning() {
        return false;
    }

    @Override
    protected void dialectApplyPaging(Select select, Paging p, RenderContext ctx) {
        applyOffsetFetch(select, p);
    }

    /**
     * Before 12c there is no FETCH FIRST: a first-n query without ORDER BY filters on {@code ROWNUM <= n}; with an
     * offset or an ORDER BY (ROWNUM is assigned before sorting) it would need a nested query: reported unsupported.
     */
    @Override
    protected void applyLegacyPaging(Select select, Paging p, RenderContext ctx) {
        if (p.offset() == null && p.rowCount() != null && select instanceof PlainSelect ps
                && (ps.getOrderByElements() == null || ps.getOrderByElements().isEmpty())) {
            net.sf.jsqlparser.expression.operators.relational.MinorThanEquals le =
                    new net.sf.jsqlparser.expression.operators.relational.MinorThanEquals(
                            new net.sf.jsqlparser.expression.TimeKeyExpression("ROWNUM"), p.rowCount()); // a bare keyword: never quoted
            ps.setWhere(ps.getWhere() == null ? le : new net.sf.jsqlparser.expression.operators.conditional.AndExpression(
                    new net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList<>(ps.getWhere()), le));
            return;
        }
        ctx.unsupported("paging", "FETCH", this + " without FETCH FIRST (before 12c) cannot page"
                + (p.offset() != null ? " with an offset" : " a sorted query") + " in one query block");
    }

    @Override
    public void fromlessSelect(PlainSelect select) {
        select.setFromItem(new Table("DUAL"));
    }

    /** Writers specific to Oracle. */
    static final class OracleWriters {
        private OracleWriters() {
        }

        /** NULL when any operand is NULL, although Oracle's || skips NULLs. */
        static FunctionWriter concatNull() {
            return (call, out) -> {
                out.text("CASE WHEN ");
                for (int i = 0; i < call.arity(); i++) {
                    if (i > 0) {
                        out.text(" OR ");
                    }
                    out.expr(call.arg(i)).text(" IS NULL");
                }
                out.text(" THEN NULL ELSE ");
                for (int i = 0; i < call.arity(); i++) {
                    if (i > 0) {
                        out.text(" || ");
                    }
                    out.expr(call.arg(i));
                }
                out.text(" END");
            };
        }

        /** CONCAT_WS emulated: separator between non-NULL values, via LTRIM-free CASE chains. */
        static FunctionWriter concatWs() {
            return (call, out) -> {
                List<net.sf.jsqlparser.expression.Expression> a = call.args();
                // SUBSTR( sep||x1 || sep||x2 ..., LENGTH(sep)+1 ) with each part dropped when NULL.
                out.text("SUBSTR(");
                for (int i = 1; i < a.size(); i++) {
                    if (i > 1) {
                        out.text(" || ");
                    }
                    out.text("CASE WHEN ").expr(a.get(i)).text(" IS NOT NULL THEN ").expr(a.get(0)).text(" || ")
                            .expr(a.get(i)).text(" END");
                }
                out.text(", LENGTH(").expr(a.get(0)).text(") + 1)");
            };
        }
    }

    @Override
    public boolean moduloIsFunction() {
        return true;
    }

    @Override
    public String exactNumericCastType() {
        return "NUMBER";
    }

    @Override
    public String defaultTypeArgument(String canonical) {
        return canonical.equals(Types.VARCHAR) ? "4000" : canonical.equals(Types.CHAR) ? "1" : null;
    }

    @Override
    public String rowIdentifier() {
        return "ROWID";
    }

    @Override
    public String beginTransaction() {
        return "SET TRANSACTION READ WRITE";
    }

    @Override
    public String showTablesQuery() {
        return "SELECT table_name FROM user_tables ORDER BY table_name";
    }


    @Override
    public String autoIncrementColumn(String canonical, boolean primaryKey) {
        return (Types.BIGINT.equals(canonical) ? "NUMBER(19)" : "NUMBER(10)") + " GENERATED BY DEFAULT AS IDENTITY";
    }

    @Override
    public String addColumnKeyword() {
        return "ADD";
    }

    /**
     * ROUND(date, 'MM') and ROUND(date, 'YYYY'): the start of the month (year) the date is nearer to; Oracle rounds
     * up from the 16th day of the month and from July 1st. Other models are not read.
     */
    static Call roundDate(net.sf.jsqlparser.expression.Expression d, String format) {
        String f = format.toUpperCase(java.util.Locale.ROOT);
        String unit;
        String part;
        long from;
        if (f.equals("MM") || f.equals("MON") || f.equals("MONTH")) {
            unit = "MONTH";
            part = "DAY";
            from = 16;
        } else if (f.equals("YYYY") || f.equals("YEAR") || f.equals("YYY") || f.equals("YY") || f.equals("Y")
                || f.equals("SYYYY")) {
            unit = "YEAR";
            part = "MONTH";
            from = 7;
        } else {
            return null;
        }
        net.sf.jsqlparser.expression.Expression up = new CallNode(new Call("DATE_TRUNC", List.of(
                new CallNode(new Call("DATE_ADD", List.of(d, new net.sf.jsqlparser.expression.LongValue(1)), unit))), unit));
        net.sf.jsqlparser.expression.Expression down = new CallNode(new Call("DATE_TRUNC", List.of(d), unit));
        net.sf.jsqlparser.expression.Expression late = new net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals(
                new CallNode(new Call("EXTRACT", List.of(d), part)), new net.sf.jsqlparser.expression.LongValue(from));
        return new Call("SAME", List.of(DateReaders.caseWhen(late, up, down)));
    }

    /**
     * TO_NUMBER(s, '$9,999.99'): a plain-digits model only checks the text, so the number is the text without the
     * group separators and currency sign the model names (the US defaults ',' and '$'); other models are not read.
     */
    static Call toNumberFormatted(net.sf.jsqlparser.expression.Expression s, net.sf.jsqlparser.expression.Expression f) {
        if (!(f instanceof net.sf.jsqlparser.expression.StringValue fmt)
                || !fmt.getValue().toUpperCase(java.util.Locale.ROOT).matches("(FM)?[$L]?S?[09,.GD$]+S?")) {
            return null;
        }
        String m = fmt.getValue().toUpperCase(java.util.Locale.ROOT);
        net.sf.jsqlparser.expression.Expression text = s;
        if (m.contains(",") || m.contains("G")) {
            text = replace(text, ",");
        }
        if (m.contains("$") || m.contains("L")) {
            text = replace(text, "$");
        }
        return new Call("TO_NUMBER", List.of(text));
    }

    private static net.sf.jsqlparser.expression.Expression replace(net.sf.jsqlparser.expression.Expression s, String what) {
        return new net.sf.jsqlparser.expression.Function().withName("REPLACE").withParameters(
                new net.sf.jsqlparser.expression.operators.relational.ExpressionList<>(s,
                        new net.sf.jsqlparser.expression.StringValue(what),
                        new net.sf.jsqlparser.expression.StringValue("''")));
    }

    @Override
    public boolean dateArithmeticInDays() {
        return true;
    }

    @Override
    public String showColumnsQuery(String t) {
        return "SELECT column_name AS \"Field\", data_type AS \"Type\","
                + " CASE WHEN nullable = 'Y' THEN 'YES' ELSE 'NO' END AS \"Null\", '' AS \"Key\","
                + " data_default AS \"Default\", '' AS \"Extra\" FROM user_tab_columns WHERE table_name = "
                + t.toUpperCase(java.util.Locale.ROOT) + " ORDER BY column_id";
    }

    @Override
    public String modifyColumn(String c, String type, boolean notNull) {
        return "MODIFY (" + c + " " + type + (notNull ? " NOT NULL" : "") + ")";
    }

    @Override
    public String tablesCatalogQuery() {
        return "SELECT LOWER(table_name) AS table_name FROM user_tables";
    }

    @Override
    public boolean supportsFetchWithTies() {
        return true;
    }

    @Override
    public boolean supportsLateral() {
        return true;
    }

    @Override
    public boolean countsWholeUnitsForSubDayBoundaries() {
        // DATE arithmetic over string literals gives an INTERVAL on the H2 stand-in; kept unsupported.
        return false;
    }

    /** NUMTODSINTERVAL(n, 'HOUR'): read as an interval of n units, which date arithmetic turns into DATE_ADD. */
    private static Call numToInterval(String name, List<Expression> a) {
        if (a.size() != 2 || !(a.get(1) instanceof net.sf.jsqlparser.expression.StringValue u)) {
            return null;
        }
        String unit = DateReaders.unit(u.getValue().trim());
        return unit == null ? null : new Call("INTERVAL_OF", List.of(a.get(0)), unit);
    }

    @Override
    public boolean unconstrainedDecimalIsArbitrary() {
        return true;
    }

    private static boolean isMinusOne(Expression e) {
        return e instanceof net.sf.jsqlparser.expression.SignedExpression s && s.getSign() == '-'
                && s.getExpression() instanceof LongValue v && v.getValue() == 1
                || e instanceof LongValue v2 && v2.getValue() == -1;
    }

    @Override
    public String sequenceNext(String name) {
        return name + ".NEXTVAL";
    }

    @Override
    public String sequenceCurrent(String name) {
        return name + ".CURRVAL";
    }

    @Override
    public boolean sequenceIfExists() {
        return false;
    }

    @Override
    public String noCycleKeyword() {
        return "NOCYCLE";
    }

    @Override
    public LockOf rowLockOf() {
        return LockOf.COLUMNS;
    }

    @Override
    public String isolationStatement(String level, boolean session) {
        // Oracle has READ COMMITTED and SERIALIZABLE; each level maps to the weakest one at least as strict.
        String l = level.equals("READ UNCOMMITTED") || level.equals("READ COMMITTED") ? "READ COMMITTED" : "SERIALIZABLE";
        return (session ? "ALTER SESSION SET ISOLATION_LEVEL = " + l.replace(' ', '_') : "SET TRANSACTION ISOLATION LEVEL " + l);
    }

    @Override
    public String dropTableCascade() {
        return " CASCADE CONSTRAINTS";
    }

    @Override
    public boolean supportsDropIfExists() {
        // Only from 23c.
        return false;
    }

    @Override
    public boolean supportsCommentOn() {
        return true;
    }

    @Override
    public boolean supportsPartialIndexes() {
        return false;
    }

    @Override
    public String noOpStatement() {
        return "SELECT 1 FROM DUAL WHERE 1 = 0";
    }

    @Override
    public String keyTextType() {
        // a CLOB cannot be a key
        return "VARCHAR2(4000)";
    }

    @Override
    public boolean booleanArithmetic() {
        return false;
    }
}
