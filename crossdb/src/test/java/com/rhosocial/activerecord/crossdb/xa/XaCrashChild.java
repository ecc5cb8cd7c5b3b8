package com.rhosocial.activerecord.crossdb.xa;

import java.util.List;

/**
 * Main class of the child JVM started by {@link XaRecoveryTest}: one cross-database transaction that writes on
 * PostgreSQL and MariaDB and dies (Runtime.halt) after both branches are prepared, before any commit.
 */
public final class XaCrashChild {

    private XaCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        HaltOnCommit.armed = true;
        CrossDatabaseTransaction tx = CrossDatabaseTransaction.using(XaFixture.config(null))
                .settings(XaFixture.SETTINGS).build();
        tx.execute(List.of("pg_ds", "maria_ds"), ctx -> {
            // Enlisted first, so that Narayana reaches it first in the commit phase.
            ctx.transaction().enlistResource(new HaltOnCommit());
            TestSql.insert(ctx.connection("pg_ds"), "INSERT INTO accounts (id, owner, balance) VALUES (7, 'crash', 1)");
            TestSql.insert(ctx.connection("maria_ds"), "INSERT INTO transfers (id, note) VALUES (70, 'crash')");
        });
        System.out.println("COMMITTED WITHOUT CRASH");
        System.exit(0);
    }

    private static final class TestSql {
        static void insert(java.sql.Connection c, String sql) throws java.sql.SQLException {
            try (var st = c.createStatement()) {
                st.executeUpdate(sql);
            }
        }
    }
}
