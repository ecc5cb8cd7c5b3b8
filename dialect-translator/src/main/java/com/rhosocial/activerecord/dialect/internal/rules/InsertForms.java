package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.TableInfo;
import com.rhosocial.activerecord.dialect.internal.spec.DialectSpec;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.Optional;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.update.UpdateSet;

/**
 * Insert forms that differ only in spelling: MySQL {@code INSERT INTO t SET a = 1, b = 2}, rewritten as
 * {@code INSERT INTO t (a, b) VALUES (1, 2)}; a row of defaults ({@code DEFAULT VALUES}) in the target's form.
 */
final class InsertForms {
    private InsertForms() {
    }

    static void setToValues(Insert ins, RenderContext ctx) {
        if (!ins.isUseSet() || ins.getSetUpdateSets() == null || ctx.to().family().equals("MYSQL")) {
            return;
        }
        ExpressionList<Column> cols = new ExpressionList<>();
        ParenthesedExpressionList<Expression> row = new ParenthesedExpressionList<>();
        for (UpdateSet s : ins.getSetUpdateSets()) {
            for (int i = 0; i < s.getColumns().size(); i++) {
                cols.add(s.getColumns().get(i));
                row.add((Expression) s.getValues().get(i));
            }
        }
        ins.withSetUpdateSets(null);
        ins.setColumns(cols);
        ExpressionList<Expression> rows = new ExpressionList<>();
        rows.add(row);
        Values v = new Values(rows);
        ins.setSelect(v);
        ctx.changed();
    }

    /** {@code INSERT INTO t DEFAULT VALUES} in the target's spelling ({@link DialectSpec.DefaultRowStyle}). */
    static void defaultRow(Insert ins, RenderContext ctx) {
        if (!ins.isOnlyDefaultValues()) {
            return;
        }
        DialectSpec.DefaultRowStyle style = ctx.to().defaultRowStyle();
        if (style == DialectSpec.DefaultRowStyle.DEFAULT_VALUES) {
            return;
        }
        ExpressionList<Column> cols = new ExpressionList<>();
        ParenthesedExpressionList<Expression> row = new ParenthesedExpressionList<>();
        if (style == DialectSpec.DefaultRowStyle.DEFAULT_KEYWORD) {
            String table = RenderContext.unquote(ins.getTable().getName());
            Optional<TableInfo> info = ctx.table(table);
            if (info.isEmpty() || info.get().columns().isEmpty()) {
                ctx.unsupported("default-values", "DEFAULT VALUES", ctx.to().dialect()
                        + " has no DEFAULT VALUES and the columns of " + table + " are unknown");
                return;
            }
            cols.add(new Column(info.get().columns().get(0).name()));
            row.add(new Column("DEFAULT"));
        }
        ins.setOnlyDefaultValues(false);
        ins.setColumns(cols);
        ExpressionList<Expression> rows = new ExpressionList<>();
        rows.add(row);
        ins.setSelect(new Values(rows));
        ctx.changed();
    }
}
