package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.render.ExpressionRenderer;
import com.rhosocial.activerecord.dialect.internal.spec.DialectSpec;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.arithmetic.Division;
import net.sf.jsqlparser.expression.operators.arithmetic.IntegerDivision;
import net.sf.jsqlparser.expression.operators.arithmetic.Modulo;

/**
 * Arithmetic whose meaning differs: {@code /} on integers (MySQL and Oracle divide exactly, PostgreSQL, SQL Server
 * and SQLite truncate), division by zero (NULL in MySQL and SQLite, an error elsewhere), MySQL {@code DIV},
 * modulo spelling, and MySQL's implicit conversion of strings in arithmetic.
 */
final class Arithmetic {
    /** MySQL's div_precision_increment default: an integer quotient has 4 decimals. */
    private static final int MYSQL_DIV_SCALE = 4;

    private Arithmetic() {
    }

    static boolean division(ExpressionRenderer r, Division d) {
        RenderContext ctx = r.ctx();
        DialectSpec from = ctx.from();
        DialectSpec to = ctx.to();
        Expression a = d.getLeftExpression();
        Expression b = d.getRightExpression();
        Typing.Kind ka = Typing.of(a, ctx);
        Typing.Kind kb = Typing.of(b, ctx);
        boolean exactA = ka == Typing.Kind.EXACT && !(a instanceof DoubleValue);
        boolean exactB = kb == Typing.Kind.EXACT && !(b instanceof DoubleValue);
        if (to.decimalsMayBeIntegers()) {
            // SQLite stores 50.00 in a NUMERIC column as the integer 50, so "decimal" columns divide as integers.
            ka = exactA ? Typing.Kind.UNKNOWN : ka;
            kb = exactB ? Typing.Kind.UNKNOWN : kb;
        }
        boolean nullIfZero = from.divisionByZeroIsNull() && !to.divisionByZeroIsNull() && ctx.preserve()
                && !isNonZeroLiteral(b);
        boolean bothInt = ka == Typing.Kind.INTEGER && kb == Typing.Kind.INTEGER;
        boolean maybeInt = (ka == Typing.Kind.INTEGER || ka == Typing.Kind.UNKNOWN)
                && (kb == Typing.Kind.INTEGER || kb == Typing.Kind.UNKNOWN);
        if (!from.integerDivisionTruncates() && to.integerDivisionTruncates() && maybeInt && ctx.preserve()) {
            // Exact division wanted on a target that truncates integer quotients.
            boolean round = bothInt && from.family().equals("MYSQL");
            if (round) {
                r.text("ROUND(");
            }
            r.text("CAST(").expr(a).text(" AS " + to.exactNumericCastType() + ") / ");
            divisor(r, b, nullIfZero);
            if (round) {
                r.text(", " + MYSQL_DIV_SCALE + ")");
            }
            ctx.changed();
            return true;
        }
        if (to.decimalsMayBeIntegers() && (exactA || exactB) && ctx.preserve()) {
            // A decimal operand (x::numeric, a DECIMAL column) divides exactly at the source; on SQLite its value
            // may be stored as an integer, so make that operand REAL (exactNumericCastType) to keep the fraction.
            String type = to.exactNumericCastType();
            if (exactA) {
                r.text("CAST(").expr(a).text(" AS " + type + ")");
            } else {
                r.expr(a);
            }
            r.text(" / ");
            if (exactB && !exactA) {
                r.text("CAST(");
                divisor(r, b, nullIfZero);
                r.text(" AS " + type + ")");
            } else {
                divisor(r, b, nullIfZero);
            }
            ctx.changed();
            return true;
        }
        if (from.integerDivisionTruncates() && !to.integerDivisionTruncates() && bothInt && ctx.preserve()) {
            r.text(to.truncatingDivisionTemplate().replace("{0}", render(r, a)).replace("{1}", render(r, b)));
            ctx.changed();
            return true;
        }
        if (nullIfZero) {
            r.expr(a).text(" / ");
            divisor(r, b, true);
            ctx.changed();
            return true;
        }
        return false;
    }

    private static void divisor(ExpressionRenderer r, Expression b, boolean nullIfZero) {
        if (nullIfZero) {
            r.text("NULLIF(").expr(b).text(", 0)");
        } else {
            r.expr(b);
        }
    }

    /** Renders into a string (for templates); the renderer's output is restored afterwards. */
    static String render(ExpressionRenderer r, Expression e) {
        return r.capture(e);
    }

    private static boolean isNonZeroLiteral(Expression e) {
        if (e instanceof LongValue l) {
            return l.getValue() != 0;
        }
        if (e instanceof DoubleValue dv) {
            return dv.getValue() != 0;
        }
        return false;
    }

    static void integerDivision(ExpressionRenderer r, IntegerDivision d) {
        DialectSpec to = r.ctx().to();
        String t = to.integerDivisionTemplate();
        r.text(t.replace("{0}", render(r, d.getLeftExpression())).replace("{1}", render(r, d.getRightExpression())));
        r.ctx().changed();
    }

    static void modulo(ExpressionRenderer r, Modulo m) {
        RenderContext ctx = r.ctx();
        DialectSpec to = ctx.to();
        boolean nullIfZero = ctx.from().divisionByZeroIsNull() && !to.divisionByZeroIsNull() && ctx.preserve()
                && !isNonZeroLiteral(m.getRightExpression());
        if (to.moduloIsFunction()) {
            r.text("MOD(").expr(m.getLeftExpression()).text(", ");
        } else {
            r.expr(m.getLeftExpression()).text(" % ");
        }
        divisor(r, m.getRightExpression(), nullIfZero);
        if (to.moduloIsFunction()) {
            r.text(")");
        }
        if (nullIfZero || to.moduloIsFunction()) {
            ctx.changed();
        }
    }

    /** MOD(a, b) as a function call, with the same division-by-zero guard as the operator. */
    static void modFunction(ExpressionRenderer r, Expression a, Expression b) {
        Modulo m = new Modulo(a, b);
        modulo(r, m);
    }

    /** MySQL and SQLite convert strings in arithmetic ('5' + 3 = 8); other targets need a CAST. */
    static boolean implicitNumbers(ExpressionRenderer r, BinaryExpression e, String op) {
        RenderContext ctx = r.ctx();
        if (ctx.preserve() && ctx.from().textComparesAsNumber() && !ctx.to().textComparesAsNumber()
                && (dateNumber(r, e.getLeftExpression(), e.getRightExpression(), op, true)
                || dateNumber(r, e.getRightExpression(), e.getLeftExpression(), op, false))) {
            return true;
        }
        if (!ctx.from().implicitStringToNumber() || ctx.to().implicitStringToNumber() || !ctx.preserve()) {
            return false;
        }
        boolean la = Typing.isString(e.getLeftExpression(), ctx);
        boolean lb = Typing.isString(e.getRightExpression(), ctx);
        if (!la && !lb && !ctx.to().booleanArithmetic() && (Typing.of(e.getLeftExpression(), ctx) == Typing.Kind.BOOLEAN
                || Typing.of(e.getRightExpression(), ctx) == Typing.Kind.BOOLEAN)) {
            // MySQL's truth values are the numbers 1 / 0 (ISNULL(a) + ISNULL(b)); PostgreSQL has no boolean arithmetic
            booleanOperand(r, e.getLeftExpression(), ctx);
            r.text(op);
            booleanOperand(r, e.getRightExpression(), ctx);
            ctx.changed();
            return true;
        }
        if (!la && !lb) {
            return false;
        }
        String type = ctx.to().exactNumericCastType();
        operand(r, e.getLeftExpression(), la, type);
        r.text(op);
        operand(r, e.getRightExpression(), lb, type);
        ctx.changed();
        return true;
    }

    /**
     * MySQL: a DATE column in arithmetic with a number is the number YYYYMMDD ({@code d + 0}, the legacy sort key;
     * a DATETIME is YYYYMMDDhhmmss), not a date shifted by days.
     */
    private static boolean dateNumber(ExpressionRenderer r, Expression d, Expression n, String op, boolean dateFirst) {
        RenderContext ctx = r.ctx();
        if (!(d instanceof net.sf.jsqlparser.schema.Column c) || !(n instanceof net.sf.jsqlparser.expression.LongValue)
                || !(op.trim().equals("+") || op.trim().equals("-"))) {
            return false;
        }
        java.util.Optional<com.rhosocial.activerecord.dialect.TableInfo.ColumnInfo> info = ctx.column(
                c.getTable() == null ? null : c.getTable().getName(), c.getColumnName());
        if (info.isEmpty()) {
            return false;
        }
        String type = info.get().typeName() == null ? "" : info.get().typeName().toUpperCase(java.util.Locale.ROOT);
        boolean date = info.get().jdbcType() == java.sql.Types.DATE || type.equals("DATE");
        boolean stamp = info.get().jdbcType() == java.sql.Types.TIMESTAMP || type.startsWith("DATETIME")
                || type.startsWith("TIMESTAMP");
        if (!date && !stamp) {
            return false;
        }
        com.rhosocial.activerecord.dialect.internal.spec.Call f = ctx.from().readFunction("DATE_FORMAT",
                java.util.List.of(d, new StringValue(date ? "%Y%m%d" : "%Y%m%d%H%i%s")));
        if (f == null) {
            return false;
        }
        Expression number = new net.sf.jsqlparser.expression.CastExpression("CAST",
                new com.rhosocial.activerecord.dialect.internal.spec.CallNode(f),
                date ? "INTEGER" : "BIGINT");
        if (dateFirst) {
            r.expr(number).text(op).expr(n);
        } else {
            r.expr(n).text(op).expr(number);
        }
        ctx.changed();
        return true;
    }

    private static void booleanOperand(ExpressionRenderer r, Expression e, RenderContext ctx) {
        if (Typing.of(e, ctx) == Typing.Kind.BOOLEAN) {
            r.text("CAST(").expr(e).text(" AS INTEGER)");
        } else {
            r.expr(e);
        }
    }

    private static void operand(ExpressionRenderer r, Expression e, boolean cast, String type) {
        if (cast && e instanceof StringValue s) {
            // MySQL reads the leading number of the text: '12abc' is 12, 'dark' is 0.
            String v = Strings.decode(s.getValue(), r.ctx().from().backslashEscapes());
            java.util.regex.Matcher m = LEADING_NUMBER.matcher(v);
            r.text("CAST(" + r.ctx().to().stringLiteral(m.lookingAt() ? m.group().trim() : "0") + " AS " + type + ")");
            return;
        }
        String lenient = cast && !(e instanceof net.sf.jsqlparser.expression.JdbcParameter)
                ? r.ctx().to().lenientNumber(r.capture(e)) : null;
        if (lenient != null) {
            r.text(lenient);
            return;
        }
        if (cast) {
            r.text("CAST(").expr(e).text(" AS " + type + ")");
        } else {
            r.expr(e);
        }
    }

    private static final java.util.regex.Pattern LEADING_NUMBER =
            java.util.regex.Pattern.compile("\\s*[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

    static boolean isStringLiteral(Expression e) {
        return e instanceof StringValue;
    }
}
