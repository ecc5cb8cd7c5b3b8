package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import net.sf.jsqlparser.statement.DescribeStatement;
import net.sf.jsqlparser.statement.ShowColumnsStatement;
import net.sf.jsqlparser.statement.show.ShowTablesStatement;

/** MySQL {@code SHOW TABLES}, {@code SHOW COLUMNS FROM t} and {@code DESCRIBE t}, answered from the target's catalog. */
final class CatalogRules {
    /** Marks text written in the target's own spelling: the post-pass must not re-quote its names. */
    static final String RAW = StatementRules.RAW;
    private CatalogRules() {
    }

    static String showTables(ShowTablesStatement s, RenderContext ctx) {
        ctx.emulated("catalog", "SHOW");
        if (s.getLikeExpression() instanceof net.sf.jsqlparser.expression.StringValue like) {
            return RAW + ctx.to().showTablesQuery(ctx.to().stringLiteral(like.getValue()));
        }
        return RAW + ctx.to().showTablesQuery();
    }

    static String showColumns(ShowColumnsStatement s, RenderContext ctx) {
        return columns(s.getTableName(), ctx);
    }

    static String describe(DescribeStatement d, RenderContext ctx) {
        return columns(d.getTable().getFullyQualifiedName(), ctx);
    }

    private static String columns(String table, RenderContext ctx) {
        String name = RenderContext.unquote(table);
        String q = ctx.to().showColumnsQuery("'" + name.replace("'", "''") + "'");
        if (q == null) {
            ctx.unsupported("catalog", "SHOW", ctx.to() + " has no catalog query for columns");
            return "";
        }
        ctx.emulated("catalog", "SHOW");
        return RAW + q;
    }
}
