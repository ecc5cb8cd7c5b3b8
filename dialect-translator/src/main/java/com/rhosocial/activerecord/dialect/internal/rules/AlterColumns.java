package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;

/**
 * {@code ALTER TABLE} adding several columns or using Oracle's {@code ADD (c T, ...)}: one
 * {@code ALTER TABLE t ADD [COLUMN] c T} statement per column, a form every target reads (SQLite takes one action
 * per ALTER TABLE). Column type changes are {@code DdlRules.modifyColumns}'.
 */
final class AlterColumns {
    private AlterColumns() {
    }

    /**
     * The target's statements separated by NUL, or null when the statement holds other actions (or adds a single
     * column without brackets, which the renderer prints as it is). Types must already be mapped.
     */
    static String render(Alter a, RenderContext ctx) {
        if (a.getAlterExpressions() == null || a.getAlterExpressions().isEmpty()) {
            return null;
        }
        String head = "ALTER TABLE " + a.getTable().getFullyQualifiedName() + " " + ctx.to().addColumnKeyword() + " ";
        List<String> out = new ArrayList<>();
        boolean brackets = false;
        for (AlterExpression e : a.getAlterExpressions()) {
            if (e.getOperation() != AlterOperation.ADD || e.getColDataTypeList() == null
                    || e.getColDataTypeList().isEmpty()) {
                return null;
            }
            brackets |= e.useBrackets();
            for (AlterExpression.ColumnDataType cdt : e.getColDataTypeList()) {
                String type = cdt.getColDataType() == null ? "" : " " + cdt.getColDataType();
                String specs = cdt.getColumnSpecs() == null || cdt.getColumnSpecs().isEmpty() ? ""
                        : " " + String.join(" ", cdt.getColumnSpecs());
                out.add(head + cdt.getColumnName() + type + specs);
            }
        }
        if (!brackets && out.size() == 1) {
            return null;
        }
        ctx.changed();
        return String.join("\u0000", out);
    }
}
