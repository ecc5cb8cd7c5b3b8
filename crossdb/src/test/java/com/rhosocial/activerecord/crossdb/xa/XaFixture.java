package com.rhosocial.activerecord.crossdb.xa;

import com.rhosocial.activerecord.config.ActiveRecordConfig;
import com.rhosocial.activerecord.crossdb.TestDatabases;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.nio.charset.StandardCharsets;

/**
 * The XA tests' shared setup: database {@code ar_crossdb_xa} on PostgreSQL and MariaDB, one transaction-manager
 * setting for the whole test JVM (Narayana is configured once per JVM) and its crash child, and helpers that list
 * and clear in-doubt branches of our node.
 */
final class XaFixture {

    static final String DB = "ar_crossdb_xa";
    static final String NODE = "ar_crossdb_test";
    static final XaSettings SETTINGS = XaSettings.of(Path.of("target", "xa-log"))
            .withNodeId(NODE).withBackgroundRecovery(false);

    private XaFixture() {
    }

    static ActiveRecordConfig config(Path sqliteFile) {
        TestDatabases.Yaml y = TestDatabases.yaml().pg("pg_ds", DB).maria("maria_ds", DB).mysql("mysql_ds", DB);
        if (sqliteFile != null) {
            y.sqlite("lite_ds", sqliteFile);
        }
        return y.parse();
    }

    /**
     * Skips the calling test when the local PostgreSQL has prepared transactions disabled
     * ({@code max_prepared_transactions = 0}, the server default): a PostgreSQL XA branch cannot be prepared there.
     * {@code .ci/services.sh} enables them (it needs a server restart), so in CI these tests run.
     */
    static void assumePgPreparedTransactions() throws SQLException {
        try (Connection pg = TestDatabases.pg("postgres")) {
            int max = Integer.parseInt(TestDatabases.column(pg, "SHOW max_prepared_transactions").get(0));
            org.junit.jupiter.api.Assumptions.assumeTrue(max > 0, "PostgreSQL max_prepared_transactions is 0 on this"
                    + " server: PostgreSQL XA branches cannot prepare (run .ci/services.sh, which enables them)");
        }
    }

    /** Creates the databases, clears in-doubt branches left by earlier runs and recreates the tables. */
    static void resetSchema() throws SQLException {
        TestDatabases.ensurePg(DB);
        TestDatabases.ensureMaria(DB);
        rollbackInDoubt();
        try (Connection pg = TestDatabases.pg(DB)) {
            TestDatabases.exec(pg,
                    "DROP TABLE IF EXISTS ledger",
                    "DROP TABLE IF EXISTS accounts",
                    "CREATE TABLE accounts (id INT PRIMARY KEY, owner VARCHAR(40) NOT NULL, balance INT NOT NULL)",
                    // Checked at PREPARE TRANSACTION, which lets a test make the PostgreSQL prepare fail.
                    "CREATE TABLE ledger (id INT PRIMARY KEY, account_id INT NOT NULL REFERENCES accounts(id)"
                            + " DEFERRABLE INITIALLY DEFERRED)");
        }
        try (Connection my = TestDatabases.maria(DB)) {
            TestDatabases.exec(my,
                    "DROP TABLE IF EXISTS transfers",
                    "CREATE TABLE transfers (id INT PRIMARY KEY, note VARCHAR(100) NOT NULL) ENGINE=InnoDB");
        }
    }

    /** Rolls back prepared branches left in our databases (PostgreSQL) or carrying our node name (MariaDB). */
    static void rollbackInDoubt() throws SQLException {
        try (Connection pg = TestDatabases.pg(DB)) {
            for (String gid : TestDatabases.column(pg,
                    "SELECT gid FROM pg_prepared_xacts WHERE database = current_database()")) {
                TestDatabases.exec(pg, "ROLLBACK PREPARED '" + gid.replace("'", "''") + "'");
            }
        }
        try (Connection my = TestDatabases.maria(DB)) {
            for (String xid : mariaInDoubt(my)) {
                TestDatabases.exec(my, "XA ROLLBACK " + xid);
            }
        }
    }

    /** PostgreSQL prepared transactions in our database. */
    static List<String> pgInDoubt() throws SQLException {
        try (Connection pg = TestDatabases.pg(DB)) {
            return TestDatabases.column(pg, "SELECT gid FROM pg_prepared_xacts WHERE database = current_database()");
        }
    }

    /** MariaDB prepared XA transactions (server-wide XA RECOVER) that carry our node name. */
    static List<String> mariaInDoubt() throws SQLException {
        try (Connection my = TestDatabases.maria(DB)) {
            return mariaInDoubt(my);
        }
    }

    private static List<String> mariaInDoubt(Connection my) throws SQLException {
        String node = HexFormat.of().withUpperCase().formatHex(NODE.getBytes(StandardCharsets.US_ASCII));
        List<String> out = new ArrayList<>();
        // FORMAT='SQL' prints each xid as X'gtrid',X'bqual',formatID, ready for XA COMMIT / XA ROLLBACK.
        try (Statement st = my.createStatement(); ResultSet rs = st.executeQuery("XA RECOVER FORMAT='SQL'")) {
            while (rs.next()) {
                String data = rs.getString("data");
                if (data.toUpperCase().contains(node)) {
                    out.add(data);
                }
            }
        }
        return out;
    }
}
