package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import net.sf.jsqlparser.expression.CollateExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Column;

/**
 * Case-sensitive string order and grouping (PostgreSQL, SQLite) kept on a target whose default collation ignores
 * case and trailing blanks (MySQL, MariaDB): a string column used as a sort key, in {@code COUNT(DISTINCT ...)} or in
 * {@code MIN}/{@code MAX} gets the target's binary collation. Schema-aware: only columns known to be strings.
 */
public final class BinaryCollation {
    private BinaryCollation() {
    }

    /** True when strings compare differently on the target and it has a binary collation to restore the source's. */
    static boolean needed(RenderContext ctx) {
        return ctx.preserve() && !ctx.from().caseInsensitiveStrings() && ctx.to().caseInsensitiveStrings()
                && ctx.to().binaryCollation() != null;
    }

    /** GROUP BY keys and the items of a SELECT DISTINCT that are string columns group by the binary collation. */
    public static void apply(net.sf.jsqlparser.statement.select.PlainSelect ps, RenderContext ctx) {
        if (!needed(ctx)) {
            return;
        }
        if (ps.getGroupBy() != null && ps.getGroupBy().getGroupByExpressionList() != null) {
            @SuppressWarnings("unchecked")
            java.util.List<Expression> keys = (java.util.List<Expression>) ps.getGroupBy().getGroupByExpressionList();
            for (int i = 0; i < keys.size(); i++) {
                Expression w = wrap(keys.get(i), ctx);
                if (w != null) {
                    keys.set(i, w);
                    ctx.changed();
                }
            }
        }
        if (ps.getDistinct() != null && ps.getDistinct().getOnSelectItems() == null) {
            distinctItems(ps, ctx);
        }
    }

    /**
     * String-column items of a query whose rows are compared as wholes (SELECT DISTINCT, UNION, EXCEPT, INTERSECT)
     * take the binary collation, keeping their names.
     */
    public static void distinctItems(net.sf.jsqlparser.statement.select.PlainSelect ps, RenderContext ctx) {
        if (needed(ctx) && ps.getSelectItems() != null) {
            for (net.sf.jsqlparser.statement.select.SelectItem<?> item : ps.getSelectItems()) {
                Expression w = wrap(item.getExpression(), ctx);
                if (w != null) {
                    @SuppressWarnings("unchecked")
                    net.sf.jsqlparser.statement.select.SelectItem<Expression> it =
                            (net.sf.jsqlparser.statement.select.SelectItem<Expression>) item;
                    if (it.getAlias() == null) {
                        it.setAlias(new net.sf.jsqlparser.expression.Alias(((Column) it.getExpression()).getColumnName()));
                    }
                    it.setExpression(w);
                    ctx.changed();
                }
            }
        }
    }

    /**
     * ORDER BY of a UNION / EXCEPT / INTERSECT naming (or numbering) an output column that is a string column of
     * the first query: sorted with the binary collation too.
     */
    public static void setOperationOrder(net.sf.jsqlparser.statement.select.SetOperationList list,
                                         net.sf.jsqlparser.statement.select.PlainSelect first, RenderContext ctx) {
        if (!needed(ctx) || list.getOrderByElements() == null || first.getSelectItems() == null) {
            return;
        }
        for (net.sf.jsqlparser.statement.select.OrderByElement o : list.getOrderByElements()) {
            Expression e = o.getExpression();
            Expression source = null;
            if (e instanceof net.sf.jsqlparser.expression.LongValue v && v.getValue() >= 1
                    && v.getValue() <= first.getSelectItems().size()) {
                source = first.getSelectItems().get((int) v.getValue() - 1).getExpression();
            } else if (e instanceof Column c && c.getTable() == null) {
                for (net.sf.jsqlparser.statement.select.SelectItem<?> item : first.getSelectItems()) {
                    String name = item.getAlias() != null ? item.getAlias().getName()
                            : item.getExpression() instanceof Column ic ? ic.getColumnName() : null;
                    if (name != null && RenderContext.unquote(name).equalsIgnoreCase(RenderContext.unquote(c.getColumnName()))) {
                        source = item.getExpression();
                        break;
                    }
                }
            }
            if (source != null && wrap(source, ctx) != null && !(e instanceof net.sf.jsqlparser.expression.LongValue)) {
                o.setExpression(new CollateExpression(e, ctx.to().binaryCollation()));
                ctx.changed();
            }
        }
    }

    /**
     * A COLLATE clause of another dialect: SQLite {@code NOCASE} as the target's case-insensitive comparison
     * ({@code LOWER()}, or nothing where strings already ignore case), {@code BINARY} / PostgreSQL {@code "C"} as the
     * target's code-point collation, SQLite {@code RTRIM} as {@code RTRIM()}; a vendor collation name (which the
     * target would not know) is dropped with a warning. False when source and target are one family.
     */
    public static boolean render(com.rhosocial.activerecord.dialect.internal.render.ExpressionRenderer r,
                                 CollateExpression c) {
        RenderContext ctx = r.ctx();
        if (c.getCollate() != null && ctx.from().family().equals("MYSQL") && ctx.to().family().equals("MYSQL")
                && RenderContext.unquote(c.getCollate()).equalsIgnoreCase("BINARY")) {
            // the pre-pass's reading of MySQL's BINARY operator, spelled back as the operator
            r.text("BINARY ").expr(c.getLeftExpression());
            return true;
        }
        if (ctx.from().family().equals(ctx.to().family()) || c.getCollate() == null
                || RenderContext.unquote(c.getCollate()).equalsIgnoreCase(ctx.to().binaryCollation())) {
            // Same dialect family, or the target's own binary collation put there by the rules above.
            return false;
        }
        String name = RenderContext.unquote(c.getCollate()).toUpperCase(java.util.Locale.ROOT);
        if (name.endsWith("_BIN")) {
            // MySQL utf8mb4_bin, latin1_bin ...: code-point comparison (blank padding is left to the comparison rules)
            name = "BINARY";
        }
        Expression left = c.getLeftExpression();
        switch (name) {
            case "NOCASE" -> {
                if (ctx.to().caseInsensitiveStrings()) {
                    r.expr(left);
                } else {
                    r.text("LOWER(").expr(left).text(")");
                }
            }
            case "BINARY", "C", "POSIX" -> {
                r.expr(left);
                if (ctx.to().binaryCollation() != null) {
                    r.text(" COLLATE " + ctx.to().binaryCollation());
                }
            }
            case "RTRIM" -> r.text("RTRIM(").expr(left).text(")");
            default -> {
                r.expr(left);
                ctx.warn("collate", "COLLATE", "collation " + c.getCollate() + " dropped: " + ctx.to() + " has no such collation");
            }
        }
        ctx.changed();
        return true;
    }

    /**
     * The upper-cased collation of {@code e} when it is {@code x COLLATE} a case-sensitive, code-point collation
     * (BINARY, which the pre-pass writes for MySQL's BINARY operator, or a MySQL {@code *_bin}), else null.
     */
    static String binaryName(Expression e) {
        if (!(e instanceof CollateExpression c) || c.getCollate() == null) {
            return null;
        }
        String name = RenderContext.unquote(c.getCollate()).toUpperCase(java.util.Locale.ROOT);
        return name.equals("BINARY") || name.endsWith("_BIN") ? name : null;
    }

    /** True when {@code e} is {@code x COLLATE NOCASE}. */
    static boolean isNoCase(Expression e) {
        return e instanceof CollateExpression c && c.getCollate() != null
                && RenderContext.unquote(c.getCollate()).equalsIgnoreCase("NOCASE");
    }

    /** {@code e COLLATE <binary>} when {@code e} is a string column and the target needs it, else null. */
    static Expression wrap(Expression e, RenderContext ctx) {
        if (!needed(ctx) || !(e instanceof Column c) || Typing.of(c, ctx) != Typing.Kind.STRING) {
            return null;
        }
        return new CollateExpression(c, ctx.to().binaryCollation());
    }
}
