package com.rhosocial.activerecord.crossdb.xa;

import com.rhosocial.activerecord.config.ActiveRecordConfig;
import com.rhosocial.activerecord.crossdb.TestDatabases;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransactionRollbackException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** XA two-phase commit across the local PostgreSQL and MariaDB through Narayana. */
class CrossDatabaseTransactionTest {

    @TempDir
    Path tmp;

    private ActiveRecordConfig config;
    private CrossDatabaseTransaction tx;

    @BeforeEach
    void setUp() throws SQLException {
        XaFixture.resetSchema();
        config = XaFixture.config(tmp.resolve("lite.db"));
        tx = CrossDatabaseTransaction.using(config).settings(XaFixture.SETTINGS).build();
    }

    private static void insertAccount(Connection c, int id, String owner) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO accounts (id, owner, balance) VALUES (?, ?, 100)")) {
            ps.setInt(1, id);
            ps.setString(2, owner);
            ps.executeUpdate();
        }
    }

    private static void insertTransfer(Connection c, int id, String note) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO transfers (id, note) VALUES (?, ?)")) {
            ps.setInt(1, id);
            ps.setString(2, note);
            ps.executeUpdate();
        }
    }

    private static List<String> pgOwners() throws SQLException {
        try (Connection c = TestDatabases.pg(XaFixture.DB)) {
            return TestDatabases.column(c, "SELECT owner FROM accounts ORDER BY id");
        }
    }

    private static List<String> mariaNotes() throws SQLException {
        try (Connection c = TestDatabases.maria(XaFixture.DB)) {
            return TestDatabases.column(c, "SELECT note FROM transfers ORDER BY id");
        }
    }

    @Test
    void commitsOnBothDatabases() throws Exception {
        XaFixture.assumePgPreparedTransactions();
        String result = tx.call(List.of("pg_ds", "maria_ds"), ctx -> {
            insertAccount(ctx.connection("pg_ds"), 1, "ada");
            insertTransfer(ctx.connection("maria_ds"), 10, "opening ada");
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(pgOwners()).containsExactly("ada");
        assertThat(mariaNotes()).containsExactly("opening ada");
        assertThat(XaFixture.pgInDoubt()).isEmpty();
        assertThat(XaFixture.mariaInDoubt()).isEmpty();
    }

    @Test
    void rollsBackBothWhenWorkFailsOnMariaDb() throws Exception {
        try (Connection my = TestDatabases.maria(XaFixture.DB)) {
            insertTransfer(my, 10, "already there");
        }

        assertThatThrownBy(() -> tx.execute(List.of("pg_ds", "maria_ds"), ctx -> {
            insertAccount(ctx.connection("pg_ds"), 1, "ada");
            insertTransfer(ctx.connection("maria_ds"), 10, "duplicate key"); // fails: id 10 exists
        })).isInstanceOf(SQLException.class).hasMessageContaining("Duplicate entry");

        assertThat(pgOwners()).isEmpty();
        assertThat(mariaNotes()).containsExactly("already there");
    }

    @Test
    void rollsBackBothWhenPostgresPrepareFails() throws Exception {
        // The ledger row points at a missing account; the deferred foreign key is checked at PREPARE TRANSACTION,
        // after MariaDB's branch has done its work: the failed prepare must roll MariaDB back too.
        assertThatThrownBy(() -> tx.execute(List.of("maria_ds", "pg_ds"), ctx -> {
            insertTransfer(ctx.connection("maria_ds"), 11, "pays missing account");
            TestDatabases.exec(ctx.connection("pg_ds"), "INSERT INTO ledger (id, account_id) VALUES (1, 999)");
        })).isInstanceOf(SQLTransactionRollbackException.class)
                .hasMessageContaining("rolled back on every datasource")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("40000"));

        assertThat(mariaNotes()).isEmpty();
        try (Connection c = TestDatabases.pg(XaFixture.DB)) {
            assertThat(TestDatabases.column(c, "SELECT count(*) FROM ledger")).containsExactly("0");
        }
        assertThat(XaFixture.pgInDoubt()).isEmpty();
        assertThat(XaFixture.mariaInDoubt()).isEmpty();
    }

    @Test
    void refusesSqliteWithoutBestEffortOptIn() {
        assertThatThrownBy(() -> tx.execute(List.of("pg_ds", "lite_ds"), ctx -> { }))
                .isInstanceOf(SQLFeatureNotSupportedException.class)
                .hasMessageContaining("'lite_ds' (backend sqlite) has no XA support")
                .hasMessageContaining("bestEffort(\"lite_ds\")")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("0A000"));
    }

    @Test
    void bestEffortCommitsSqliteAfterXaBranchesPrepare() throws Exception {
        XaFixture.assumePgPreparedTransactions();
        CrossDatabaseTransaction mixed = CrossDatabaseTransaction.using(config).settings(XaFixture.SETTINGS)
                .bestEffort("lite_ds").build();
        try (Connection lite = config.require("lite_ds").backend().connect(config.require("lite_ds").connection())) {
            TestDatabases.exec(lite, "CREATE TABLE audit (id INTEGER PRIMARY KEY, what TEXT NOT NULL)");
        }

        mixed.execute(List.of("pg_ds", "lite_ds"), ctx -> {
            insertAccount(ctx.connection("pg_ds"), 2, "grace");
            TestDatabases.exec(ctx.connection("lite_ds"), "INSERT INTO audit (id, what) VALUES (1, 'grace opened')");
        });

        assertThat(pgOwners()).containsExactly("grace");
        try (Connection lite = config.require("lite_ds").backend().connect(config.require("lite_ds").connection())) {
            assertThat(TestDatabases.column(lite, "SELECT what FROM audit")).containsExactly("grace opened");
        }
    }

    @Test
    void bestEffortRollsBackXaBranchesWhenSqliteCommitFails() throws Exception {
        XaFixture.assumePgPreparedTransactions();
        CrossDatabaseTransaction mixed = CrossDatabaseTransaction.using(config).settings(XaFixture.SETTINGS)
                .bestEffort("lite_ds").build();
        try (Connection lite = config.require("lite_ds").backend().connect(config.require("lite_ds").connection())) {
            TestDatabases.exec(lite, "CREATE TABLE parent (id INTEGER PRIMARY KEY)",
                    "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL"
                            + " REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)");
        }

        // SQLite checks the deferred foreign key at COMMIT, which is after PostgreSQL prepared: PostgreSQL must
        // then roll back.
        assertThatThrownBy(() -> mixed.execute(List.of("pg_ds", "lite_ds"), ctx -> {
            insertAccount(ctx.connection("pg_ds"), 3, "linus");
            TestDatabases.exec(ctx.connection("lite_ds"), "INSERT INTO child (id, parent_id) VALUES (1, 42)");
        })).isInstanceOf(SQLTransactionRollbackException.class).hasMessageContaining("FOREIGN KEY");

        assertThat(pgOwners()).isEmpty();
        assertThat(XaFixture.pgInDoubt()).isEmpty();
    }

    @Test
    void plainJtaUserTransactionCommitsAcrossBoth() throws Exception {
        XaFixture.assumePgPreparedTransactions();
        XaTransactionManager xa = tx.transactionManager();
        DataSource pg = xa.dataSource(config.require("pg_ds"));
        DataSource maria = xa.dataSource(config.require("maria_ds"));
        UserTransaction ut = xa.userTransaction();

        ut.begin();
        try (Connection a = pg.getConnection(); Connection b = maria.getConnection()) {
            insertAccount(a, 4, "edsger");
            insertTransfer(b, 12, "edsger opened");
        }
        ut.commit();

        ut.begin();
        try (Connection a = pg.getConnection(); Connection b = maria.getConnection()) {
            insertAccount(a, 5, "barbara");
            insertTransfer(b, 13, "barbara opened");
        }
        ut.rollback();

        assertThat(pgOwners()).containsExactly("edsger");
        assertThat(mariaNotes()).containsExactly("edsger opened");
    }

    @Test
    void commitsAndRollsBackThroughMySqlConnectorJ() throws Exception {
        XaFixture.assumePgPreparedTransactions();
        // The same MariaDB reached by MySQL Connector/J: its MysqlXADataSource drives XA START/END/PREPARE/COMMIT.
        tx.execute(List.of("pg_ds", "mysql_ds"), ctx -> {
            insertAccount(ctx.connection("pg_ds"), 6, "alan");
            insertTransfer(ctx.connection("mysql_ds"), 14, "alan opened");
        });
        assertThatThrownBy(() -> tx.execute(List.of("mysql_ds", "pg_ds"), ctx -> {
            insertTransfer(ctx.connection("mysql_ds"), 15, "never");
            insertAccount(ctx.connection("pg_ds"), 6, "duplicate");
        })).isInstanceOf(SQLException.class).hasMessageContaining("duplicate key");

        assertThat(pgOwners()).containsExactly("alan");
        assertThat(mariaNotes()).containsExactly("alan opened");
        assertThat(XaFixture.mariaInDoubt()).isEmpty();
    }

    @Test
    void rejectsUnknownDatasourceName() {
        assertThatThrownBy(() -> tx.execute(List.of("pg_ds", "nope"), ctx -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown datasource 'nope'");
    }
}
