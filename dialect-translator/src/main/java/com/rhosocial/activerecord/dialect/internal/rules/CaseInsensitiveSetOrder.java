package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.TableInfo;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;

/**
 * ORDER BY of a UNION / EXCEPT / INTERSECT under a case-insensitive source collation (MySQL, SQL Server) on a
 * case-sensitive target: a set operation may only be sorted by its output columns there (PostgreSQL rejects
 * {@code ORDER BY LOWER(name)} after a UNION), so the set operation becomes a derived table sorted by
 * {@code LOWER()} of each text key, as a plain query's sort key would be; paging moves out with the ORDER BY.
 */
public final class CaseInsensitiveSetOrder {
    private CaseInsensitiveSetOrder() {
    }

    /** The sorted derived table, or null when no sort key is a text column of the first branch. */
    public static PlainSelect rewrite(SetOperationList list, PlainSelect first, RenderContext ctx) {
        if (!ctx.preserve() || !ctx.from().caseInsensitiveStrings() || ctx.to().caseInsensitiveStrings()
                || list.getOrderByElements() == null || list.getOrderByElements().isEmpty()
                || first.getSelectItems() == null) {
            return null;
        }
        List<OrderByElement> keys = new ArrayList<>();
        boolean any = false;
        for (OrderByElement o : list.getOrderByElements()) {
            SelectItem<?> item = item(o.getExpression(), first);
            if (item == null) {
                return null;
            }
            String name = item.getAlias() != null ? item.getAlias().getName()
                    : item.getExpression() instanceof Column c ? c.getColumnName() : null;
            if (name == null) {
                return null;
            }
            Expression key = new Column(name);
            if (text(item.getExpression(), ctx)) {
                Function lower = new Function();
                lower.setName("LOWER");
                lower.setParameters(new ExpressionList<>(key));
                key = lower;
                any = true;
            }
            OrderByElement k = new OrderByElement();
            k.setExpression(key);
            k.setAsc(o.isAsc());
            k.setAscDescPresent(o.isAscDescPresent());
            k.setNullOrdering(o.getNullOrdering());
            keys.add(k);
        }
        if (!any) {
            return null;
        }
        PlainSelect outer = new PlainSelect();
        outer.addSelectItems(new AllColumns());
        list.setOrderByElements(null);
        outer.setLimit(list.getLimit());
        outer.setOffset(list.getOffset());
        outer.setFetch(list.getFetch());
        list.setLimit(null);
        list.setOffset(null);
        list.setFetch(null);
        ParenthesedSelect derived = new ParenthesedSelect();
        derived.setSelect(list);
        derived.setAlias(new Alias("ar_u"));
        outer.setFromItem(derived);
        outer.setOrderByElements(keys);
        ctx.changed();
        return outer;
    }

    /** The first branch's select item an ORDER BY key names, by position, alias or column name. */
    private static SelectItem<?> item(Expression e, PlainSelect first) {
        List<SelectItem<?>> items = first.getSelectItems();
        if (e instanceof LongValue v) {
            return v.getValue() >= 1 && v.getValue() <= items.size() ? items.get((int) v.getValue() - 1) : null;
        }
        if (e instanceof Column c && c.getTable() == null) {
            for (SelectItem<?> it : items) {
                String name = it.getAlias() != null ? it.getAlias().getName()
                        : it.getExpression() instanceof Column ic ? ic.getColumnName() : null;
                if (name != null && RenderContext.unquote(name).equalsIgnoreCase(RenderContext.unquote(c.getColumnName()))) {
                    return it;
                }
            }
        }
        return null;
    }

    private static boolean text(Expression e, RenderContext ctx) {
        if (!(e instanceof Column c)) {
            return Typing.of(e, ctx) == Typing.Kind.STRING;
        }
        Optional<TableInfo.ColumnInfo> info = ctx.column(c.getTable() == null ? null : c.getTable().getName(),
                c.getColumnName());
        if (info.isEmpty() && c.getTable() != null) {
            info = ctx.column(null, c.getColumnName());
        }
        return info.isPresent() && Typing.ofJdbc(info.get().jdbcType(), info.get().typeName()) == Typing.Kind.STRING;
    }
}
