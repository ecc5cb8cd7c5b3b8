package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.TableInfo;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

/**
 * Schema-aware: integer literals 0/1 written to a BOOLEAN column of a target with real booleans (PostgreSQL
 * rejects {@code integer} for {@code boolean}) become FALSE/TRUE; an INSERT without a column list gets the
 * table's columns from {@code SchemaInfo}.
 */
public final class BooleanColumns {
    private BooleanColumns() {
    }

    public static void insert(Insert ins, RenderContext ctx) {
        values(ins.getTable().getFullyQualifiedName(), ins.getColumns(),
                ins.getSelect() instanceof Values v ? v : null, ctx);
    }

    /** The VALUES rows of an insert into {@code table} with columns {@code columns} (null: all, in order). */
    public static void values(String table, ExpressionList<Column> columns, Values values, RenderContext ctx) {
        Optional<TableInfo> info = ctx.table(table);
        if (info.isEmpty() || values == null) {
            return;
        }
        List<String> cols = new ArrayList<>();
        if (columns != null) {
            for (Column c : columns) {
                cols.add(c.getColumnName());
            }
        } else {
            for (TableInfo.ColumnInfo c : info.get().columns()) {
                cols.add(c.name());
            }
        }
        if (!needsBooleans(ctx)) {
            return;
        }
        ExpressionList<?> rows = values.getExpressions();
        if (rows == null) {
            return;
        }
        boolean multi = !rows.isEmpty() && rows.get(0) instanceof ParenthesedExpressionList;
        if (multi) {
            for (Expression row : rows) {
                if (row instanceof ParenthesedExpressionList<?> p) {
                    fixRow(p, cols, info.get(), ctx);
                }
            }
        } else {
            fixRow(rows, cols, info.get(), ctx);
        }
    }

    @SuppressWarnings("unchecked")
    private static void fixRow(ExpressionList<?> row, List<String> cols, TableInfo t, RenderContext ctx) {
        ExpressionList<Expression> r = (ExpressionList<Expression>) row;
        for (int i = 0; i < r.size() && i < cols.size(); i++) {
            Expression b = bool(r.get(i), t, cols.get(i));
            if (b != null) {
                r.set(i, b);
                ctx.changed();
            }
        }
    }

    public static void update(Update u, RenderContext ctx) {
        if (!needsBooleans(ctx) || u.getUpdateSets() == null) {
            return;
        }
        Optional<TableInfo> info = ctx.table(u.getTable().getFullyQualifiedName());
        if (info.isEmpty()) {
            return;
        }
        for (UpdateSet s : u.getUpdateSets()) {
            @SuppressWarnings("unchecked")
            ExpressionList<Expression> values = (ExpressionList<Expression>) s.getValues();
            for (int i = 0; i < s.getColumns().size() && i < values.size(); i++) {
                Expression b = bool(values.get(i), info.get(), s.getColumns().get(i).getColumnName());
                if (b != null) {
                    values.set(i, b);
                    ctx.changed();
                }
            }
        }
    }

    private static boolean needsBooleans(RenderContext ctx) {
        return ctx.to().hasBooleanLiterals() && !ctx.to().predicateValuesAreNumbers()
                && ctx.to().strictBooleans();
    }

    private static Expression bool(Expression e, TableInfo t, String column) {
        boolean param = e instanceof net.sf.jsqlparser.expression.JdbcParameter;
        if (!param && (!(e instanceof LongValue v) || v.getValue() != 0 && v.getValue() != 1)) {
            return null;
        }
        Optional<TableInfo.ColumnInfo> c = t.column(RenderContext.unquote(column));
        if (c.isEmpty() || Typing.ofJdbc(c.get().jdbcType(), c.get().typeName()) != Typing.Kind.BOOLEAN) {
            return null;
        }
        if (param) {
            // bound as 0/1 or as a boolean: both become a boolean
            net.sf.jsqlparser.expression.CastExpression cast = new net.sf.jsqlparser.expression.CastExpression();
            cast.setLeftExpression(e);
            cast.setColDataType(new net.sf.jsqlparser.statement.create.table.ColDataType("INTEGER"));
            return new net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList<>(
                    new net.sf.jsqlparser.expression.operators.relational.NotEqualsTo(cast, new LongValue(0)));
        }
        return new BooleanValue(((LongValue) e).getValue() == 1 ? "TRUE" : "FALSE");
    }
}
