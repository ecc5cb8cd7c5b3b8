package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import java.util.Locale;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.schema.Table;

/**
 * Catalog views read by legacy code ({@code sqlite_master}, Oracle {@code user_tables}) are replaced, on other
 * targets, by a derived table over the target's own catalog with the same column names.
 */
public final class CatalogViews {
    private CatalogViews() {
    }

    /** Rewrites {@code t} in place when it names a catalog view of the source; true when it did. */
    public static boolean replace(Table t, RenderContext ctx) {
        if (t.getName() == null || ctx.from().family().equals(ctx.to().family())) {
            return false;
        }
        if (t.getSchemaName() != null && RenderContext.unquote(t.getSchemaName()).equalsIgnoreCase("INFORMATION_SCHEMA")
                && t.getDatabase() == null || t.getSchemaName() != null && t.getDatabase() != null
                && t.getDatabase().getDatabaseName() == null
                && RenderContext.unquote(t.getSchemaName()).equalsIgnoreCase("INFORMATION_SCHEMA")) {
            // INFORMATION_SCHEMA.TABLES / COLUMNS: limited to the current database where the target lists them all
            // (MariaDB), built from the target's own catalog where it has none (SQLite).
            String v = RenderContext.unquote(t.getName()).toUpperCase(Locale.ROOT);
            String view = ctx.to().informationSchemaView(v);
            if (view == null) {
                return false;
            }
            if (t.getAlias() == null) {
                t.setAlias(new Alias(RenderContext.unquote(t.getName()), ctx.to().aliasNeedsAs()));
            }
            t.setSchemaName(null);
            t.setName("(" + view + ")");
            ctx.emulated("catalog", "INFORMATION_SCHEMA." + v);
            return true;
        }
        if (t.getSchemaName() != null) {
            return false;
        }
        String name = RenderContext.unquote(t.getName()).toLowerCase(Locale.ROOT);
        String catalog = ctx.to().tablesCatalogQuery();
        String view;
        if (name.equals("sqlite_master") || name.equals("sqlite_schema")) {
            view = "SELECT table_name AS name, 'table' AS type, table_name AS tbl_name FROM (" + catalog + ") c";
        } else if (name.equals("user_tables") && ctx.from().family().equals("ORACLE")) {
            view = "SELECT UPPER(table_name) AS table_name FROM (" + catalog + ") c";
        } else {
            return false;
        }
        if (t.getAlias() == null) {
            t.setAlias(new Alias(name, ctx.to().aliasNeedsAs()));
        }
        t.setName("(" + view + ")");
        ctx.emulated("catalog", name);
        return true;
    }
}
