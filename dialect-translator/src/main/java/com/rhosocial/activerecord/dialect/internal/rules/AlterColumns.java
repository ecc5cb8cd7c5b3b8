package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;

/**
 * {@code ALTER TABLE} that adds columns or changes column types, in the target's form: MySQL
 * {@code MODIFY COLUMN c T}, PostgreSQL {@code ALTER COLUMN c TYPE T}, Oracle {@code MODIFY (c T)} / {@code ADD (c T)},
 * SQL Server {@code ALTER COLUMN c T}. SQLite cannot change a column's type but does not enforce declared types
 * either, so the change is left out with a warning. Each action becomes its own statement (SQLite takes one action
 * per ALTER TABLE; the others accept that too).
 */
final class AlterColumns {
    private AlterColumns() {
    }

    /**
     * The target's statements separated by NUL, or null when the statement holds other actions (or is already in
     * the target's form) and is rendered as it is. Types must already be mapped.
     */
    static String render(Alter a, RenderContext ctx) {
        if (a.getAlterExpressions() == null || a.getAlterExpressions().isEmpty()) {
            return null;
        }
        String head = "ALTER TABLE " + a.getTable().getFullyQualifiedName() + " ";
        List<String> out = new ArrayList<>();
        boolean typeChange = false;
        boolean brackets = false;
        for (AlterExpression e : a.getAlterExpressions()) {
            AlterOperation op = e.getOperation();
            if (e.getColDataTypeList() == null || e.getColDataTypeList().isEmpty()
                    || op != AlterOperation.ADD && op != AlterOperation.MODIFY && op != AlterOperation.ALTER) {
                return null;
            }
            brackets |= e.useBrackets();
            for (AlterExpression.ColumnDataType cdt : e.getColDataTypeList()) {
                String column = cdt.getColumnName();
                String type = cdt.getColDataType() == null ? "" : cdt.getColDataType().toString();
                String specs = cdt.getColumnSpecs() == null || cdt.getColumnSpecs().isEmpty() ? ""
                        : " " + String.join(" ", cdt.getColumnSpecs());
                if (op == AlterOperation.ADD) {
                    out.add(head + ctx.to().addColumnKeyword() + " " + column + " " + type + specs);
                    continue;
                }
                typeChange = true;
                String clause = ctx.to().alterColumnType(column, type + specs);
                if (clause == null) {
                    ctx.warn("alter-column", "ALTER", ctx.to().dialect() + " cannot change a column's type and does "
                            + "not enforce it: change of " + column + " to " + type + " left out");
                    out.add("UPDATE " + a.getTable().getFullyQualifiedName() + " SET " + column + " = " + column
                            + " WHERE 1 = 0");
                } else {
                    out.add(head + clause);
                }
            }
        }
        if (!typeChange && !brackets && out.size() == 1) {
            return null;
        }
        ctx.changed();
        return String.join("\u0000", out);
    }
}
