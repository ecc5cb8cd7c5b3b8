package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.render.StatementRenderer;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import net.sf.jsqlparser.statement.create.view.CreateView;

/**
 * {@code CREATE OR REPLACE VIEW} (T-SQL {@code CREATE OR ALTER VIEW} read as such; written for SQLite and SQL Server
 * as {@code DROP VIEW IF EXISTS} then {@code CREATE VIEW}) and {@code CREATE VIEW IF NOT EXISTS} (SQLite, MariaDB; elsewhere the view is created
 * or replaced, with a warning, since a second run must not fail).
 */
final class ViewForms {
    private ViewForms() {
    }

    /** The target's statements (NUL-separated), or null when the renderer prints the view as it is. */
    static String render(CreateView cv, StatementRenderer r) {
        RenderContext ctx = r.ctx();
        if (cv.isIfNotExists() && !ctx.to().viewIfNotExists()) {
            cv.setIfNotExists(false);
            cv.setOrReplace(true);
            ctx.warn("create-view", "IF NOT EXISTS", ctx.to().dialect()
                    + " has no CREATE VIEW IF NOT EXISTS: an existing view is replaced");
            ctx.changed();
        }
        if (!cv.isOrReplace()) {
            return null;
        }
        String opening = ctx.to().createOrReplaceView();
        if ("CREATE OR REPLACE VIEW".equals(opening)) {
            return null;
        }
        Identifiers.table(cv.getView(), ctx);
        String name = cv.getView().getFullyQualifiedName();
        cv.setOrReplace(false);
        cv.accept(r, null);
        String created = r.getBuilder().toString();
        ctx.changed();
        if (opening == null) {
            return "DROP VIEW IF EXISTS " + name + "\u0000" + created;
        }
        return created.replaceFirst("(?i)^\\s*CREATE\\s+VIEW", opening);
    }
}
