package com.rhosocial.activerecord.dialect.internal.render;

import com.rhosocial.activerecord.dialect.internal.rules.Identifiers;
import com.rhosocial.activerecord.dialect.internal.rules.Marked;
import com.rhosocial.activerecord.dialect.internal.rules.Returning;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.util.deparser.StatementDeParser;

/**
 * Renders whole statements for the target. Statement-level rule families (upserts, DML limits, DDL, SHOW) hook in
 * here; everything else goes through {@link SelectRenderer} and {@link ExpressionRenderer}.
 */
public class StatementRenderer extends StatementDeParser {
    private final RenderContext ctx;
    private final ExpressionRenderer expressions;

    public StatementRenderer(ExpressionRenderer expressions, SelectRenderer selects, StringBuilder builder,
                             RenderContext ctx) {
        super(expressions, selects, builder);
        this.ctx = ctx;
        this.expressions = expressions;
    }

    public static StatementRenderer create(RenderContext ctx) {
        StringBuilder b = new StringBuilder(256);
        ExpressionRenderer e = new ExpressionRenderer(ctx);
        SelectRenderer s = new SelectRenderer(e, b, ctx);
        e.setSelectVisitor(s);
        e.setBuilder(b);
        return new StatementRenderer(e, s, b, ctx);
    }

    public RenderContext ctx() {
        return ctx;
    }

    public ExpressionRenderer expressions() {
        return expressions;
    }

    @Override
    public <S> StringBuilder visit(Insert insert, S context) {
        ctx.tableInScope(insert.getTable().getFullyQualifiedName());
        Identifiers.table(insert.getTable(), ctx);
        Returning.insert(insert, ctx);
        return super.visit(insert, context);
    }

    @Override
    public <S> StringBuilder visit(Update update, S context) {
        ctx.tableInScope(update.getTable().getFullyQualifiedName());
        if (update.getTable().getAlias() != null) {
            ctx.alias(update.getTable().getAlias().getName(), update.getTable().getName());
        }
        Identifiers.table(update.getTable(), ctx);
        net.sf.jsqlparser.statement.select.PlainSelect after = Returning.update(update, ctx);
        com.rhosocial.activerecord.dialect.internal.rules.PagingRules.limitedInSubqueries(update.getWhere(), ctx);
        update.setWhere(Marked.condition(update.getWhere()));
        StringBuilder out = super.visit(update, context);
        if (after != null) {
            out.append('\u0000');
            after.accept((net.sf.jsqlparser.statement.select.SelectVisitor<StringBuilder>) getSelectDeParser(), context);
        }
        return out;
    }

    @Override
    public <S> StringBuilder visit(Delete delete, S context) {
        if (delete.getTable() != null) {
            ctx.tableInScope(delete.getTable().getFullyQualifiedName());
            Identifiers.table(delete.getTable(), ctx);
        }
        Returning.delete(delete, ctx);
        com.rhosocial.activerecord.dialect.internal.rules.PagingRules.limitedInSubqueries(delete.getWhere(), ctx);
        delete.setWhere(Marked.condition(delete.getWhere()));
        return super.visit(delete, context);
    }
}
