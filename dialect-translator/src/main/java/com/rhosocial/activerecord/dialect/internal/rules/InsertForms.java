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

    /**
     * {@code INSERT INTO t (id, v) VALUES (NULL, 'b')} into a generated key column, where the source generates a
     * value for the NULL (MySQL AUTO_INCREMENT, SQLite INTEGER PRIMARY KEY) and the target does not: the column is
     * left out, so the target generates it. Needs SchemaInfo to say the column is generated, and every row to hold
     * NULL there.
     */
    static void generatedKeyNulls(Insert ins, RenderContext ctx) {
        boolean nulls = ctx.from().identityTakesNull() && !ctx.to().identityTakesNull();
        boolean zero = ctx.from().identityTakesZero() && !ctx.to().identityTakesZero();
        if (!nulls && !zero
                || !(ins.getSelect() instanceof Values v) || v.getExpressions() == null || v.getExpressions().isEmpty()) {
            return;
        }
        java.util.Optional<com.rhosocial.activerecord.dialect.TableInfo> info =
                ctx.table(ins.getTable().getFullyQualifiedName());
        if (info.isEmpty()) {
            return;
        }
        ExpressionList<?> rows = v.getExpressions();
        java.util.function.Predicate<Expression> gen = e -> nulls && e instanceof net.sf.jsqlparser.expression.NullValue
                || zero && e instanceof net.sf.jsqlparser.expression.LongValue l && l.getValue() == 0;
        if (ins.getColumns() == null) {
            // INSERT INTO t VALUES (0, ...): name the columns from SchemaInfo so that the key can be left out
            int width = rows.get(0) instanceof ParenthesedExpressionList<?> p0 ? p0.size() : rows.size();
            if (info.get().columns().size() != width || info.get().columns().stream().noneMatch(
                    c -> c.autoIncrement())) {
                return;
            }
            int key = -1;
            for (int i = 0; i < width; i++) {
                if (info.get().columns().get(i).autoIncrement()) {
                    key = i;
                }
            }
            final int k = key;
            boolean allGen = rows.get(0) instanceof ParenthesedExpressionList<?>
                    ? rows.stream().allMatch(r -> r instanceof ParenthesedExpressionList<?> p && p.size() == width
                            && gen.test(p.get(k)))
                    : gen.test(rows.get(k));
            if (!allGen) {
                return;
            }
            ExpressionList<Column> cols = new ExpressionList<>();
            for (com.rhosocial.activerecord.dialect.TableInfo.ColumnInfo c : info.get().columns()) {
                cols.add(new Column(c.name()));
            }
            ins.setColumns(cols);
        }
        boolean multi = rows.get(0) instanceof ParenthesedExpressionList;
        java.util.List<ExpressionList<?>> all = new java.util.ArrayList<>();
        if (multi) {
            for (Expression r : rows) {
                if (!(r instanceof ParenthesedExpressionList<?> p) || p.size() != ins.getColumns().size()) {
                    return;
                }
                all.add(p);
            }
        } else if (rows.size() == ins.getColumns().size()) {
            all.add(rows);
        } else {
            return;
        }
        for (int i = ins.getColumns().size() - 1; i >= 0; i--) {
            final int k = i;
            java.util.Optional<com.rhosocial.activerecord.dialect.TableInfo.ColumnInfo> col =
                    info.get().column(RenderContext.unquote(ins.getColumns().get(i).getColumnName()));
            if (col.isEmpty() || !col.get().autoIncrement() || ins.getColumns().size() == 1
                    || !all.stream().allMatch(r -> gen.test(r.get(k)))) {
                continue;
            }
            ins.getColumns().remove(i);
            for (ExpressionList<?> r : all) {
                r.remove(i);
            }
            ctx.changed();
        }
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
