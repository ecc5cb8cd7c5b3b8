package com.rhosocial.activerecord.crossdb.sync;

import com.rhosocial.activerecord.backend.Backends;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The canonical upsert translated into each target's dialect by the project's translator. */
class UpsertStatementTest {

    private static final List<String> COLS = List.of("id", "name");

    @Test
    void translatesTheCanonicalUpsertForMariaDb() throws Exception {
        UpsertStatement u = UpsertStatement.forTarget(Backends.forName("mariadb"), null, "customers", COLS, "id");

        assertThat(u.translated()).isTrue();
        assertThat(u.sql()).isEqualTo("INSERT INTO customers (id, name) VALUES (?, ?) ON DUPLICATE KEY UPDATE name = VALUES(name)");
        assertThat(u.parameterMap()).containsExactly(1, 2);
    }

    @Test
    void keepsTheCanonicalUpsertForPostgresAndSqlite() throws Exception {
        String canonical = "INSERT INTO customers (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name";
        assertThat(UpsertStatement.forTarget(Backends.forName("postgresql"), null, "customers", COLS, "id").sql())
                .isEqualTo(canonical);
        assertThat(UpsertStatement.forTarget(Backends.forName("sqlite"), null, "customers", COLS, "id").sql())
                .isEqualTo(canonical);
    }

    @Test
    void translatesToMergeForSqlServer() throws Exception {
        UpsertStatement u = UpsertStatement.forTarget(Backends.forName("sqlserver"), null, "customers", COLS, "id");

        assertThat(u.sql()).startsWith("MERGE INTO customers").endsWith(";");
        assertThat(u.parameterMap()).containsExactly(1, 2);
    }

    @Test
    void fallsBackToTheStyleRendererForNamesThatNeedQuoting() throws Exception {
        UpsertStatement u = UpsertStatement.forTarget(Backends.forName("mariadb"), null, "`order lines`",
                List.of("id", "`unit price`"), "id");

        assertThat(u.translated()).isFalse();
        assertThat(u.sql()).isEqualTo("INSERT INTO `order lines` (id, `unit price`) VALUES (?, ?)"
                + " ON DUPLICATE KEY UPDATE `unit price` = VALUES(`unit price`)");
    }
}
