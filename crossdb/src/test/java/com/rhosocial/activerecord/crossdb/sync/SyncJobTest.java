package com.rhosocial.activerecord.crossdb.sync;

import com.rhosocial.activerecord.config.ActiveRecordConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Jobs from the {@code sync:} section and the builder's checks. */
class SyncJobTest {

    private static ActiveRecordConfig config(String jobBody) {
        return ActiveRecordConfig.parse("datasources:\n  a: { url: \"jdbc:sqlite:a.db\" }\n  b: { url: \"jdbc:sqlite:b.db\" }\n"
                + "sync:\n  jobs:\n    copy:\n" + jobBody, "sync-test.yaml");
    }

    @Test
    void readsAJobFromTheSyncSection() {
        SyncJob job = SyncJob.fromConfig(config("""
                      source: a
                      target: b
                      table: customers
                      targetTable: customers_copy
                      key: id
                      columns: [id, name, updated_at, deleted]
                      mode: incremental_updated_at
                      updatedAt: updated_at
                      deletes: soft:deleted
                      conflicts: newest_wins
                      chunkSize: 250
                """), "copy");

        assertThat(job.source()).isEqualTo("a");
        assertThat(job.targetTable()).isEqualTo("customers_copy");
        assertThat(job.columns()).containsExactly("id", "name", "updated_at", "deleted");
        assertThat(job.mode()).isEqualTo(SyncMode.INCREMENTAL_UPDATED_AT);
        assertThat(job.deletes()).isEqualTo(DeletePolicy.softDelete("deleted"));
        assertThat(job.conflicts()).isEqualTo(ConflictRule.newestWins("updated_at"));
        assertThat(job.chunkSize()).isEqualTo(250);
    }

    @Test
    void rejectsAnUnknownModeNamingKeyAndValue() {
        assertThatThrownBy(() -> SyncJob.fromConfig(config("""
                      source: a
                      target: b
                      table: t
                      key: id
                      mode: sometimes
                """), "copy"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sync.jobs.copy.mode must be one of [full, incremental_key, incremental_updated_at],"
                        + " got 'sometimes'");
    }

    @Test
    void updatedAtModeNeedsTheColumn() {
        assertThatThrownBy(() -> SyncJob.builder("j").source("a").target("b").table("t").key("id")
                .mode(SyncMode.INCREMENTAL_UPDATED_AT).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sync job 'j': mode INCREMENTAL_UPDATED_AT needs updatedAt(column)");
    }

    @Test
    void unknownJobIsNamed() {
        assertThatThrownBy(() -> SyncJob.fromConfig(config("      source: a\n"), "other"))
                .hasMessage("no sync job 'other' under sync.jobs in sync-test.yaml");
    }
}
