package com.rhosocial.activerecord.crossdb.sync;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The three upsert forms, one canonical (table, columns, key) rendered per style. */
class UpsertRendererTest {

    private static final List<String> COLS = List.of("id", "name", "updated_at");
    private static final List<String> KEY = List.of("id");

    @Test
    void rendersOnConflictForPostgresAndSqlite() {
        assertThat(new UpsertRenderer.OnConflict().render("customers", COLS, KEY)).isEqualTo(
                "INSERT INTO customers (id, name, updated_at) VALUES (?, ?, ?) ON CONFLICT (id)"
                        + " DO UPDATE SET name = EXCLUDED.name, updated_at = EXCLUDED.updated_at");
    }

    @Test
    void rendersOnDuplicateKeyForMariaDbAndMySql() {
        assertThat(new UpsertRenderer.OnDuplicateKey().render("customers", COLS, KEY)).isEqualTo(
                "INSERT INTO customers (id, name, updated_at) VALUES (?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE name = VALUES(name), updated_at = VALUES(updated_at)");
    }

    @Test
    void rendersMergeWithDualAndWithoutTerminatorWhereSelectNeedsFrom() {
        assertThat(new UpsertRenderer.Merge(true).render("customers", COLS, KEY)).isEqualTo(
                "MERGE INTO customers t USING (SELECT ? AS id, ? AS name, ? AS updated_at FROM DUAL) s ON (t.id = s.id)"
                        + " WHEN MATCHED THEN UPDATE SET name = s.name, updated_at = s.updated_at"
                        + " WHEN NOT MATCHED THEN INSERT (id, name, updated_at) VALUES (s.id, s.name, s.updated_at)");
    }

    @Test
    void rendersMergeWithSemicolonWhereSelectWithoutFromWorks() {
        assertThat(new UpsertRenderer.Merge(false).render("t1", List.of("k", "v"), List.of("k"))).isEqualTo(
                "MERGE INTO t1 t USING (SELECT ? AS k, ? AS v) s ON (t.k = s.k)"
                        + " WHEN MATCHED THEN UPDATE SET v = s.v WHEN NOT MATCHED THEN INSERT (k, v) VALUES (s.k, s.v);");
    }

    @Test
    void keyOnlyTablesDoNothingOnConflict() {
        assertThat(new UpsertRenderer.OnConflict().render("tags", List.of("id"), KEY))
                .isEqualTo("INSERT INTO tags (id) VALUES (?) ON CONFLICT (id) DO NOTHING");
        assertThat(new UpsertRenderer.OnDuplicateKey().render("tags", List.of("id"), KEY))
                .isEqualTo("INSERT INTO tags (id) VALUES (?) ON DUPLICATE KEY UPDATE id = id");
    }
}
