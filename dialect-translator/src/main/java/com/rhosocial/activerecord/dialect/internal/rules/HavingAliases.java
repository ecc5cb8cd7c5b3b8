package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * MySQL and SQLite accept select-list aliases in HAVING ({@code HAVING total > 10}); PostgreSQL, Oracle and SQL
 * Server do not. The alias is replaced by the aliased expression.
 */
public final class HavingAliases {
    private HavingAliases() {
    }

    public static void apply(PlainSelect ps, RenderContext ctx) {
        if (ps.getHaving() == null || !ctx.from().aliasesInHaving() || ctx.to().aliasesInHaving()
                || ps.getSelectItems() == null) {
            return;
        }
        Map<String, Expression> aliases = new HashMap<>();
        for (SelectItem<?> item : ps.getSelectItems()) {
            if (item.getAlias() != null && item.getAlias().getName() != null) {
                aliases.put(RenderContext.unquote(item.getAlias().getName()).toLowerCase(Locale.ROOT),
                        item.getExpression());
            }
        }
        if (!aliases.isEmpty()) {
            ps.setHaving(replace(ps.getHaving(), aliases));
        }
    }

    @SuppressWarnings("unchecked")
    private static Expression replace(Expression e, Map<String, Expression> aliases) {
        if (e instanceof Column c && c.getTable() == null) {
            Expression a = aliases.get(RenderContext.unquote(c.getColumnName()).toLowerCase(Locale.ROOT));
            return a != null && !(a instanceof Column) ? a : e;
        }
        if (e instanceof BinaryExpression b) {
            b.setLeftExpression(replace(b.getLeftExpression(), aliases));
            b.setRightExpression(replace(b.getRightExpression(), aliases));
        } else if (e instanceof NotExpression n) {
            n.setExpression(replace(n.getExpression(), aliases));
        } else if (e instanceof IsNullExpression n) {
            n.setLeftExpression(replace(n.getLeftExpression(), aliases));
        } else if (e instanceof Between b) {
            b.setLeftExpression(replace(b.getLeftExpression(), aliases));
        } else if (e instanceof ExpressionList<?> l) {
            ExpressionList<Expression> list = (ExpressionList<Expression>) l;
            for (int i = 0; i < list.size(); i++) {
                list.set(i, replace(list.get(i), aliases));
            }
        } else if (e instanceof Function f && f.getParameters() != null) {
            replace(f.getParameters(), aliases);
        }
        return e;
    }
}
