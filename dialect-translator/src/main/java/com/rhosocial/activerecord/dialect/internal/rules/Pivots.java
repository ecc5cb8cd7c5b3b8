package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.GroupByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.Pivot;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperation;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.UnPivot;
import net.sf.jsqlparser.statement.select.UnionOp;

/**
 * Oracle / T-SQL {@code PIVOT} and {@code UNPIVOT} over a derived table whose columns are listed, for targets of
 * another family. PIVOT becomes {@code SELECT others, AGG(CASE WHEN col = v THEN x END) AS v ... GROUP BY others}
 * (the columns the PIVOT clause does not name are the implicit grouping); UNPIVOT becomes one
 * {@code SELECT others, 'label', column} per IN item joined by UNION ALL, rows with a NULL value left out unless
 * INCLUDE NULLS is given. The comparisons are rendered like any other, so a case-insensitive source stays so.
 */
public final class Pivots {
    private Pivots() {
    }

    /** The FROM item with its PIVOT / UNPIVOT rewritten into a derived table, or the item itself. */
    public static FromItem apply(FromItem item, RenderContext ctx) {
        if (item == null || ctx.to().family().equals(ctx.from().family())
                || item.getPivot() == null && item.getUnPivot() == null
                || !(item instanceof ParenthesedSelect src) || !(src.getSelect() instanceof PlainSelect inner)) {
            return item;
        }
        List<String> names = columnNames(inner);
        if (names == null) {
            return item;
        }
        FromItem out = item.getPivot() != null ? pivot(src, item.getPivot(), names)
                : unpivot(src, item.getUnPivot(), names);
        if (out != null) {
            ctx.changed();
        }
        return out == null ? item : out;
    }

    private static FromItem pivot(ParenthesedSelect src, Pivot p, List<String> names) {
        if (p.getFunctionItems() == null || p.getFunctionItems().size() != 1 || p.getForColumns() == null
                || p.getForColumns().size() != 1 || p.getSingleInItems() == null || p.getSingleInItems().isEmpty()) {
            return null;
        }
        Function agg = p.getFunctionItems().get(0).getExpression();
        Column forColumn = p.getForColumns().get(0);
        Set<String> used = new HashSet<>();
        used.add(key(forColumn.getColumnName()));
        Expression argument = agg.getParameters() == null || agg.getParameters().isEmpty() ? null
                : agg.getParameters().get(0);
        if (argument instanceof AllColumns || agg.isAllColumns()) {
            argument = null;
        }
        if (argument != null) {
            argument.accept(new net.sf.jsqlparser.expression.ExpressionVisitorAdapter<Void>() {
                @Override
                public <S> Void visit(Column c, S context) {
                    used.add(key(c.getColumnName()));
                    return null;
                }
            }, null);
        }
        PlainSelect ps = new PlainSelect();
        List<Expression> others = new ArrayList<>();
        for (String n : names) {
            if (!used.contains(key(n))) {
                Column c = new Column(n);
                others.add(c);
                ps.addSelectItems(new Column(n));
            }
        }
        for (SelectItem<?> in : p.getSingleInItems()) {
            Expression value = in.getExpression();
            String label;
            if (value instanceof Column c && c.getTable() == null) {
                // T-SQL IN ([shipped]): the value 'shipped', the column shipped
                label = RenderContext.unquote(c.getColumnName());
                StringValue v = new StringValue();
                v.setValue(label.replace("'", "''"));
                value = v;
            } else if (value instanceof StringValue s) {
                label = s.getValue().replace("''", "'");
            } else if (value instanceof LongValue l) {
                label = l.getStringValue();
            } else {
                return null;
            }
            if (in.getAlias() != null) {
                label = RenderContext.unquote(in.getAlias().getName());
            }
            WhenClause when = new WhenClause().withWhenExpression(
                    new EqualsTo(new Column(forColumn.getColumnName()), value))
                    .withThenExpression(argument == null ? new LongValue(1) : argument);
            Function f = new Function();
            f.setName(agg.getName());
            f.setDistinct(agg.isDistinct());
            f.setParameters(new ExpressionList<>(new CaseExpression().withWhenClauses(List.of(when))));
            ps.addSelectItems(new SelectItem<>(f, new Alias(label, true)));
        }
        ps.setFromItem(src.withPivot(null));
        if (!others.isEmpty()) {
            GroupByElement g = new GroupByElement();
            for (Expression o : others) {
                g.addGroupByExpression(new Column(((Column) o).getColumnName()));
            }
            ps.setGroupByElement(g);
        }
        return derived(ps, p.getAlias());
    }

    private static FromItem unpivot(ParenthesedSelect src, UnPivot u, List<String> names) {
        if (u.getUnPivotClause() == null || u.getUnPivotClause().size() != 1 || u.getUnPivotForClause() == null
                || u.getUnPivotForClause().size() != 1 || u.getUnPivotInClause() == null) {
            return null;
        }
        String valueName = u.getUnPivotClause().get(0).getColumnName();
        String labelName = u.getUnPivotForClause().get(0).getColumnName();
        Set<String> unpivoted = new HashSet<>();
        List<Column> columns = new ArrayList<>();
        List<Expression> labels = new ArrayList<>();
        for (SelectItem<?> in : u.getUnPivotInClause()) {
            if (!(in.getExpression() instanceof Column c)) {
                return null;
            }
            unpivoted.add(key(c.getColumnName()));
            columns.add(c);
            String label = in.getAlias() == null ? RenderContext.unquote(c.getColumnName()).toUpperCase(Locale.ROOT)
                    : in.getAlias().getName();
            if (label.startsWith("'") && label.endsWith("'") && label.length() >= 2) {
                label = label.substring(1, label.length() - 1).replace("''", "'");
            }
            StringValue v = new StringValue();
            v.setValue(label.replace("'", "''"));
            labels.add(v);
        }
        src.setUnPivot(null);
        List<net.sf.jsqlparser.statement.select.Select> blocks = new ArrayList<>();
        List<SetOperation> ops = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            PlainSelect ps = new PlainSelect();
            for (String n : names) {
                if (!unpivoted.contains(key(n))) {
                    ps.addSelectItems(new Column(n));
                }
            }
            ps.addSelectItems(new SelectItem<>(labels.get(i), new Alias(labelName, true)));
            ps.addSelectItems(new SelectItem<>(new Column(columns.get(i).getColumnName()), new Alias(valueName, true)));
            ps.setFromItem(i == 0 ? src : new ParenthesedSelect().withSelect(src.getSelect())
                    .withAlias(src.getAlias() == null ? null : new Alias(src.getAlias().getName(), true)));
            if (!u.getIncludeNulls()) {
                IsNullExpression notNull = new IsNullExpression(new Column(columns.get(i).getColumnName()));
                notNull.setNot(true);
                ps.setWhere(notNull);
            }
            blocks.add(ps);
            if (i > 0) {
                ops.add(new UnionOp().withAll(true));
            }
        }
        SetOperationList union = new SetOperationList();
        union.setSelects(blocks);
        union.setOperations(ops);
        return derived(union, u.getAlias());
    }

    private static FromItem derived(net.sf.jsqlparser.statement.select.Select body, Alias alias) {
        ParenthesedSelect out = new ParenthesedSelect().withSelect(body);
        out.setAlias(new Alias(alias == null ? "pv__" : alias.getName(), true));
        return out;
    }

    /** The output names of a derived table's select list, or null when one is not a plain name (*, t.*). */
    private static List<String> columnNames(PlainSelect ps) {
        List<String> names = new ArrayList<>();
        for (SelectItem<?> item : ps.getSelectItems()) {
            if (item.getAlias() != null) {
                names.add(item.getAlias().getName());
            } else if (item.getExpression() instanceof Column c) {
                names.add(c.getColumnName());
            } else {
                return null;
            }
        }
        return names;
    }

    private static String key(String name) {
        return RenderContext.unquote(name).toLowerCase(Locale.ROOT);
    }
}
