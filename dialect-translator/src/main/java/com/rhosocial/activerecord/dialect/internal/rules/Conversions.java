package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.render.ExpressionRenderer;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.List;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.StringValue;

/**
 * Implicit conversions of sources that mix types freely (MySQL, SQLite) on targets that reject mixed operands:
 * {@code COALESCE(int_col, 'none')} is text in MySQL, so the non-text arguments are converted to text; a text
 * column compared with a number compares as a number ({@code '12abc' = 12}, {@code 'dark' = 0}).
 */
public final class Conversions {
    private Conversions() {
    }

    /** COALESCE / IFNULL with text and non-text arguments: the non-text ones as text; false when not mixed. */
    static boolean mixedCoalesce(ExpressionRenderer r, String name, List<Expression> args) {
        RenderContext ctx = r.ctx();
        boolean text = false;
        boolean other = false;
        Typing.Kind[] kinds = new Typing.Kind[args.size()];
        for (int i = 0; i < args.size(); i++) {
            Typing.Kind k = Typing.of(args.get(i), ctx);
            kinds[i] = k;
            text |= k == Typing.Kind.STRING;
            other |= k == Typing.Kind.INTEGER || k == Typing.Kind.EXACT || k == Typing.Kind.FLOAT
                    || k == Typing.Kind.TEMPORAL || k == Typing.Kind.BOOLEAN;
        }
        if (!text || !other) {
            return false;
        }
        r.text("COALESCE(");
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                r.text(", ");
            }
            Expression a = args.get(i);
            switch (kinds[i]) {
                case STRING, UNKNOWN -> r.expr(a);
                case BOOLEAN -> {
                    // MySQL shows a flag as 1/0, not true/false.
                    net.sf.jsqlparser.expression.CastExpression c = new net.sf.jsqlparser.expression.CastExpression();
                    c.setLeftExpression(a);
                    c.setColDataType(new net.sf.jsqlparser.statement.create.table.ColDataType("INTEGER"));
                    toText(r, c);
                }
                default -> toText(r, a);
            }
        }
        r.text(")");
        ctx.changed();
        return true;
    }

    private static void toText(ExpressionRenderer r, Expression e) {
        if (r.writeCall(new com.rhosocial.activerecord.dialect.internal.spec.Call("TO_TEXT", List.of(e)))) {
            return;
        }
        String type = r.ctx().to().writeCastType("TEXT");
        r.text("CAST(").expr(e).text(" AS " + (type == null ? "VARCHAR(4000)" : type) + ")");
    }

    /**
     * {@code text_col op number}: MySQL reads the text as a number (its leading numeric part); PostgreSQL rejects
     * the comparison and SQLite compares as text. False when the operands are not such a pair.
     */
    public static boolean numericComparison(ExpressionRenderer r, Expression a, Expression b, String op) {
        RenderContext ctx = r.ctx();
        if (ctx.preserve() && affinityComparison(r, a, b, op)) {
            return true;
        }
        if (ctx.preserve() && ctx.from().textComparesAsNumber() && dateNumber(r, a, b, op)) {
            return true;
        }
        if (!ctx.preserve() || !ctx.from().textComparesAsNumber() || ctx.to().textComparesAsNumber()) {
            return false;
        }
        boolean ta = isTextColumn(a, ctx) && isNumber(b, ctx);
        boolean tb = isTextColumn(b, ctx) && isNumber(a, ctx);
        if (!ta && !tb) {
            // a numeric column against a literal that is not a clean number ('5abc', ' 7x'): the source reads the
            // literal's numeric prefix (0 when there is none); the target would refuse or compare as text
            String na = numericColumn(b, ctx) && a instanceof StringValue sa ? numericPrefix(sa.getValue()) : null;
            String nb = numericColumn(a, ctx) && b instanceof StringValue sb ? numericPrefix(sb.getValue()) : null;
            if (na == null && nb == null) {
                return false;
            }
            if (na != null) {
                r.text(na);
            } else {
                r.expr(a);
            }
            r.text(op);
            if (nb != null) {
                r.text(nb);
            } else {
                r.expr(b);
            }
            ctx.changed();
            return true;
        }
        numberOperand(r, a, ta);
        r.text(op);
        numberOperand(r, b, tb);
        ctx.changed();
        return true;
    }

    private static void numberOperand(ExpressionRenderer r, Expression e, boolean convert) {
        if (!convert) {
            r.expr(e);
            return;
        }
        String rendered = r.capture(e);
        String lenient = r.ctx().to().lenientNumber(rendered);
        r.text(lenient != null ? lenient : "CAST(" + rendered + " AS " + r.ctx().to().exactNumericCastType() + ")");
    }

    /**
     * SQLite: a TEXT-affinity column compared with a number compares as text (the number takes the column's
     * affinity: {@code value > 5} is {@code value > '5'}); two bare literals of different storage classes never
     * convert, and every number sorts before every text ({@code '10' = 10} is false, {@code 1 < '1'} true).
     */
    private static boolean affinityComparison(ExpressionRenderer r, Expression a, Expression b, String op) {
        RenderContext ctx = r.ctx();
        if (!ctx.from().comparesByAffinity() || ctx.to().comparesByAffinity()) {
            return false;
        }
        boolean na = isNumericLiteral(a);
        boolean nb = isNumericLiteral(b);
        if (na && b instanceof StringValue || nb && a instanceof StringValue) {
            int cmp = na ? -1 : 1;
            String o = op.trim();
            boolean v = switch (o) {
                case "=" -> false;
                case "<>", "!=" -> true;
                case "<" -> cmp < 0;
                case "<=" -> cmp <= 0;
                case ">" -> cmp > 0;
                case ">=" -> cmp >= 0;
                default -> false;
            };
            if (!java.util.Set.of("=", "<>", "!=", "<", "<=", ">", ">=").contains(o)) {
                return false;
            }
            r.text(v ? "(1 = 1)" : "(1 = 0)");
            ctx.changed();
            return true;
        }
        if (isTextColumn(a, ctx) && nb || isTextColumn(b, ctx) && na) {
            r.expr(na ? new StringValue(literalText(a)) : a).text(op).expr(nb ? new StringValue(literalText(b)) : b);
            ctx.changed();
            return true;
        }
        return false;
    }

    private static boolean isNumericLiteral(Expression e) {
        return e instanceof net.sf.jsqlparser.expression.LongValue || e instanceof net.sf.jsqlparser.expression.DoubleValue;
    }

    private static String literalText(Expression e) {
        return e instanceof net.sf.jsqlparser.expression.LongValue l ? l.getStringValue() : e.toString();
    }

    private static final java.util.regex.Pattern YYYYMMDD = java.util.regex.Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    /** MySQL: a DATE / DATETIME column compared with the number 20240301 compares with that date. */
    private static boolean dateNumber(ExpressionRenderer r, Expression a, Expression b, String op) {
        RenderContext ctx = r.ctx();
        boolean da = dateColumn(a, ctx) && b instanceof net.sf.jsqlparser.expression.LongValue;
        boolean db = dateColumn(b, ctx) && a instanceof net.sf.jsqlparser.expression.LongValue;
        if (!da && !db) {
            return false;
        }
        java.util.regex.Matcher m = YYYYMMDD.matcher(literalText(da ? b : a));
        if (!m.matches()) {
            return false;
        }
        StringValue date = new StringValue(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
        r.expr(da ? a : date).text(op).expr(da ? date : b);
        ctx.changed();
        return true;
    }

    /** A date / timestamp column, by JDBC type or (SQLite, which reports dates as text) by declared type. */
    private static boolean dateColumn(Expression e, RenderContext ctx) {
        if (!(e instanceof net.sf.jsqlparser.schema.Column c)) {
            return false;
        }
        if (Typing.of(e, ctx) == Typing.Kind.TEMPORAL) {
            return true;
        }
        return ctx.column(c.getTable() == null ? null : c.getTable().getName(), c.getColumnName())
                .map(i -> i.typeName() == null ? "" : i.typeName().toUpperCase(java.util.Locale.ROOT))
                .filter(t -> t.startsWith("DATE") || t.startsWith("TIMESTAMP")).isPresent();
    }

    private static final java.util.regex.Pattern CLEAN_NUMBER =
            java.util.regex.Pattern.compile("\\s*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?\\s*");
    private static final java.util.regex.Pattern NUMBER_PREFIX =
            java.util.regex.Pattern.compile("^\\s*([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)");

    /** The number MySQL reads from a string that is not a clean number, or null when it is one. */
    static String numericPrefix(String s) {
        if (CLEAN_NUMBER.matcher(s).matches()) {
            return null;
        }
        java.util.regex.Matcher m = NUMBER_PREFIX.matcher(s);
        if (!m.find()) {
            return "0";
        }
        String n = m.group(1);
        return n.startsWith("+") ? n.substring(1) : n.startsWith(".") ? "0" + n : n.endsWith(".") ? n + "0" : n;
    }

    private static boolean numericColumn(Expression e, RenderContext ctx) {
        return e instanceof net.sf.jsqlparser.schema.Column && isNumber(e, ctx);
    }

    private static boolean isTextColumn(Expression e, RenderContext ctx) {
        return e instanceof net.sf.jsqlparser.schema.Column && Typing.of(e, ctx) == Typing.Kind.STRING;
    }

    private static boolean isNumber(Expression e, RenderContext ctx) {
        if (e instanceof net.sf.jsqlparser.expression.SignedExpression s) {
            e = s.getExpression();
        }
        if (e instanceof net.sf.jsqlparser.expression.LongValue || e instanceof net.sf.jsqlparser.expression.DoubleValue) {
            return true;
        }
        Typing.Kind k = Typing.of(e, ctx);
        return e instanceof net.sf.jsqlparser.schema.Column
                && (k == Typing.Kind.INTEGER || k == Typing.Kind.EXACT || k == Typing.Kind.FLOAT);
    }
}
