package com.rhosocial.activerecord.dialect.internal.spec;

import static com.rhosocial.activerecord.dialect.internal.spec.FunctionReader.as;
import static com.rhosocial.activerecord.dialect.internal.spec.FunctionReader.reorder;
import static com.rhosocial.activerecord.dialect.internal.spec.FunctionWriter.rename;
import static com.rhosocial.activerecord.dialect.internal.spec.FunctionWriter.template;

import com.rhosocial.activerecord.dialect.Dialect;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.Top;

/**
 * SQL Server 2017 and later: bracket quoting, {@code TOP (n)} and {@code OFFSET/FETCH} (which needs ORDER BY),
 * no boolean literals, {@code +} for strings, {@code LEN} ignoring trailing blanks, case-insensitive default
 * collation, {@code ISNULL}, {@code CHARINDEX(sub, s)}, {@code LOG(x, base)}.
 */
public class SqlServerSpec extends DialectSpec {

    public SqlServerSpec() {
        super(Dialect.SQLSERVER);
        // VALUE: a keyword of H2 (the stand-in), harmless to quote on the real server
        reserved.add("VALUE");
        reserved.addAll(Set.of("BACKUP", "BREAK", "BROWSE", "BULK", "CHECKPOINT", "CLUSTERED", "COMPUTE", "CONTAINS",
                "CONTINUE", "DATABASE", "DBCC", "DENY", "DISK", "DUMP", "ERRLVL", "EXEC", "EXECUTE", "EXIT", "FILE",
                "FILLFACTOR", "FREETEXT", "FUNCTION", "GOTO", "HOLDLOCK", "IDENTITY", "IF", "KILL", "LINENO", "LOAD",
                "NOCHECK", "NONCLUSTERED", "OFF", "OFFSETS", "OPEN", "OVER", "PERCENT", "PLAN", "PRINT", "PROC",
                "PROCEDURE", "PUBLIC", "RAISERROR", "READ", "RECONFIGURE", "RESTORE", "RETURN", "REVERT", "REVOKE",
                "ROWCOUNT", "RULE", "SAVE", "SCHEMA", "SHUTDOWN", "STATISTICS", "TOP", "TRAN", "TRANSACTION",
                "TRIGGER", "TRUNCATE", "TSEQUAL", "USE", "VIEW", "WAITFOR", "WHILE", "WRITETEXT"));
        reserved.remove("LIMIT");

        readers.put("ISNULL", FunctionReader.arity(2, as("COALESCE")));
        readers.put("IIF", as("IF"));
        readers.put("LEN", as("LENGTH_RTRIM"));
        readers.put("STR", SqlServerSpec::str);
        readers.put("DATALENGTH", as("OCTET_LENGTH"));
        readers.put("CHARINDEX", FunctionReader.arity(2, reorder("INSTR", 1, 0)));
        readers.put("NEWID", as("UUID"));
        readers.put("RAND", FunctionReader.arity(0, as("RANDOM")));
        readers.put("GETDATE", as("NOW"));
        readers.put("SYSDATETIME", as("NOW"));
        readers.put("CURRENT_TIMESTAMP", as("NOW"));
        readers.put("GETUTCDATE", as("UTC_NOW"));
        readers.put("SYSUTCDATETIME", as("UTC_NOW"));
        readers.put("LOG", (n, a) -> a.size() == 2 ? new Call("LOG", List.of(a.get(1), a.get(0)))
                : new Call("LN", a));
        readers.put("REPLICATE", as("REPEAT"));
        readers.put("QUOTENAME", SqlServerSpec::quoteName);
        // ISDATE('literal'): decided here, as no target can try a conversion; a column is left alone
        readers.put("ISDATE", (n, a) -> a.size() == 1 && a.get(0) instanceof net.sf.jsqlparser.expression.StringValue v
                ? new Call("SAME", List.of(new net.sf.jsqlparser.expression.LongValue(parseDate(v.getValue()) == null ? 0 : 1)))
                : null);
        readers.put("SCOPE_IDENTITY", as("LAST_INSERT_ID"));
        readers.put("CHAR", FunctionReader.arity(1, as("CHR")));
        readers.put("SQUARE", (n, a) -> new Call("POWER", List.of(a.get(0), new net.sf.jsqlparser.expression.LongValue(2))));
        readers.put("GREATEST", as("GREATEST_SKIP"));
        readers.put("LEAST", as("LEAST_SKIP"));

        writers.put("COALESCE", rename("COALESCE"));
        // MAX/MIN reject BIT operands.
        writers.put("BOOL_OR", template("MAX(CAST({0} AS INT))"));
        writers.put("BOOL_AND", template("MIN(CAST({0} AS INT))"));
        writers.put("IF", template("IIF({0}, {1}, {2})"));
        writers.put("CONCAT_SKIP", rename("CONCAT"));
        writers.put("CONCAT_NULL", plusConcat());
        writers.put("LENGTH", template("LEN({0} + 'x') - 1"));
        writers.put("LENGTH_RTRIM", rename("LEN"));
        writers.put("OCTET_LENGTH", rename("DATALENGTH"));
        writers.put("INSTR", template("CHARINDEX({1}, {0})"));
        writers.put("SUBSTR", FunctionWriter.byArity(rename("SUBSTRING"), rename("SUBSTRING"),
                template("SUBSTRING({0}, {1}, LEN({0}))"), rename("SUBSTRING")));
        writers.put("UUID", template("NEWID()"));
        writers.put("RANDOM", template("RAND()"));
        writers.put("NOW", template("GETDATE()"));
        writers.put("CURRENT_DATE", template("CAST(GETDATE() AS DATE)"));
        writers.put("CURRENT_TIME", template("CAST(GETDATE() AS TIME)"));
        writers.put("UTC_NOW", template("SYSUTCDATETIME()"));
        writers.put("CEIL", rename("CEILING"));
        writers.put("LN", rename("LOG"));
        writers.put("LOG", template("LOG({1}, {0})"));
        writers.put("LOG10", rename("LOG10"));
        writers.put("MOD", template("({0} % {1})"));
        writers.put("TRUNC_NUM", FunctionWriter.byArity(null, template("ROUND({0}, 0, 1)"), template("ROUND({0}, {1}, 1)")));
        writers.put("REPEAT", rename("REPLICATE"));
        writers.put("LPAD", template("RIGHT(REPLICATE({2}, {1}) + {0}, {1})"));
        writers.put("RPAD", template("LEFT({0} + REPLICATE({2}, {1}), {1})"));
        writers.put("CHR", rename("CHAR"));
        writers.put("LAST_INSERT_ID", template("SCOPE_IDENTITY()"));
        writers.put("IS_NULL", template("CASE WHEN {0} IS NULL THEN 1 ELSE 0 END"));
        writers.put("GREATEST_NULL", NullSafe.greatestNull("GREATEST"));
        writers.put("LEAST_NULL", NullSafe.greatestNull("LEAST"));

        readers.put("DATEADD", DateReaders.dateAddUnitFirst());
        readers.put("DATEDIFF", DateReaders.dateDiffTsql());
        FunctionReader datePart = DateReaders.datePart();
        // DATEPART(week): Sunday-based weeks counted from the one holding January 1st (not the ISO week)
        readers.put("DATEPART", (n, a) -> {
            Call c = datePart.read(n, a);
            return c != null && "WEEK".equals(c.unit()) ? new Call("EXTRACT", c.args(), "USWEEK") : c;
        });
        readers.put("YEAR", DateReaders.part("YEAR"));
        readers.put("MONTH", DateReaders.part("MONTH"));
        readers.put("DAY", DateReaders.part("DAY"));
        readers.put("EOMONTH", FunctionReader.arity(1, as("LAST_DAY")));
        FunctionReader formatDate = DateReaders.format("FORMAT_DATE", 0, 1, FormatTokens.DOTNET, '\'');
        readers.put("FORMAT", (n, a) -> {
            // a .NET numeric format (N2, 0000, #,##0.00) formats a number; anything else is a date pattern
            Call number = NumberFormats.readDotNet(a);
            return number != null ? number : formatDate.read(n, a);
        });
        DateWriters.sqlServer(writers);
        writers.put("LAST_DAY", rename("EOMONTH"));
        writers.put("TO_TEXT", template("CAST({0} AS NVARCHAR(MAX))"));
        writers.put("TO_NUMBER", template("CAST({0} AS DECIMAL(38, 10))"));

        readers.put("CHARINDEX", (n, a) -> a.size() == 2 ? new Call("INSTR", List.of(a.get(1), a.get(0)))
                : a.size() == 3 ? new Call("INSTR3", List.of(a.get(1), a.get(0), a.get(2))) : null);
        readers.put("DATEFROMPARTS", as("MAKE_DATE"));
        readers.put("ROUND", (n, a) -> a.size() == 3 && !(a.get(2) instanceof net.sf.jsqlparser.expression.LongValue v
                && v.getValue() == 0) ? new Call("TRUNC_NUM", List.of(a.get(0), a.get(1))) : new Call("ROUND", a.subList(0, Math.min(2, a.size()))));
        readers.put("EOMONTH", (n, a) -> a.size() == 1 ? new Call("LAST_DAY", a)
                : a.size() == 2 ? new Call("LAST_DAY", List.of(new CallNode(new Call("DATE_ADD", List.of(a.get(0), a.get(1)), "MONTH")))) : null);
        readers.put("DATENAME", (n, a) -> {
            String unit = a.size() == 2 ? DateReaders.unitOf(a.get(0)) : null;
            if (unit == null) {
                return null;
            }
            String fmt = unit.equals("MONTH") ? "%B" : unit.equals("DOW") ? "%A" : null;
            return fmt == null ? new Call("TO_TEXT", List.of(new Function("DATEPART", a.get(0), a.get(1))))
                    : new Call("FORMAT_DATE", List.of(a.get(1), new net.sf.jsqlparser.expression.StringValue(fmt)));
        });
        writers.put("TRIM", FunctionWriter.byArity(null, template("TRIM({0})"), template("TRIM({1} FROM {0})")));
        writers.put("LTRIM", FunctionWriter.byArity(null, template("LTRIM({0})"), template("LTRIM({0}, {1})")));
        writers.put("RTRIM", FunctionWriter.byArity(null, template("RTRIM({0})"), template("RTRIM({0}, {1})")));
        writers.put("INSTR3", template("CHARINDEX({1}, {0}, {2})"));
        writers.put("MAKE_DATE", rename("DATEFROMPARTS"));
        writers.put("SUBSTR", Substrings.negativeStart("SUBSTRING", "LEN"));
        writers.put("DOW0", template("(DATEPART(weekday, {0}) - 1)"));
        writers.put("ASCII", rename("ASCII"));

        writers.put("TO_TIMESTAMP", template("CAST({0} AS DATETIME2)"));

        FunctionReader plainStuff = (n, a) -> a.size() != 4 ? null : new Call("CONCAT_NULL", List.of(
                new CallNode(new Call("SUBSTR", List.of(a.get(0), new net.sf.jsqlparser.expression.LongValue(1),
                        new net.sf.jsqlparser.expression.operators.arithmetic.Subtraction().withLeftExpression(a.get(1))
                                .withRightExpression(new net.sf.jsqlparser.expression.LongValue(1))))),
                a.get(3),
                new CallNode(new Call("SUBSTR", List.of(a.get(0),
                        new net.sf.jsqlparser.expression.operators.arithmetic.Addition().withLeftExpression(a.get(1))
                                .withRightExpression(a.get(2)))))));
        readers.put("STUFF", (n, a) -> {
            Call agg = a.size() == 4 ? forXmlPathAgg(a) : null;
            return agg != null ? agg : plainStuff.read(n, a);
        });
        readers.put("PATINDEX", (n, a) -> {
            // PATINDEX('%text%', s) with a plain text is CHARINDEX; other patterns stay as written
            if (a.size() == 2 && a.get(0) instanceof net.sf.jsqlparser.expression.StringValue p
                    && p.getValue().matches("%[^%_\\[\\]]+%")) {
                String text = p.getValue().substring(1, p.getValue().length() - 1);
                return new Call("INSTR", List.of(a.get(1), new net.sf.jsqlparser.expression.StringValue(text)));
            }
            return PatIndex.reader(true).read(n, a);
        });
        writers.put(PatIndex.NAME, template("PATINDEX({1}, {0})"));
        readers.put(IsNumeric.NAME, FunctionReader.arity(1, as(IsNumeric.NAME)));
        writers.put(IsNumeric.NAME, rename(IsNumeric.NAME));
        readers.put("CHOOSE", (n, a) -> a.size() >= 2 ? new Call("CHOOSE", a) : null);
        writers.put("CHOOSE", rename("CHOOSE"));
        writers.put("SEQ_NEXT", (c, o) -> o.text("NEXT VALUE FOR " + ((net.sf.jsqlparser.expression.StringValue) c.arg(0)).getValue()));
        writers.remove("SEQ_CURRENT");
        writers.put(NumberFormats.NAME, (c, o) -> o.ctx().unsupported("number-format", "FORMAT",
                "number format back to T-SQL is not written"));
        writers.put("DAYS_BETWEEN_EXACT", template("(DATEDIFF_BIG(millisecond, {1}, {0}) / 86400000e0)"));
        // @@ROWCOUNT: rows touched by the previous statement; DATETIMEFROMPARTS and friends with no fraction.
        readers.put("@@ROWCOUNT", as("ROW_COUNT"));
        readers.put("@@IDENTITY", as("LAST_INSERT_ID"));
        writers.put("ROW_COUNT", template("@@ROWCOUNT"));
        readers.put("DATETIMEFROMPARTS", (n, a) -> a.size() == 7 && isZero(a.get(6))
                ? new Call("MAKE_TIMESTAMP", a.subList(0, 6)) : null);
        readers.put("DATETIME2FROMPARTS", (n, a) -> a.size() == 8 && isZero(a.get(6))
                ? new Call("MAKE_TIMESTAMP", a.subList(0, 6)) : null);
        readers.put("SMALLDATETIMEFROMPARTS", (n, a) -> a.size() == 5 ? new Call("MAKE_TIMESTAMP",
                List.of(a.get(0), a.get(1), a.get(2), a.get(3), a.get(4), new net.sf.jsqlparser.expression.LongValue(0))) : null);
        writers.put("MAKE_TIMESTAMP", template("DATETIMEFROMPARTS({*}, 0)"));
        typeNames.put(Types.BOOLEAN, "BIT");
        typeNames.put(Types.TINYINT, "SMALLINT");
        typeNames.put(Types.DOUBLE, "FLOAT");
        typeNames.put(Types.VARCHAR, "NVARCHAR(%s)");
        typeNames.put(Types.CHAR, "NCHAR(%s)");
        typeNames.put(Types.TEXT, "NVARCHAR(MAX)");
        typeNames.put(Types.BLOB, "VARBINARY(MAX)");
        typeNames.put(Types.BINARY, "VARBINARY(%s)");
        typeNames.put(Types.TIMESTAMP, "DATETIME2");
        typeNames.put(Types.TIMESTAMPTZ, "DATETIMEOFFSET");
        typeNames.put(Types.UUID, "UNIQUEIDENTIFIER");
        typeNames.put(Types.JSON, "NVARCHAR(MAX)");
    }

    /**
     * The pre-2017 string aggregation idiom {@code STUFF((SELECT ',' + x FROM ... [ORDER BY y] FOR XML PATH('')),
     * 1, 1, '')}: the subquery becomes {@code SELECT STRING_AGG(x, ',' ORDER BY y) FROM ...}. Null for other STUFFs.
     */
    private static Call forXmlPathAgg(List<Expression> a) {
        if (!(a.get(0) instanceof net.sf.jsqlparser.statement.select.ParenthesedSelect p)
                || !(p.getSelect() instanceof net.sf.jsqlparser.statement.select.PlainSelect ps)
                || ps.getForClause() == null
                || !ps.getForClause().toString().replaceAll("\\s", "").equalsIgnoreCase("FORXMLPATH('')")
                || ps.getSelectItems().size() != 1 || ps.getGroupBy() != null
                || !(a.get(3) instanceof net.sf.jsqlparser.expression.StringValue empty) || !empty.getValue().isEmpty()
                || !(a.get(1) instanceof net.sf.jsqlparser.expression.LongValue one) || one.getValue() != 1) {
            return null;
        }
        Expression item = ps.getSelectItems().get(0).getExpression();
        Expression sep;
        Expression value;
        if (item instanceof net.sf.jsqlparser.expression.operators.arithmetic.Addition add
                && add.getLeftExpression() instanceof net.sf.jsqlparser.expression.StringValue sv) {
            sep = sv;
            value = add.getRightExpression();
        } else if (item instanceof net.sf.jsqlparser.expression.operators.arithmetic.Concat cc
                && cc.getLeftExpression() instanceof net.sf.jsqlparser.expression.StringValue sv2) {
            sep = sv2;
            value = cc.getRightExpression();
        } else {
            return null;
        }
        String sepText = ((net.sf.jsqlparser.expression.StringValue) sep).getValue();
        if (!(a.get(2) instanceof net.sf.jsqlparser.expression.LongValue len) || len.getValue() != sepText.length()) {
            return null;
        }
        net.sf.jsqlparser.expression.Function agg = new net.sf.jsqlparser.expression.Function("STRING_AGG", value, sep);
        if (ps.getOrderByElements() != null && !ps.getOrderByElements().isEmpty()) {
            agg.setOrderByElements(ps.getOrderByElements());
            ps.setOrderByElements(null);
        }
        ps.setForClause(null);
        @SuppressWarnings("unchecked")
        net.sf.jsqlparser.statement.select.SelectItem<Expression> si =
                (net.sf.jsqlparser.statement.select.SelectItem<Expression>) ps.getSelectItems().get(0);
        si.setExpression(agg);
        si.setAlias(null);
        return new Call("SAME", List.of(p));
    }

    private static boolean isZero(Expression e) {
        return e instanceof net.sf.jsqlparser.expression.LongValue v && v.getValue() == 0;
    }

    private static FunctionWriter plusConcat() {
        return (call, out) -> {
            out.text("(");
            for (int i = 0; i < call.arity(); i++) {
                if (i > 0) {
                    out.text(" + ");
                }
                Expression e = call.arg(i);
                if (e instanceof net.sf.jsqlparser.expression.StringValue) {
                    out.expr(e);
                } else {
                    out.text("CAST(").expr(e).text(" AS NVARCHAR(MAX))");
                }
            }
            out.text(")");
        };
    }

    @Override
    public boolean squareBracketQuotes() {
        return true;
    }

    @Override
    public String quote(String name) {
        return '[' + name.replace("]", "]]") + ']';
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
    public boolean derivedTableOrderIsKept() {
        return true;
    }

    @Override
    public boolean supportsStringSplit() {
        return true;
    }

    @Override
    public boolean supportsNullsOrdering() {
        return false;
    }

    @Override
    public boolean caseInsensitiveStrings() {
        return true;
    }

    @Override
    public boolean plusConcatenatesStrings() {
        return true;
    }

    @Override
    public boolean writesRecursiveKeyword() {
        return false;
    }

    @Override
    protected boolean dialectSupportsReturning() {
        return false;
    }

    @Override
    public boolean pagingNeedsOrderBy() {
        return true;
    }

    @Override
    protected void dialectApplyPaging(Select select, Paging p, RenderContext ctx) {
        if (p.offset() == null && select instanceof PlainSelect ps) {
            Top top = new Top();
            top.setExpression(p.rowCount());
            top.setParenthesis(true);
            ps.setTop(top);
            return;
        }
        if (select.getOrderByElements() == null || select.getOrderByElements().isEmpty()) {
            // OFFSET/FETCH is part of ORDER BY in T-SQL; "ORDER BY (SELECT NULL)" keeps the engine's order.
            OrderByElement o = new OrderByElement();
            PlainSelect nullSelect = new PlainSelect();
            nullSelect.addSelectItem(new NullValue());
            o.setExpression(new ParenthesedSelect().withSelect(nullSelect));
            select.setOrderByElements(new java.util.ArrayList<>(List.of(o)));
        }
        applyOffsetFetch(select, p);
    }

    /** Before 2012 there is no OFFSET/FETCH: TOP for the first rows; an offset is reported unsupported. */
    @Override
    protected void applyLegacyPaging(Select select, Paging p, RenderContext ctx) {
        if (p.offset() == null && select instanceof PlainSelect) {
            dialectApplyPaging(select, p, ctx);
            return;
        }
        ctx.unsupported("paging", "OFFSET", this + " without OFFSET/FETCH (before 2012) cannot skip rows in one"
                + " query block");
    }

    static Function fn(String name, Expression... args) {
        Function f = new Function();
        f.setName(name);
        f.setParameters(new ExpressionList<>(args));
        return f;
    }

    static SelectItem<?> item(Expression e) {
        return new SelectItem<>(e);
    }

    @Override
    public RegexStyle regexStyle() {
        return RegexStyle.NONE;
    }

    @Override
    public String integerDivisionTemplate() {
        return "CAST({0} / {1} AS BIGINT)";
    }

    @Override
    public String exactNumericCastType() {
        return "DECIMAL(38, 10)";
    }

    @Override
    public String defaultTypeArgument(String canonical) {
        return canonical.equals(Types.VARCHAR) || canonical.equals(Types.BINARY) ? "MAX" : null;
    }

    @Override
    public String temporalLiteral(String kind, String value) {
        String type = kind.equals("TIMESTAMP") ? "DATETIME2" : kind;
        return "CAST('" + value + "' AS " + type + ")";
    }

    @Override
    public String mergeTerminator() {
        return ";";
    }

    @Override
    public String createOrReplaceView() {
        // CREATE OR ALTER VIEW needs 2016 SP1 and H2's MSSQLServer mode rejects it; DROP VIEW IF EXISTS (2016) and
        // CREATE VIEW run on both (the view's permissions are not kept).
        return null;
    }

    @Override
    protected String dialectRowLockClause(boolean shared) {
        return null;
    }

    @Override
    protected String dialectRowLockHint(boolean shared) {
        // UPDLOCK and HOLDLOCK keep the lock until the transaction ends, as FOR UPDATE / FOR SHARE do.
        return shared ? "WITH (HOLDLOCK, ROWLOCK)" : "WITH (UPDLOCK, ROWLOCK)";
    }

    @Override
    public String beginTransaction() {
        return "BEGIN TRANSACTION";
    }

    @Override
    public String showTablesQuery() {
        return "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME";
    }

    @Override
    public String showColumnsQuery(String t) {
        return "SELECT COLUMN_NAME AS Field, DATA_TYPE AS Type, IS_NULLABLE AS [Null], '' AS [Key],"
                + " COLUMN_DEFAULT AS [Default], '' AS Extra FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = "
                + t + " ORDER BY ORDINAL_POSITION";
    }

    @Override
    public String autoIncrementColumn(String canonical, boolean primaryKey) {
        return (Types.BIGINT.equals(canonical) ? "BIGINT" : "INT") + " IDENTITY(1,1)";
    }

    @Override
    public String currentTimestampDefault() {
        return "GETDATE()";
    }

    @Override
    public boolean supportsIfNotExists() {
        return false;
    }

    @Override
    public String ifTableMissing(String table, String createTable) {
        // T-SQL has no CREATE TABLE IF NOT EXISTS; the IF OBJECT_ID(...) guard is T-SQL only and fails on the
        // H2 stand-in, so the plain CREATE TABLE is sent (it fails only when the table already exists).
        return createTable;
    }

    @Override
    public String addColumnKeyword() {
        return "ADD";
    }

    @Override
    public String defaultSchema() {
        return "dbo";
    }

    @Override
    public StringAggStyle stringAggStyle() {
        return StringAggStyle.STRING_AGG_WITHIN;
    }

    @Override
    public boolean castToIntegerRounds() {
        return false;
    }


    @Override
    protected boolean dialectSupportsForUpdate() {
        return false;
    }

    @Override
    public String modifyColumn(String c, String type, boolean notNull) {
        return "ALTER COLUMN " + c + " " + type + (notNull ? " NOT NULL" : "");
    }

    @Override
    public String tablesCatalogQuery() {
        return "SELECT TABLE_NAME AS table_name FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_TYPE = 'BASE TABLE'";
    }

    @Override
    public com.rhosocial.activerecord.dialect.internal.text.Prepass.Options prepassOptions() {
        return new com.rhosocial.activerecord.dialect.internal.text.Prepass.Options(false, false, false, false, false,
                false, false, true);
    }

    @Override
    public String arbitraryDecimalType() {
        return "DECIMAL(38, 10)";
    }

    @Override
    public boolean likeHasCharacterClasses() {
        return true;
    }

    @Override
    public boolean sequenceIfExists() {
        return false;
    }

    @Override
    public boolean truncateRestartsIdentity() {
        return true;
    }

    @Override
    public LockOf rowLockOf() {
        return LockOf.NONE;
    }

    @Override
    public String isolationStatement(String level, boolean session) {
        // T-SQL's SET TRANSACTION applies to the session already; SNAPSHOT is its own level.
        return "SET TRANSACTION ISOLATION LEVEL " + level;
    }

    @Override
    public String renameTable(String from, String to) {
        return "EXEC sp_rename '" + from + "', '" + to + "'";
    }

    @Override
    public boolean hasClusteredIndexes() {
        return true;
    }

    @Override
    public boolean dropIndexNamesTable() {
        return true;
    }

    @Override
    public boolean supportsExpressionIndexes() {
        return false;
    }

    /**
     * STR(x[, length[, decimals]]): x rounded to the decimals (default 0), right-aligned in length characters
     * (default 10), or length asterisks when it does not fit. Only literal length and decimals are read.
     */
    static Call str(String name, List<net.sf.jsqlparser.expression.Expression> a) {
        if (a.isEmpty() || a.size() > 3 || a.size() > 1 && !(a.get(1) instanceof net.sf.jsqlparser.expression.LongValue)
                || a.size() > 2 && !(a.get(2) instanceof net.sf.jsqlparser.expression.LongValue)) {
            return null;
        }
        net.sf.jsqlparser.expression.Expression len = a.size() > 1 ? a.get(1)
                : new net.sf.jsqlparser.expression.LongValue(10);
        net.sf.jsqlparser.expression.Expression dec = a.size() > 2 ? a.get(2)
                : new net.sf.jsqlparser.expression.LongValue(0);
        net.sf.jsqlparser.expression.Expression text = new CallNode(new Call("FIXED_TEXT", List.of(a.get(0), dec)));
        net.sf.jsqlparser.expression.Expression tooLong = new net.sf.jsqlparser.expression.operators.relational
                .GreaterThan(new CallNode(new Call("LENGTH", List.of(text))), len);
        return new Call("SAME", List.of(DateReaders.caseWhen(tooLong,
                new CallNode(new Call("REPEAT", List.of(new net.sf.jsqlparser.expression.StringValue("*"), len))),
                new CallNode(new Call("LPAD", List.of(text, len, new net.sf.jsqlparser.expression.StringValue(" ")))))));
    }

    /**
     * QUOTENAME(s [, q]): s between the delimiters with each closing delimiter doubled ([a]]b] for a]b); the
     * quote character must be a literal ('[', ']', '"', '\'' or '`').
     */
    private static Call quoteName(String name, List<net.sf.jsqlparser.expression.Expression> a) {
        String q = "[";
        if (a.size() == 2) {
            if (!(a.get(1) instanceof net.sf.jsqlparser.expression.StringValue sv) || sv.getValue().isEmpty()) {
                return null;
            }
            q = sv.getValue().replace("''", "'");
        } else if (a.size() != 1) {
            return null;
        }
        String open;
        String close;
        switch (q) {
            case "[", "]" -> { open = "["; close = "]"; }
            case "\"" -> { open = "\""; close = "\""; }
            case "'" -> { open = "'"; close = "'"; }
            case "`" -> { open = "`"; close = "`"; }
            default -> { return null; }
        }
        net.sf.jsqlparser.expression.Expression doubled = new net.sf.jsqlparser.expression.Function()
                .withName("REPLACE").withParameters(new net.sf.jsqlparser.expression.operators.relational.ExpressionList<>(
                        a.get(0), lit(close), lit(close + close)));
        return new Call("CONCAT_NULL", List.of(lit(open), doubled, lit(close)));
    }

    private static net.sf.jsqlparser.expression.StringValue lit(String v) {
        net.sf.jsqlparser.expression.StringValue s = new net.sf.jsqlparser.expression.StringValue();
        s.setValue(v.replace("'", "''"));
        return s;
    }

    /**
     * A T-SQL date literal read the way DATETIME reads it in the language-neutral forms (yyyy-mm-dd, yyyymmdd, with
     * an optional hh:mi[:ss[.fff]] after a blank or a T), or null when it is no valid date (29 February of a common
     * year, month 13, before 1753).
     */
    public static java.time.LocalDateTime parseDate(String text) {
        String t = text.replace("''", "'").trim();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "(\\d{4})-?(\\d{2})-?(\\d{2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,7})?)?)?").matcher(t);
        if (!m.matches() || t.length() == 10 && t.indexOf('-') < 0 || t.length() == 8 && t.indexOf('-') >= 0) {
            return null;
        }
        try {
            java.time.LocalDateTime d = java.time.LocalDateTime.of(Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    m.group(4) == null ? 0 : Integer.parseInt(m.group(4)), m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return d.getYear() < 1753 ? null : d;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
