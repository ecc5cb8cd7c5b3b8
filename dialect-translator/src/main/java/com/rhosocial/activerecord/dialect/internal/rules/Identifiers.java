package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.DialectSpec;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.Locale;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;

/**
 * Names: unquoted names that are reserved words in the target get quoted; on a target with case-sensitive table
 * names (MySQL on Linux) unquoted table names from case-insensitive sources are written in lower case, the usual
 * spelling of tables created from such DDL. Quoted names are converted by the text post-pass.
 */
public final class Identifiers {
    private Identifiers() {
    }

    /** Rewrites a column reference in place. */
    public static void column(Column c, RenderContext ctx) {
        String name = c.getColumnName();
        if ("DEFAULT".equalsIgnoreCase(name) && (c.getTable() == null || c.getTable().getName() == null)) {
            // JSqlParser reads the DEFAULT keyword of VALUES (DEFAULT) / SET c = DEFAULT as a column; DEFAULT is
            // reserved everywhere, so a real column of that name would be quoted in the source.
            return;
        }
        if (name != null && needsQuote(name, ctx)) {
            c.setColumnName(quoteMark(name));
        }
        if (c.getTable() != null && c.getTable().getName() != null) {
            table(c.getTable(), ctx);
        }
    }

    /** Rewrites a table reference in place (name and alias). */
    public static void table(Table t, RenderContext ctx) {
        String name = t.getName();
        if (name == null) {
            return;
        }
        DialectSpec to = ctx.to();
        if (t.getSchemaName() != null && ctx.from().defaultSchema() != null && t.getDatabase() == null
                || t.getSchemaName() != null && ctx.from().defaultSchema() != null
                && t.getDatabase() != null && t.getDatabase().getDatabaseName() == null) {
            if (RenderContext.unquote(t.getSchemaName()).equalsIgnoreCase(ctx.from().defaultSchema())
                    && !ctx.from().family().equals(to.family())) {
                // dbo.t / public.t: the source's default schema means "the current one" on the target too.
                t.setSchemaName(null);
                ctx.changed();
            }
        }
        if (t.getSqlServerHints() != null && !to.family().equals("SQLSERVER")) {
            // WITH (NOLOCK) and friends: locking hints with no effect on results.
            t.setSqlServerHints(null);
            ctx.changed();
        }
        if (t.getIndexHint() != null && !to.family().equals("MYSQL")) {
            t.setHint(null);
            ctx.changed();
        }
        if (isPlain(name)) {
            if (to.caseSensitiveTableNames() && !ctx.from().family().equals(to.family())) {
                name = name.toLowerCase(Locale.ROOT);
            }
            if (to.isReserved(name)) {
                name = quoteMark(name);
            }
            t.setName(name);
        }
        Alias a = t.getAlias();
        if (a != null && to.aliasNeedsAs()) {
            a.setUseAs(true);
        }
        if (a != null && a.getName() != null && isPlain(a.getName())) {
            String an = a.getName();
            if (to.caseSensitiveTableNames() && !ctx.from().family().equals(to.family())) {
                an = an.toLowerCase(Locale.ROOT);
            }
            if (to.isReserved(an)) {
                an = quoteMark(an);
            }
            a.setName(an);
        }
    }

    /** Quotes a select-item alias when it is reserved in the target. */
    public static void alias(Alias a, RenderContext ctx) {
        if (a != null && a.getName() != null && isPlain(a.getName()) && ctx.to().isReserved(a.getName())) {
            a.setName(quoteMark(a.getName()));
        }
    }

    static boolean needsQuote(String name, RenderContext ctx) {
        return isPlain(name) && ctx.to().isReserved(name) && !name.equalsIgnoreCase(ctx.to().rowIdentifier() + "");
    }

    private static boolean isPlain(String name) {
        if (name.isEmpty()) {
            return false;
        }
        char c = name.charAt(0);
        return c != '"' && c != '`' && c != '[';
    }

    /** Double quotes: the post-pass turns them into the target's quotes. */
    private static String quoteMark(String name) {
        return '"' + name + '"';
    }
}
