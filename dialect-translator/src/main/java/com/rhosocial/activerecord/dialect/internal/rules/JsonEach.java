package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.List;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.TableFunction;

/**
 * SQLite {@code json_each(j)} in FROM on a target that expands arrays otherwise (the target's
 * {@link com.rhosocial.activerecord.dialect.internal.spec.DialectSpec#jsonArrayTable} text, rendered by the normal
 * rules like {@link GenerateSeries}). A literal array of numbers gives a numeric {@code value}, as SQLite's does;
 * otherwise value is text. Only arrays: json_each over an object walks its keys, which no target here mirrors.
 */
public final class JsonEach {
    private JsonEach() {
    }

    /** The replacement of {@code fi}, or {@code fi} itself when it is no one-argument json_each call. */
    public static FromItem apply(FromItem fi, boolean joined, RenderContext ctx) {
        if (!(fi instanceof TableFunction tf) || tf.getFunction() == null || tf.getFunction().getName() == null
                || !tf.getFunction().getName().equalsIgnoreCase("json_each") || !ctx.from().dialect().name().equals("SQLITE")
                || ctx.to().family().equals(ctx.from().family())) {
            return fi;
        }
        List<Expression> a = tf.getFunction().getParameters() == null ? List.of()
                : List.copyOf(tf.getFunction().getParameters());
        String template = ctx.to().jsonArrayTable(numbers(a.isEmpty() ? null : a.get(0)), joined
                && a.size() == 1 && a.get(0).toString().matches("(?s).*[A-Za-z_][A-Za-z_0-9]*\\s*\\..*|[A-Za-z_][A-Za-z_0-9]*"));
        if (a.size() != 1 || template == null || a.get(0) instanceof StringValue s && s.getValue().trim().startsWith("{")) {
            ctx.unsupported("json-each", "json_each", "json_each over " + (a.size() == 1 ? "an object" : a.size()
                    + " arguments") + " has no equivalent on " + ctx.to());
            return fi;
        }
        Alias alias = tf.getAlias();
        String name = alias == null ? "json_each" : alias.getName();
        // a placeholder keeps its number through the re-parse (a bare ? would be numbered afresh from 1)
        String json = a.get(0) instanceof net.sf.jsqlparser.expression.JdbcParameter p ? "?" + p.getIndex()
                : a.get(0).toString();
        String sql = "SELECT * FROM " + template.replace("{0}", json).replace("{alias}", name);
        try {
            Statement st = CCJSqlParserUtil.newParser(sql).Statement();
            if (st instanceof PlainSelect ps) {
                ctx.emulated("json-each", "json_each as " + ctx.to() + " array expansion");
                ctx.changed();
                return ps.getFromItem();
            }
        } catch (Exception e) {
            // falls through to unsupported
        }
        ctx.unsupported("json-each", "json_each", "json_each(" + a.get(0) + ") has no emulation on " + ctx.to());
        return fi;
    }

    /**
     * {@code id IN (SELECT value FROM json_each(?))}, the usual way to bind a list in SQLite: SQLite's value is an
     * integer for a JSON number, but a target that reads an array of unknown content gives text (PostgreSQL's
     * {@code integer = text} is an error), so against a numeric left side the selected value is cast to a number.
     */
    static void numericValues(net.sf.jsqlparser.statement.select.ParenthesedSelect sub, Typing.Kind left,
                              RenderContext ctx) {
        if (left != Typing.Kind.INTEGER && left != Typing.Kind.EXACT || !(sub.getSelect() instanceof PlainSelect p)
                || p.getSelectItems() == null || p.getSelectItems().size() != 1
                || !(p.getSelectItems().get(0).getExpression() instanceof net.sf.jsqlparser.schema.Column c)
                || !c.getColumnName().equalsIgnoreCase("value")
                || !(p.getFromItem() instanceof TableFunction tf) || tf.getFunction() == null
                || !"json_each".equalsIgnoreCase(tf.getFunction().getName())
                || !ctx.from().dialect().name().equals("SQLITE") || ctx.to().family().equals(ctx.from().family())
                || tf.getFunction().getParameters() == null || tf.getFunction().getParameters().size() != 1
                || numbers(tf.getFunction().getParameters().get(0))) {
            return;
        }
        net.sf.jsqlparser.expression.CastExpression cast = new net.sf.jsqlparser.expression.CastExpression();
        cast.setLeftExpression(c);
        cast.setColDataType(new net.sf.jsqlparser.statement.create.table.ColDataType("NUMERIC"));
        p.getSelectItems().set(0, new net.sf.jsqlparser.statement.select.SelectItem<>(cast));
        ctx.changed();
    }

    /** A literal JSON array whose elements are all numbers. */
    private static boolean numbers(Expression e) {
        if (!(e instanceof StringValue s)) {
            return false;
        }
        String v = s.getValue().trim();
        if (!v.startsWith("[") || !v.endsWith("]")) {
            return false;
        }
        String body = v.substring(1, v.length() - 1).trim();
        return !body.isEmpty() && body.matches("\\s*-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?(\\s*,\\s*-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?)*\\s*");
    }
}
