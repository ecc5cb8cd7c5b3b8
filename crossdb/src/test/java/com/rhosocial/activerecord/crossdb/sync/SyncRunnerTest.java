package com.rhosocial.activerecord.crossdb.sync;

import com.rhosocial.activerecord.config.ActiveRecordConfig;
import com.rhosocial.activerecord.crossdb.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Copying {@code customers} from MariaDB to PostgreSQL (and PostgreSQL to SQLite) on the local servers: full,
 * incremental, resumable, deletions, conflict rules, verification.
 */
class SyncRunnerTest {

    static final String DB = "ar_crossdb_sync";

    @TempDir
    Path tmp;

    private ActiveRecordConfig config;
    private SyncRunner runner;

    @BeforeEach
    void setUp() throws SQLException {
        TestDatabases.ensurePg(DB);
        TestDatabases.ensureMaria(DB);
        try (Connection my = TestDatabases.maria(DB)) {
            TestDatabases.exec(my, "DROP TABLE IF EXISTS customers",
                    "CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(60) NOT NULL, vip TINYINT(1) NOT NULL,"
                            + " balance DECIMAL(10,2), updated_at DATETIME(6) NOT NULL, deleted TINYINT(1) NOT NULL DEFAULT 0)");
            try (PreparedStatement ps = my.prepareStatement(
                    "INSERT INTO customers (id, name, vip, balance, updated_at) VALUES (?, ?, ?, ?, ?)")) {
                for (int id = 1; id <= 25; id++) {
                    ps.setInt(1, id);
                    ps.setString(2, "customer " + id);
                    ps.setBoolean(3, id % 5 == 0);
                    ps.setBigDecimal(4, id == 4 ? null : new java.math.BigDecimal(id + ".50"));
                    ps.setString(5, String.format("2024-01-01 10:%02d:00", id));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        try (Connection pg = TestDatabases.pg(DB)) {
            TestDatabases.exec(pg, "DROP TABLE IF EXISTS customers", "DROP TABLE IF EXISTS ar_sync_checkpoint",
                    "CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(60) NOT NULL, vip BOOLEAN NOT NULL,"
                            + " balance NUMERIC(10,2), updated_at TIMESTAMP NOT NULL, deleted BOOLEAN NOT NULL)");
        }
        config = TestDatabases.yaml().maria("maria_ds", DB).pg("pg_ds", DB).sqlite("lite_ds", tmp.resolve("copy.db"))
                .parse();
        runner = new SyncRunner(config);
    }

    private static SyncJob.Builder job(String name) {
        return SyncJob.builder(name).source("maria_ds").target("pg_ds").table("customers").key("id").chunkSize(10);
    }

    private static List<String> pgRows(String where) throws SQLException {
        try (Connection pg = TestDatabases.pg(DB)) {
            return TestDatabases.column(pg, "SELECT id || '|' || name || '|' || vip || '|' || coalesce(balance::text, 'null')"
                    + " || '|' || updated_at FROM customers" + where + " ORDER BY id");
        }
    }

    private static void maria(String... sql) throws SQLException {
        try (Connection my = TestDatabases.maria(DB)) {
            TestDatabases.exec(my, sql);
        }
    }

    @Test
    void fullCopyConvertsTypesAndVerifies() throws Exception {
        List<SyncProgress> seen = new ArrayList<>();
        SyncResult r = runner.run(job("full").build(), seen::add);

        assertThat(r.progress().rowsRead()).isEqualTo(25);
        assertThat(r.progress().rowsWritten()).isEqualTo(25);
        assertThat(r.checkpoint().complete()).isTrue();
        assertThat(seen).extracting(SyncProgress::chunks).containsExactly(1, 2, 3);
        assertThat(seen.get(0).estimatedRows()).isEqualTo(25);
        assertThat(seen.get(0).rowsRead()).isEqualTo(10);
        assertThat(pgRows(" WHERE id IN (4, 5, 25)")).containsExactly(
                "4|customer 4|false|null|2024-01-01 10:04:00",
                "5|customer 5|true|5.50|2024-01-01 10:05:00",
                "25|customer 25|true|25.50|2024-01-01 10:25:00");

        VerifyReport v = new Verifier(config).verify(job("full").build());
        assertThat(v.matches()).as(v.summary()).isTrue();
        assertThat(v.sourceRows()).isEqualTo(25);
        assertThat(v.chunks()).hasSize(3);
    }

    @Test
    void resumesAfterACrashFromTheLastCommittedChunk() throws Exception {
        SyncJob job = job("resume").build();
        assertThatThrownBy(() -> runner.run(job, p -> {
            if (p.chunks() == 2) {
                throw new IllegalStateException("simulated crash after chunk 2");
            }
        })).hasMessage("simulated crash after chunk 2");
        assertThat(pgRows("")).hasSize(20);

        SyncResult second = runner.run(job);
        assertThat(second.resumed()).isTrue();
        assertThat(second.progress().rowsRead()).isEqualTo(5);
        assertThat(pgRows("")).hasSize(25);

        // The copy finished, so the next full run starts over; rewriting the same rows changes nothing.
        SyncResult third = runner.run(job);
        assertThat(third.resumed()).isFalse();
        assertThat(third.progress().rowsRead()).isEqualTo(25);
        assertThat(new Verifier(config).verify(job).matches()).isTrue();
    }

    @Test
    void incrementalByUpdatedAtCopiesChangesAndSoftDeletes() throws Exception {
        SyncJob job = job("incr").mode(SyncMode.INCREMENTAL_UPDATED_AT).updatedAt("updated_at")
                .deletes(DeletePolicy.softDelete("deleted")).build();
        assertThat(runner.run(job).progress().rowsRead()).isEqualTo(25);

        maria("UPDATE customers SET name = 'renamed 3', updated_at = '2024-02-01 00:00:00' WHERE id = 3",
                "UPDATE customers SET deleted = 1, updated_at = '2024-02-01 00:00:01' WHERE id = 8",
                "INSERT INTO customers (id, name, vip, balance, updated_at) VALUES (26, 'new', 0, 1, '2024-02-01 00:00:02')");
        SyncResult second = runner.run(job);

        assertThat(second.progress().rowsRead()).isEqualTo(3);
        assertThat(second.progress().rowsDeleted()).isEqualTo(1);
        assertThat(pgRows(" WHERE id IN (3, 8, 26)")).containsExactly(
                "3|renamed 3|false|3.50|2024-02-01 00:00:00",
                "26|new|false|1.00|2024-02-01 00:00:02");
        assertThat(runner.run(job).progress().rowsRead()).isZero();
        assertThat(new Verifier(config).verify(job).matches()).isTrue();
    }

    @Test
    void keyDiffRemovesRowsHardDeletedAtTheSource() throws Exception {
        SyncJob job = job("keys").mode(SyncMode.INCREMENTAL_KEY).deletes(DeletePolicy.keyDiff()).build();
        runner.run(job);
        maria("DELETE FROM customers WHERE id IN (2, 17)");

        SyncResult r = runner.run(job);

        assertThat(r.progress().rowsRead()).isZero();
        assertThat(r.progress().rowsDeleted()).isEqualTo(2);
        assertThat(pgRows("")).hasSize(23);
        assertThat(pgRows(" WHERE id IN (1, 2, 17)")).hasSize(1);
    }

    @Test
    void newestWinsKeepsATargetRowChangedLater() throws Exception {
        runner.run(job("seed").build());
        try (Connection pg = TestDatabases.pg(DB)) {
            TestDatabases.exec(pg, "UPDATE customers SET name = 'edited on target', updated_at = '2030-01-01' WHERE id = 6");
        }
        maria("UPDATE customers SET name = 'edited on source' WHERE id IN (6, 7)");

        SyncResult r = runner.run(job("newest").conflicts(ConflictRule.newestWins("updated_at")).build());

        assertThat(r.progress().rowsSkipped()).isEqualTo(1);
        assertThat(pgRows(" WHERE id IN (6, 7)")).containsExactly(
                "6|edited on target|false|6.50|2030-01-01 00:00:00",
                "7|edited on source|false|7.50|2024-01-01 10:07:00");
    }

    @Test
    void customResolverDecidesConflicts() throws Exception {
        runner.run(job("seed2").build());
        maria("UPDATE customers SET name = 'from source'");

        runner.run(job("custom").conflicts(ConflictRule.custom((source, target) -> {
            if (((Number) source.get("id")).intValue() % 2 == 0) {
                return null; // keep even ids as they are on the target
            }
            Map<String, Object> merged = new LinkedHashMap<>(source);
            merged.put("name", source.get("name") + " (was " + target.get("name") + ")");
            return merged;
        })).build());

        assertThat(pgRows(" WHERE id IN (1, 2)")).containsExactly(
                "1|from source (was customer 1)|false|1.50|2024-01-01 10:01:00",
                "2|customer 2|false|2.50|2024-01-01 10:02:00");
    }

    @Test
    void verifierNamesTheFirstMismatchingKeys() throws Exception {
        SyncJob job = job("verify").build();
        runner.run(job);
        try (Connection pg = TestDatabases.pg(DB)) {
            TestDatabases.exec(pg, "UPDATE customers SET balance = 0 WHERE id = 13", "DELETE FROM customers WHERE id = 17",
                    "INSERT INTO customers VALUES (99, 'extra', false, null, '2024-01-01', false)");
        }

        VerifyReport v = new Verifier(config).verify(job);

        assertThat(v.matches()).isFalse();
        assertThat(v.sourceRows()).isEqualTo(25);
        assertThat(v.targetRows()).isEqualTo(25);
        assertThat(v.chunks()).extracting(VerifyReport.ChunkReport::matches).containsExactly(true, false, false);
        assertThat(v.mismatchingKeys()).containsExactly("13", "17", "99");
        assertThat(v.summary()).startsWith("MISMATCH: source 25 rows, target 25 rows, 3 chunks (2 differ)");
    }

    @Test
    void copiesPostgresToSqliteWithAFileCheckpoint() throws Exception {
        runner.run(job("seed3").build());
        try (Connection lite = config.require("lite_ds").backend().connect(config.require("lite_ds").connection())) {
            TestDatabases.exec(lite, "CREATE TABLE customers_copy (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                    + " vip BOOLEAN NOT NULL, balance NUMERIC, updated_at TIMESTAMP NOT NULL, deleted BOOLEAN NOT NULL)");
        }
        SyncJob job = SyncJob.builder("pg_to_lite").source("pg_ds").target("lite_ds").table("customers")
                .targetTable("customers_copy").key("id").mode(SyncMode.INCREMENTAL_KEY).chunkSize(7)
                .checkpoints(CheckpointStore.file(tmp.resolve("checkpoints"))).build();

        SyncResult r = runner.run(job);

        assertThat(r.progress().rowsWritten()).isEqualTo(25);
        assertThat(tmp.resolve("checkpoints").resolve("pg_to_lite.checkpoint")).content().contains("lastKey=25");
        try (Connection lite = config.require("lite_ds").backend().connect(config.require("lite_ds").connection())) {
            assertThat(TestDatabases.column(lite, "SELECT name || '|' || vip FROM customers_copy WHERE id IN (5, 6) ORDER BY id"))
                    .containsExactly("customer 5|1", "customer 6|0");
        }
        assertThat(runner.run(job).progress().rowsRead()).isZero();
        assertThat(new Verifier(config).verify(job).summary()).startsWith("MATCH: source 25 rows, target 25 rows");
    }
}
