package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.render.StatementRenderer;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/** DDL: CREATE TABLE with the type table, auto-increment forms, defaults, constraints; ALTER, DROP, indexes. */
final class DdlRules {
    private DdlRules() {
    }

    static String createTable(CreateTable ct, StatementRenderer r) {
        return null;
    }

    static String other(Statement st, StatementRenderer r) {
        return null;
    }
}
