package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.TableInfo;
import com.rhosocial.activerecord.dialect.internal.spec.DialectSpec;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * NULL ordering: MySQL, SQL Server and SQLite sort NULLs first in ascending order, PostgreSQL and Oracle last.
 * Where the source's order differs from the target's and the sort key can be NULL (per {@code SchemaInfo}, or
 * unknown), the source's order is made explicit: {@code NULLS FIRST/LAST} where supported, otherwise a leading
 * {@code CASE WHEN x IS NULL ...} key.
 */
public final class NullOrdering {
    private NullOrdering() {
    }

    /** Rewrites {@code elements} in place; {@code block} resolves positions and may be null (set operations). */
    public static List<OrderByElement> apply(List<OrderByElement> elements, PlainSelect block, RenderContext ctx) {
        if (elements == null || elements.isEmpty()) {
            return elements;
        }
        DialectSpec from = ctx.from();
        DialectSpec to = ctx.to();
        List<OrderByElement> out = new ArrayList<>(elements.size() + 2);
        boolean changed = false;
        for (OrderByElement e : elements) {
            OrderByElement.NullOrdering explicit = e.getNullOrdering();
            if (!ctx.preserve() && explicit == null) {
                // semantics=syntax: only what the statement spells out (NULLS FIRST/LAST) is carried over.
                out.add(e);
                continue;
            }
            if (ctx.preserve()) {
                caseInsensitiveKey(e, block, ctx);
            }
            boolean nullsFirst;
            if (explicit != null) {
                nullsFirst = explicit == OrderByElement.NullOrdering.NULLS_FIRST;
                if (to.supportsNullsOrdering()) {
                    out.add(e);
                    continue;
                }
                if (nullsFirst == (e.isAsc() == to.nullsSortLowByDefault())
                        || !canBeNull(e.getExpression(), block, ctx)) {
                    // The target's own order already puts NULLs there (or there are none): drop the clause it
                    // cannot parse.
                    e.setNullOrdering(null);
                    out.add(e);
                    changed = true;
                    continue;
                }
            } else {
                if (from.nullsSortLowByDefault() == to.nullsSortLowByDefault() || !canBeNull(e.getExpression(), block, ctx)) {
                    out.add(e);
                    continue;
                }
                nullsFirst = e.isAsc() == from.nullsSortLowByDefault();
            }
            changed = true;
            if (to.supportsNullsOrdering()) {
                e.setNullOrdering(nullsFirst ? OrderByElement.NullOrdering.NULLS_FIRST
                        : OrderByElement.NullOrdering.NULLS_LAST);
                out.add(e);
            } else {
                Expression key = resolve(e.getExpression(), block);
                if (key == null) {
                    out.add(e);
                    ctx.warn("null-ordering", "ORDER BY", "NULL order of a positional or set-operation sort key kept as the target's");
                    continue;
                }
                CaseExpression c = new CaseExpression();
                c.setWhenClauses(List.of(new WhenClause().withWhenExpression(new IsNullExpression(key))
                        .withThenExpression(new LongValue(nullsFirst ? 0 : 1))));
                c.setElseExpression(new LongValue(nullsFirst ? 1 : 0));
                out.add(new OrderByElement().withExpression(c));
                e.setNullOrdering(null);
                out.add(e);
            }
        }
        if (changed) {
            ctx.changed();
        }
        return out;
    }

    /** MySQL / SQL Server sort strings case-insensitively: LOWER() the key on case-sensitive targets. */
    private static void caseInsensitiveKey(OrderByElement e, PlainSelect block, RenderContext ctx) {
        Expression binary = block == null ? null : BinaryCollation.wrap(e.getExpression(), ctx);
        if (binary != null) {
            e.setExpression(binary);
            ctx.changed();
            return;
        }
        if (block == null || !ctx.from().caseInsensitiveStrings() || ctx.to().caseInsensitiveStrings()
                || block.getDistinct() != null || !(e.getExpression() instanceof Column c)) {
            return;
        }
        Optional<TableInfo.ColumnInfo> info = ctx.column(c.getTable() == null ? null : c.getTable().getName(),
                c.getColumnName());
        if (info.isEmpty() && c.getTable() != null) {
            info = ctx.column(null, c.getColumnName());
        }
        if (info.isPresent() && Typing.ofJdbc(info.get().jdbcType(), info.get().typeName()) == Typing.Kind.STRING) {
            net.sf.jsqlparser.expression.Function lower = new net.sf.jsqlparser.expression.Function();
            lower.setName("LOWER");
            lower.setParameters(new net.sf.jsqlparser.expression.operators.relational.ExpressionList<>(c));
            e.setExpression(lower);
            ctx.changed();
        }
    }

    private static Expression resolve(Expression e, PlainSelect block) {
        if (e instanceof LongValue v) {
            if (block == null || block.getSelectItems() == null) {
                return null;
            }
            int i = (int) v.getValue() - 1;
            if (i < 0 || i >= block.getSelectItems().size()) {
                return null;
            }
            SelectItem<?> item = block.getSelectItems().get(i);
            return item.getExpression() instanceof Column ? item.getExpression() : null;
        }
        if (e instanceof Column c && c.getTable() == null && block != null && block.getSelectItems() != null) {
            // ORDER BY alias: MySQL rejects an alias of an aggregate inside an expression, so use the expression.
            for (SelectItem<?> item : block.getSelectItems()) {
                if (item.getAlias() != null && RenderContext.unquote(item.getAlias().getName())
                        .equalsIgnoreCase(RenderContext.unquote(c.getColumnName()))) {
                    return item.getExpression();
                }
            }
        }
        return block == null && !(e instanceof Column) ? null : e;
    }

    static boolean canBeNull(Expression e, PlainSelect block, RenderContext ctx) {
        if (e instanceof LongValue v && block != null && block.getSelectItems() != null) {
            int i = (int) v.getValue() - 1;
            if (i >= 0 && i < block.getSelectItems().size()) {
                return canBeNull(block.getSelectItems().get(i).getExpression(), block, ctx);
            }
            return true;
        }
        if (e instanceof LongValue || e instanceof StringValue) {
            return false;
        }
        if (e instanceof Function f && f.getName() != null) {
            String n = f.getName().toUpperCase(Locale.ROOT);
            if (n.equals("COUNT") || n.equals("ROW_NUMBER") || n.equals("RANK") || n.equals("DENSE_RANK")) {
                return false;
            }
        }
        if (e instanceof Column c) {
            if (block != null && block.getSelectItems() != null && c.getTable() == null) {
                // An alias of a select item: look at the item.
                for (SelectItem<?> item : block.getSelectItems()) {
                    if (item.getAlias() != null && RenderContext.unquote(item.getAlias().getName())
                            .equalsIgnoreCase(RenderContext.unquote(c.getColumnName()))) {
                        if (item.getExpression() instanceof Column) {
                            return canBeNull(item.getExpression(), null, ctx);
                        }
                        return !(item.getExpression() instanceof Function f2 && f2.getName() != null
                                && f2.getName().equalsIgnoreCase("COUNT"));
                    }
                }
            }
            String qualifier = c.getTable() == null ? null : c.getTable().getName();
            String aliased = aliasedTable(block, qualifier);
            Optional<TableInfo.ColumnInfo> info = ctx.column(aliased != null ? aliased : qualifier,
                    c.getColumnName());
            if (info.isPresent()) {
                return info.get().nullable();
            }
            if (aliased == null && c.getTable() != null && c.getTable().getName() != null) {
                // qualified by an alias: look the column up among all tables in scope
                Optional<TableInfo.ColumnInfo> any = ctx.column(null, c.getColumnName());
                if (any.isPresent()) {
                    return any.get().nullable();
                }
            }
            return true;
        }
        return true;
    }

    /** The table a FROM-clause alias of {@code block} stands for, or null when {@code qualifier} is no such alias. */
    private static String aliasedTable(PlainSelect block, String qualifier) {
        if (block == null || qualifier == null) {
            return null;
        }
        String q = RenderContext.unquote(qualifier);
        List<net.sf.jsqlparser.statement.select.FromItem> items = new ArrayList<>();
        items.add(block.getFromItem());
        if (block.getJoins() != null) {
            for (net.sf.jsqlparser.statement.select.Join j : block.getJoins()) {
                items.add(j.getRightItem());
            }
        }
        for (net.sf.jsqlparser.statement.select.FromItem fi : items) {
            if (fi instanceof net.sf.jsqlparser.schema.Table t && t.getAlias() != null && t.getAlias().getName() != null
                    && RenderContext.unquote(t.getAlias().getName()).equalsIgnoreCase(q)) {
                return t.getFullyQualifiedName();
            }
        }
        return null;
    }
}
