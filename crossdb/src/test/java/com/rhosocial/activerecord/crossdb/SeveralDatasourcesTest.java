package com.rhosocial.activerecord.crossdb;

import com.rhosocial.activerecord.ActiveRecord;
import com.rhosocial.activerecord.Finder;
import com.rhosocial.activerecord.config.ActiveRecordConfig;
import com.rhosocial.activerecord.model.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Part 1 of docs/cross-database: one activerecord.yaml with a MariaDB and a PostgreSQL datasource, a facade model
 * bound to MariaDB and switched to PostgreSQL for a block on one thread, and legacy JDBC reaching both by
 * {@code jdbc:activerecord:<name>}.
 */
class SeveralDatasourcesTest {

    static final String DB = "ar_crossdb_multi";
    private static String previousConfig;

    /** The model of the worked example. */
    @Table("notes")
    public static class Note extends ActiveRecord {
        public static final Finder<Note> FIND = ActiveRecord.finder(Note.class);
        public Long id;
        public String body;
    }

    @BeforeAll
    static void setUp() throws Exception {
        TestDatabases.ensurePg(DB);
        TestDatabases.ensureMaria(DB);
        try (Connection c = TestDatabases.maria(DB)) {
            TestDatabases.exec(c, "DROP TABLE IF EXISTS notes",
                    "CREATE TABLE notes (id BIGINT AUTO_INCREMENT PRIMARY KEY, body VARCHAR(100) NOT NULL)");
        }
        try (Connection c = TestDatabases.pg(DB)) {
            TestDatabases.exec(c, "DROP TABLE IF EXISTS notes",
                    "CREATE TABLE notes (id BIGSERIAL PRIMARY KEY, body VARCHAR(100) NOT NULL)");
        }
        Path yaml = Files.createDirectories(Path.of("target")).resolve("several-datasources-activerecord.yaml");
        Files.writeString(yaml, TestDatabases.yaml().maria("multi_maria", DB).pg("multi_pg", DB)
                .section("default: multi_maria").text());
        previousConfig = System.setProperty(ActiveRecordConfig.CONFIG_PROPERTY, yaml.toString());
        Note.FIND.configure("multi_maria");
    }

    @AfterAll
    static void restore() {
        if (previousConfig == null) {
            System.clearProperty(ActiveRecordConfig.CONFIG_PROPERTY);
        } else {
            System.setProperty(ActiveRecordConfig.CONFIG_PROPERTY, previousConfig);
        }
    }

    private static List<String> bodies(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url)) {
            return TestDatabases.column(c, "SELECT body FROM notes ORDER BY id");
        }
    }

    @Test
    void modelSwitchesDatasourceForABlockAndLegacyJdbcSeesBoth() throws Exception {
        Note.FIND.create(n -> n.body = "on mariadb");
        ActiveRecord.usingDatasource("multi_pg", () -> {
            Note.FIND.create(n -> n.body = "on postgres");
        });
        assertThatThrownBy(() -> ActiveRecord.usingDatasource("multi_pg", () -> {
            Note.FIND.create(n -> n.body = "also on postgres");
            throw new IllegalStateException("block failed");
        })).hasMessage("block failed");
        Note.FIND.create(n -> n.body = "mariadb again"); // the switch was undone despite the exception

        assertThat(bodies("jdbc:activerecord:multi_maria")).containsExactly("on mariadb", "mariadb again");
        assertThat(bodies("jdbc:activerecord:multi_pg")).containsSubsequence("on postgres", "also on postgres")
                .doesNotContain("on mariadb", "mariadb again");
    }

    @Test
    void switchIsPerThread() throws Exception {
        ActiveRecord.usingDatasource("multi_pg", () -> {
            Note.FIND.create(n -> n.body = "thread marker");
        });
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch checked = new CountDownLatch(1);
        CompletableFuture<Long> other = CompletableFuture.supplyAsync(() ->
                ActiveRecord.usingDatasource("multi_pg", () -> {
                    inside.countDown();
                    try {
                        checked.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return Note.FIND.where("body = ?", "thread marker").count();
                }));
        assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
        // While the other thread is switched to PostgreSQL, this one still reads MariaDB.
        long here = Note.FIND.where("body = ?", "thread marker").count();
        checked.countDown();

        assertThat(here).isZero();
        assertThat(other.get(30, TimeUnit.SECONDS)).isEqualTo(1);
    }
}
