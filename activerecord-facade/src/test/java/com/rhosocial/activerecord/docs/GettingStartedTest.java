package com.rhosocial.activerecord.docs;

import com.rhosocial.activerecord.ActiveRecord;
import com.rhosocial.activerecord.RecordInvalidException;
import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.impl.sqlite.SQLiteBackend;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static com.rhosocial.activerecord.query.Col.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The walk-through of docs/facade/getting-started.md, step by step, on an SQLite file. */
class GettingStartedTest {

    @Test
    void gettingStartedWalkThrough() throws Exception {
        Path file = Path.of("target", "docs-getting-started.db").toAbsolutePath();
        Files.deleteIfExists(file);

        // Configure
        Book.FIND.configure(ConnectionConfig.builder().database(file.toString()).build(), SQLiteBackend.class);

        // (the facade does not create tables)
        try (Connection c = Book.FIND.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE books (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL, author TEXT NOT NULL,"
                    + " price TEXT, created_at TEXT, updated_at TEXT)");
        }

        // Create
        Book b = new Book();
        b.title = "Dune";
        b.author = "Frank Herbert";
        b.price = new BigDecimal("9.99");
        b.save();                       // true; b.id is now set
        assertThat(b.id).isNotNull();

        Book c = Book.FIND.create(x -> {
            x.title = "Emma";
            x.author = "Jane Austen";
        });

        // Read
        Book dune = Book.FIND.findOrFail(b.id);
        List<Book> byHerbert = Book.FIND.where(col("author").eq("Frank Herbert")).orderBy("title").list();
        long austen = Book.FIND.where(col("author").like("Jane%")).count();
        assertThat(dune.title).isEqualTo("Dune");
        assertThat(byHerbert).extracting(x -> x.title).containsExactly("Dune");
        assertThat(austen).isEqualTo(1);

        // Update: only the changed column is sent
        dune.price = new BigDecimal("7.50");
        dune.save();
        assertThat(Book.FIND.findOrFail(b.id).price).isEqualTo(new BigDecimal("7.50"));

        // Validate
        Book bad = new Book();
        bad.title = "";
        assertThat(bad.save()).isFalse();
        assertThat(bad.errors().fullMessages())
                .containsExactly("title can't be blank", "title is too short (minimum is 1 characters)", "author can't be blank");
        assertThatThrownBy(bad::saveOrFail).isInstanceOf(RecordInvalidException.class);

        // Transaction
        Book.FIND.transaction(() -> {
            c.delete();
            dune.price = BigDecimal.ONE;
            dune.save();
        });
        assertThat(Book.FIND.count()).isEqualTo(1);

        // Global configuration, for every model without its own
        ActiveRecord.configure(ConnectionConfig.builder().database(file.toString()).build(), SQLiteBackend.class);
    }
}
