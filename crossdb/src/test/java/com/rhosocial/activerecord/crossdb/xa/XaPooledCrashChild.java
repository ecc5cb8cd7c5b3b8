package com.rhosocial.activerecord.crossdb.xa;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Main class of the child JVM of {@link XaPooledRecoveryTest}: three cross-database transactions over two MariaDB
 * XA datasources (MariaDB Connector/J and MySQL Connector/J) that commit on pooled connections, then a fourth that
 * halts the JVM after both branches are prepared, on the same pooled connections.
 */
public final class XaPooledCrashChild {

    private XaPooledCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        CrossDatabaseTransaction tx = CrossDatabaseTransaction.using(XaFixture.config(null))
                .settings(XaFixture.SETTINGS).build();
        for (int i = 1; i <= 3; i++) {
            int id = i;
            tx.execute(List.of("maria_ds", "mysql_ds"), ctx -> {
                insert(ctx.connection("maria_ds"), 100 + id, "pooled");
                insert(ctx.connection("mysql_ds"), 200 + id, "pooled");
            });
        }
        XaConnectionPool maria = ((EnlistingDataSource) tx.transactionManager()
                .dataSource(XaFixture.config(null).require("maria_ds"))).pool();
        XaConnectionPool mysql = ((EnlistingDataSource) tx.transactionManager()
                .dataSource(XaFixture.config(null).require("mysql_ds"))).pool();
        System.out.println("OPENED maria=" + maria.opened() + " mysql=" + mysql.opened());
        HaltOnCommit.armed = true;
        tx.execute(List.of("maria_ds", "mysql_ds"), ctx -> {
            ctx.transaction().enlistResource(new HaltOnCommit()); // first, so the commit phase reaches it first
            insert(ctx.connection("maria_ds"), 104, "crash");
            insert(ctx.connection("mysql_ds"), 204, "crash");
        });
        System.out.println("COMMITTED WITHOUT CRASH");
        System.exit(0);
    }

    private static void insert(Connection c, int id, String note) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO transfers (id, note) VALUES (" + id + ", '" + note + "')");
        }
    }
}
