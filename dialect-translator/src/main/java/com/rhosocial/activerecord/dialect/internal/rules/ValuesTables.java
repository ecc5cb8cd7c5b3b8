package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperation;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.UnionOp;
import net.sf.jsqlparser.statement.select.Values;

/**
 * A {@code VALUES} list used as a table with column names, {@code (VALUES (1, 'a'), (2, 'b')) AS v(n, s)}
 * (PostgreSQL, SQL Server): MariaDB names the columns after the first row and SQLite {@code column1..}, neither
 * takes the column list, so it becomes {@code (SELECT 1 AS n, 'a' AS s UNION ALL SELECT 2, 'b') AS v}.
 */
public final class ValuesTables {
    private ValuesTables() {
    }

    /** The replacement FROM item, or {@code fi} itself when nothing is to change. */
    public static FromItem apply(FromItem fi, RenderContext ctx) {
        String family = ctx.to().family();
        if (!(family.equals("MYSQL") || family.equals("MARIADB") || family.equals("SQLITE"))) {
            return fi;
        }
        Values values = null;
        Alias alias = fi == null ? null : fi.getAlias();
        if (fi instanceof ParenthesedSelect p && p.getSelect() instanceof Values v) {
            values = v;
        } else if (fi instanceof net.sf.jsqlparser.statement.select.ParenthesedFromItem p
                && p.getFromItem() instanceof Values v && (p.getJoins() == null || p.getJoins().isEmpty())) {
            values = v;
        } else if (fi instanceof Values v) {
            values = v;
        }
        if (values == null || alias == null || alias.getAliasColumns() == null || alias.getAliasColumns().isEmpty()
                || values.getExpressions() == null) {
            return fi;
        }
        List<String> names = new ArrayList<>();
        for (Alias.AliasColumn c : alias.getAliasColumns()) {
            names.add(c.name);
        }
        List<Select> rows = new ArrayList<>();
        List<SetOperation> ops = new ArrayList<>();
        for (Expression row : values.getExpressions()) {
            List<Expression> cells = new ArrayList<>();
            if (row instanceof ExpressionList<?> list) {
                cells.addAll(list);
            } else {
                cells.add(row);
            }
            if (cells.size() != names.size()) {
                return fi;
            }
            PlainSelect one = new PlainSelect();
            List<SelectItem<?>> items = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                SelectItem<Expression> item = new SelectItem<>(cells.get(i));
                if (rows.isEmpty()) {
                    item.setAlias(new Alias(names.get(i)));
                }
                items.add(item);
            }
            one.setSelectItems(items);
            if (!rows.isEmpty()) {
                ops.add(new UnionOp().withAll(true));
            }
            rows.add(one);
        }
        Select body = rows.get(0);
        if (rows.size() > 1) {
            body = new SetOperationList().withSelects(rows).withOperations(ops);
        }
        ParenthesedSelect derived = new ParenthesedSelect().withSelect(body);
        derived.setAlias(new Alias(alias.getName()));
        ctx.changed();
        return derived;
    }
}
