package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.update.UpdateSet;

/** MySQL {@code INSERT INTO t SET a = 1, b = 2}, rewritten as {@code INSERT INTO t (a, b) VALUES (1, 2)}. */
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
}
