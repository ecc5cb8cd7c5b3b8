package com.rhosocial.activerecord.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.rhosocial.activerecord.ActiveRecord;
import com.rhosocial.activerecord.Finder;
import com.rhosocial.activerecord.backend.BackendCapabilities;
import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.ServerVersion;
import com.rhosocial.activerecord.backend.impl.mariadb.MariaDBBackend;
import com.rhosocial.activerecord.backend.impl.sqlite.SQLiteBackend;
import com.rhosocial.activerecord.model.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The facade reads generated keys with RETURNING where the server's capabilities have it and through JDBC generated
 * keys where they do not, decided by the flag and not the backend's name: the same SQLite and MariaDB 10.11 servers,
 * once as themselves and once through backends declaring versions without RETURNING (SQLite 3.34, MariaDB 10.4).
 */
class InsertKeysByCapabilityTest {

    /** SQLite as 3.34 would be. */
    public static class Sqlite334Backend extends SQLiteBackend {
        @Override
        public String name() {
            return "sqlite334-facade";
        }

        @Override
        public BackendCapabilities capabilities(ServerVersion v) {
            return super.capabilities(ServerVersion.of(3, 34, 1));
        }
    }

    /** MariaDB as 10.4 would be. */
    public static class MariaDb104Backend extends MariaDBBackend {
        @Override
        public String name() {
            return "mariadb104-facade";
        }

        @Override
        public BackendCapabilities capabilities(ServerVersion v) {
            return super.capabilities(ServerVersion.of(10, 4, 0));
        }
    }

    @Table("ar_be_notes")
    public static class Note extends ActiveRecord {
        public static final Finder<Note> FIND = ActiveRecord.finder(Note.class);
        public Long id;
        public String body;
    }

    /** Saves three notes one by one and returns the keys the records got. */
    private static List<Long> saveNotes() {
        List<Long> ids = new ArrayList<>();
        for (String b : List.of("a", "b", "c")) {
            Note n = new Note();
            n.body = b;
            assertThat(n.save()).isTrue();
            ids.add(n.id);
        }
        assertThat(Note.FIND.findOrFail(ids.get(2)).body).isEqualTo("c");
        return ids;
    }

    private static String sqliteUrl(String name) throws Exception {
        Path dir = Path.of("target", "sqlite");
        Files.createDirectories(dir);
        Path db = dir.resolve(name + ".db");
        Files.deleteIfExists(db);
        String url = "jdbc:sqlite:" + db.toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE ar_be_notes (id INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT)");
        }
        return url;
    }

    @Test
    void sqliteInsertsWithReturningFrom335AndWithGeneratedKeysBefore() throws Exception {
        Note.FIND.configure(ConnectionConfig.builder().url(sqliteUrl("ar_be_notes_current")).build(), SQLiteBackend.class);
        assertThat(Note.FIND.dataSource().capabilities().returning()).isTrue();
        assertThat(saveNotes()).containsExactly(1L, 2L, 3L);

        Note.FIND.configure(ConnectionConfig.builder().url(sqliteUrl("ar_be_notes_334")).build(), Sqlite334Backend.class);
        assertThat(Note.FIND.dataSource().capabilities().returning()).isFalse();
        assertThat(saveNotes()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void mariaDbInsertsWithReturningOn1011AndWithGeneratedKeysAsA104() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE IF NOT EXISTS ar_backends_facade");
            st.execute("DROP TABLE IF EXISTS ar_backends_facade.ar_be_notes");
            st.execute("CREATE TABLE ar_backends_facade.ar_be_notes (id BIGINT AUTO_INCREMENT PRIMARY KEY, body TEXT)");
        }
        ConnectionConfig cfg = ConnectionConfig.builder().host("127.0.0.1").port(3306).database("ar_backends_facade")
                .username("root").build();
        Note.FIND.configure(cfg, MariaDBBackend.class);
        assertThat(Note.FIND.dataSource().capabilities().returning()).isTrue();
        assertThat(saveNotes()).containsExactly(1L, 2L, 3L);
        Note.FIND.configure(cfg, MariaDb104Backend.class);
        assertThat(Note.FIND.dataSource().capabilities().returning()).isFalse();
        assertThat(saveNotes()).containsExactly(4L, 5L, 6L);
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
             Statement st = c.createStatement()) {
            st.execute("DROP DATABASE ar_backends_facade");
        }
    }
}
