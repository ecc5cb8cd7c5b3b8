package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.render.ExpressionRenderer;
import com.rhosocial.activerecord.dialect.internal.spec.DialectSpec;
import com.rhosocial.activerecord.dialect.internal.spec.FormatTokens;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import com.rhosocial.activerecord.dialect.internal.spec.Types;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.TranscodingFunction;
import net.sf.jsqlparser.statement.create.table.ColDataType;

/** CAST and CONVERT: type names mapped through the canonical type table, {@code ::} written as CAST. */
public final class TypeRules {
    /** T-SQL CONVERT date styles as canonical formats. */
    private static final java.util.Map<String, String> STYLES = java.util.Map.ofEntries(
            java.util.Map.entry("23", "%Y-%m-%d"), java.util.Map.entry("120", "%Y-%m-%d %H:%M:%S"),
            java.util.Map.entry("121", "%Y-%m-%d %H:%M:%S.%f"), java.util.Map.entry("101", "%m/%d/%Y"),
            java.util.Map.entry("103", "%d/%m/%Y"), java.util.Map.entry("104", "%d.%m.%Y"),
            java.util.Map.entry("105", "%d-%m-%Y"), java.util.Map.entry("110", "%m-%d-%Y"),
            java.util.Map.entry("111", "%Y/%m/%d"), java.util.Map.entry("112", "%Y%m%d"),
            java.util.Map.entry("108", "%H:%M:%S"), java.util.Map.entry("126", "%Y-%m-%dT%H:%M:%S"),
            java.util.Map.entry("102", "%Y.%m.%d"), java.util.Map.entry("106", "%d %b %Y"),
            java.util.Map.entry("107", "%b %d, %Y"));

    private final ExpressionRenderer r;
    private final RenderContext ctx;

    public TypeRules(ExpressionRenderer r) {
        this.r = r;
        this.ctx = r.ctx();
    }

    void cast(CastExpression c) {
        ColDataType t = c.getColDataType();
        if (t == null || c.getLeftExpression() == null) {
            r.text(c.toString());
            return;
        }
        String keyword = c.keyword == null ? "CAST" : c.keyword.toUpperCase(Locale.ROOT);
        String type = mapType(t, true);
        String target = canonical(t);
        String declared = t.getDataType() == null ? "" : t.getDataType().toUpperCase(Locale.ROOT);
        if (keyword.equals("CAST") && ctx.from().family().equals("MYSQL") && !ctx.to().family().equals("MYSQL")
                && (declared.startsWith("SIGNED") || declared.startsWith("UNSIGNED"))
                && c.getLeftExpression() instanceof net.sf.jsqlparser.expression.StringValue text) {
            // MySQL CAST('12abc' AS SIGNED) reads the leading integer (12, with a warning); the targets fail.
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*([-+]?\\d{1,18})(.*)$", java.util.regex.Pattern.DOTALL)
                    .matcher(text.getValue());
            if (m.matches() && !m.group(2).matches("(?s)[.eE].*") && !(declared.startsWith("UNSIGNED")
                    && m.group(1).startsWith("-"))) {
                r.text(String.valueOf(Long.parseLong(m.group(1).startsWith("+") ? m.group(1).substring(1) : m.group(1))));
                ctx.changed();
                return;
            }
        }
        if (keyword.equals("TRY_CAST") && !ctx.to().family().equals("SQLSERVER")
                && (Types.DATE.equals(target) || Types.TIMESTAMP.equals(target))
                && c.getLeftExpression() instanceof net.sf.jsqlparser.expression.StringValue text
                && com.rhosocial.activerecord.dialect.internal.spec.SqlServerSpec.parseDate(text.getValue()) == null) {
            // TRY_CAST('2024-02-30' AS DATE): a literal that is no date is NULL (the targets' casts fail or roll over)
            r.text("NULL");
            ctx.changed();
            return;
        }
        if (keyword.equals("TRY_CAST") && !ctx.to().family().equals("SQLSERVER")
                && (Types.INTEGER.equals(target) || Types.BIGINT.equals(target) || Types.SMALLINT.equals(target))
                && Typing.of(c.getLeftExpression(), ctx) == Typing.Kind.STRING) {
            // TRY_CAST of text to an integer is NULL when the text is no integer (a plain CAST fails or gives 0)
            if (c.getLeftExpression() instanceof net.sf.jsqlparser.expression.StringValue text
                    && !text.getValue().matches("\\s*[-+]?\\d+\\s*")) {
                // a literal is decided here: PostgreSQL folds the constant CAST even inside the CASE, and fails
                r.text("NULL");
                ctx.changed();
                return;
            }
            CastExpression plain = new CastExpression();
            plain.setLeftExpression(c.getLeftExpression());
            plain.setColDataType(t);
            r.text("CASE WHEN ");
            r.writeCall(new com.rhosocial.activerecord.dialect.internal.spec.Call("IS_INTEGER_TEXT",
                    List.of(c.getLeftExpression())));
            r.text(" THEN ");
            cast(plain);
            r.text(" END");
            ctx.changed();
            return;
        }
        List<String> typeArgs = arguments(t);
        if (Types.DECIMAL.equals(target) && typeArgs != null && typeArgs.size() == 2 && typeArgs.get(1).trim().matches("\\d{1,2}")
                && r.writeCall(new com.rhosocial.activerecord.dialect.internal.spec.Call("CAST_DECIMAL",
                        List.of(c.getLeftExpression(), new net.sf.jsqlparser.expression.LongValue(typeArgs.get(1).trim()))))) {
            // a target whose DECIMAL keeps no scale (SQLite): the rounding to s places is written out
            ctx.changed();
            return;
        }
        String temporal = ctx.to().temporalCastFunction(canonical(t));
        // '10:30'::time is 10:30:00; an integer cast to TIME is left to the target's CAST
        if (temporal != null && !(Types.TIME.equals(canonical(t))
                && Typing.of(c.getLeftExpression(), ctx) == Typing.Kind.INTEGER)) {
            r.text(temporal + "(").expr(c.getLeftExpression()).text(")");
            return;
        }
        String canon = canonical(t);
        if (Types.BOOLEAN.equals(canon) && ctx.from().strictBooleans() && !ctx.to().strictBooleans()
                && Typing.of(c.getLeftExpression(), ctx) == Typing.Kind.STRING) {
            // PostgreSQL reads 't', 'true', 'yes', 'on', '1' (any case, blanks trimmed) as true and their opposites
            // as false; a numeric CAST of that text would give 0 for all of them.
            r.text("CASE WHEN LOWER(TRIM(").expr(c.getLeftExpression()).text(")) IN ('t', 'true', 'y', 'yes', 'on', '1') THEN ")
                    .text(ctx.to().booleanLiteral(true)).text(" WHEN LOWER(TRIM(").expr(c.getLeftExpression())
                    .text(")) IN ('f', 'false', 'n', 'no', 'off', '0') THEN ").text(ctx.to().booleanLiteral(false))
                    .text(" END");
            ctx.changed();
            return;
        }
        if (ctx.from().family().equals("ORACLE") && !ctx.to().family().equals("ORACLE") && ctx.preserve()
                && (Types.VARCHAR.equals(canon) || Types.CHAR.equals(canon) || Types.TEXT.equals(canon))
                && Typing.of(c.getLeftExpression(), ctx) == Typing.Kind.EXACT
                && r.writeCall(new com.rhosocial.activerecord.dialect.internal.spec.Call("NUM_TEXT",
                        List.of(c.getLeftExpression())))) {
            // Oracle turns a NUMBER into its shortest text: CAST(24.50 AS VARCHAR2(10)) is '24.5'.
            ctx.changed();
            return;
        }
        if (ctx.from().lenientTextCasts() && ctx.preserve() && Typing.of(c.getLeftExpression(), ctx) == Typing.Kind.STRING
                && (Types.INTEGER.equals(canon) || Types.BIGINT.equals(canon) || Types.DECIMAL.equals(canon) || Types.REAL.equals(canon)
                || Types.DOUBLE.equals(canon))) {
            if (r.writeCall(new com.rhosocial.activerecord.dialect.internal.spec.Call(
                    Types.INTEGER.equals(canon) || Types.BIGINT.equals(canon) ? "TEXT_TO_INTEGER" : "TEXT_TO_NUMBER", List.of(c.getLeftExpression())))) {
                ctx.changed();
                return;
            }
        }
        if (keyword.equals("TRY_CAST") && ctx.to().family().equals("SQLSERVER")) {
            r.text("TRY_CAST(");
        } else {
            r.text("CAST(");
        }
        String canonical = canonical(t);
        boolean toInt = Types.INTEGER.equals(canonical) || Types.BIGINT.equals(canonical)
                || Types.SMALLINT.equals(canonical);
        Typing.Kind k = Typing.of(c.getLeftExpression(), ctx);
        if (toInt && ctx.preserve() && ctx.from().castToIntegerRounds() != ctx.to().castToIntegerRounds()
                && k != Typing.Kind.INTEGER && k != Typing.Kind.STRING
                && !(c.getLeftExpression() instanceof net.sf.jsqlparser.expression.NullValue)) {
            // MySQL/PostgreSQL/Oracle round when casting 9.5 to an integer; SQLite and SQL Server truncate.
            r.text(ctx.from().castToIntegerRounds() ? "ROUND(" : ctx.to().truncateFunction() + "(");
            r.expr(c.getLeftExpression());
            r.text(ctx.from().castToIntegerRounds() ? ")" : ctx.to().truncateFunction().equals("TRUNCATE") ? ", 0)" : ")");
            r.text(" AS ").text(type).text(")");
            ctx.changed();
            return;
        }
        r.expr(c.getLeftExpression()).text(" AS ").text(type).text(")");
    }

    boolean convert(TranscodingFunction t) {
        if (t.getColDataType() == null || t.getExpression() == null) {
            return false;
        }
        // T-SQL CONVERT(type, expr[, style]) and MySQL CONVERT(expr, type): both are a CAST, except a T-SQL
        // style turning a date into text, which is a format.
        String style = t.getTranscodingName();
        String canonical = canonical(t.getColDataType());
        if (style != null && (Types.VARCHAR.equals(canonical) || Types.CHAR.equals(canonical) || Types.TEXT.equals(canonical))) {
            String fmt = STYLES.get(style.trim());
            if (fmt != null) {
                ctx.changed();
                if (r.writeCall(new com.rhosocial.activerecord.dialect.internal.spec.Call("FORMAT_DATE",
                        List.of(t.getExpression(), new net.sf.jsqlparser.expression.StringValue(fmt))))) {
                    return true;
                }
            }
        }
        if (style != null && (Types.DATE.equals(canonical) || Types.TIMESTAMP.equals(canonical))
                && !"TRY_CONVERT".equalsIgnoreCase(t.getKeyword())
                && Typing.of(t.getExpression(), ctx) != Typing.Kind.TEMPORAL) {
            // text read with a T-SQL style (101 is mm/dd/yyyy, 103 dd/mm/yyyy): a parse with that format, since a
            // plain CAST reads the text in the target's own order (or not at all)
            String fmt = STYLES.get(style.trim());
            boolean timeLost = fmt != null && Types.DATE.equals(canonical) && FormatTokens.hasTime(fmt);
            if (fmt != null && !timeLost && !fmt.startsWith("%H")) {
                ctx.changed();
                if (r.writeCall(new com.rhosocial.activerecord.dialect.internal.spec.Call("PARSE_DATE",
                        List.of(t.getExpression(), new net.sf.jsqlparser.expression.StringValue(fmt))))) {
                    return true;
                }
            }
        }
        CastExpression c = new CastExpression();
        c.setLeftExpression(t.getExpression());
        c.setColDataType(t.getColDataType());
        if ("TRY_CONVERT".equalsIgnoreCase(t.getKeyword())) {
            c.keyword = "TRY_CAST";
        }
        cast(c);
        ctx.changed();
        return true;
    }

    /** Canonical type of a source type, or null. */
    String canonical(ColDataType t) {
        String name = Typing.baseType(t.getDataType());
        DialectSpec from = ctx.from();
        if (name.startsWith("SIGNED") || name.startsWith("UNSIGNED")) {
            return Types.BIGINT;
        }
        if (from.family().equals("MYSQL") && name.equals("CHAR") && noArgs(t)) {
            return Types.VARCHAR;
        }
        List<String> args = arguments(t);
        if (name.equals("TINYINT") && args != null && args.size() == 1 && args.get(0).equals("1")
                && !ctx.to().family().equals(from.family())) {
            // MySQL's boolean idiom; a SMALLINT keeps the 0/1 values that inserts will write.
            return Types.SMALLINT;
        }
        if (name.equals("NUMBER") && (args == null || args.isEmpty())) {
            return Types.DECIMAL;
        }
        String read = from.readType(name);
        if (args != null && args.size() == 1 && args.get(0).equalsIgnoreCase("MAX")) {
            // T-SQL VARCHAR(MAX) / NVARCHAR(MAX) / VARBINARY(MAX): up to 2 GB, a text or binary large object.
            if (Types.VARCHAR.equals(read)) {
                return Types.TEXT;
            }
            if (Types.BINARY.equals(read)) {
                return Types.BLOB;
            }
        }
        return read;
    }

    private static boolean noArgs(ColDataType t) {
        return t.getArgumentsStringList() == null || t.getArgumentsStringList().isEmpty();
    }

    /** Target spelling of a source type. */
    public String mapType(ColDataType t, boolean inCast) {
        String canonical = canonical(t);
        if (canonical == null) {
            return t.toString().replace(" (", "(");
        }
        DialectSpec to = ctx.to();
        String spelling = inCast ? to.writeCastType(canonical) : to.writeType(canonical);
        if (inCast && Types.DECIMAL.equals(canonical) && to.unboundedDecimalCastType() != null
                && ctx.from().unboundedDecimal() && (arguments(t) == null || arguments(t).isEmpty())) {
            return to.unboundedDecimalCastType();
        }
        if (spelling == null) {
            return t.toString().replace(" (", "(");
        }
        List<String> args = arguments(t);
        if (args != null) {
            // VARCHAR2(10 CHAR) / VARCHAR2(10 BYTE): length semantics only
            List<String> clean = new java.util.ArrayList<>();
            for (String a : args) {
                clean.add(a.replaceAll("(?i)\\s+(CHAR|BYTE)$", ""));
            }
            args = clean;
        }
        String name = Typing.baseType(t.getDataType());
        if (name.equals("ENUM") || name.equals("SET")) {
            args = List.of("255");
        }
        if (canonical.equals(Types.DECIMAL) && name.equals("NUMBER") && args != null && args.size() == 1
                && !spelling.startsWith("NUMBER")) {
            // Oracle NUMBER(p) is an integer of p digits.
            args = List.of(args.get(0), "0");
        }
        if (canonical.equals(Types.DECIMAL) && (args == null || args.isEmpty())) {
            if (name.equals("MONEY") || name.equals("SMALLMONEY")) {
                // T-SQL money types: four decimal places
                args = List.of(name.equals("MONEY") ? "19" : "10", "4");
            } else if (ctx.from().unconstrainedDecimalIsArbitrary() && to.arbitraryDecimalType() != null) {
                return to.arbitraryDecimalType();
            }
        }
        if (canonical.equals(Types.BOOLEAN) && name.equals("BIT")) {
            args = null;
        }
        if (spelling.contains("%s")) {
            if (args == null || args.isEmpty() || (args.size() == 1 && args.get(0).equalsIgnoreCase("MAX"))) {
                String def = to.defaultTypeArgument(canonical);
                spelling = def == null ? spelling.replace("(%s)", "") : spelling.replace("%s", def);
            } else {
                spelling = spelling.replace("%s", String.join(", ", args));
            }
        }
        return spelling;
    }

    /** Type arguments, whether JSqlParser kept them in the list or inside the type name ("VARCHAR (10)"). */
    static List<String> arguments(ColDataType t) {
        if (t.getArgumentsStringList() != null && !t.getArgumentsStringList().isEmpty()) {
            return t.getArgumentsStringList();
        }
        String d = t.getDataType();
        int p = d.indexOf('(');
        int q = d.lastIndexOf(')');
        if (p < 0 || q < p) {
            return null;
        }
        List<String> out = new java.util.ArrayList<>();
        for (String a : d.substring(p + 1, q).split(",")) {
            out.add(a.trim());
        }
        return out;
    }

    static Expression left(CastExpression c) {
        return c.getLeftExpression();
    }
}
