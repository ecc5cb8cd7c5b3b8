package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.render.StatementRenderer;
import net.sf.jsqlparser.statement.Statement;

/**
 * Statements rendered by a rule as a whole (SHOW, DESCRIBE, transaction statements, DDL, upserts); returns null
 * for statements the renderer handles itself. Several target statements are separated by NUL characters.
 */
public final class StatementRules {
    private StatementRules() {
    }

    public static String render(Statement st, StatementRenderer r) {
        return null;
    }
}
