package com.rhosocial.activerecord.reliability;

import static com.rhosocial.activerecord.query.Col.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.rhosocial.activerecord.ActiveRecord;
import com.rhosocial.activerecord.ActiveRecordException;
import com.rhosocial.activerecord.Finder;
import com.rhosocial.activerecord.jdbc.ActiveRecordDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Security: hostile strings through the facade, as values (saved, searched, updated, raw SQL parameters) and as
 * identifiers wherever the API takes one (order, select, group, columns of conditions and updates, joins, findBy).
 * Values must be bound and come back byte for byte; identifiers must be rejected; the database must keep exactly
 * its tables and the rows the test wrote (checked through the real driver).
 */
class HostileInputTest {

    /** The model: table {@code notes}. */
    public static class Note extends ActiveRecord {
        public static final Finder<Note> FIND = ActiveRecord.finder(Note.class);
        public Long id;
        public String title;
        public String body;
    }

    static final List<String> HOSTILE = List.of(
            "' OR '1'='1",
            "'; DROP TABLE canary; --",
            "\"; DROP TABLE canary; --",
            "`; DROP TABLE canary; -- `",
            "Robert'); DROP TABLE notes;--",
            "\\'; DROP TABLE canary; --",
            "\\",
            "1; DELETE FROM canary",
            "/* comment */ 1 /*",
            "-- comment\nDROP TABLE canary",
            "$$; DROP TABLE canary; $$",
            "$1 ? :name ?? {fn now()} {call x}",
            "%_[]^",
            "\u02bc OR 1=1 --",             // modifier letter apostrophe
            "\uff07 OR \uff071\uff07=\uff071", // fullwidth apostrophes
            "\u2019; DROP TABLE canary; --", // right single quotation mark
            "\u202e\u0645\u0631\u062d\u0628\u0627 \u200b\u200d\ufeff", // RTL override, Arabic, zero-width, BOM
            "\ud83d\ude00\ud83d\udca3 \ud835\udd4f",  // emoji and a mathematical letter (surrogate pairs)
            "e\u0301 vs \u00e9",              // combining accent vs precomposed
            "line1\r\nline2\ttab",
            "x".repeat(65_536) + "'; DROP TABLE canary; --");

    static final List<String> IDENTIFIERS = List.of(
            "title; DROP TABLE canary",
            "title --",
            "title /* x */",
            "\"title\"; DROP TABLE canary; --",
            "`title`",
            "title' OR '1'='1",
            "(SELECT 1)",
            "1=1",
            "title\u0000",
            "t\u0131tle",                 // dotless i
            "title\u200b",
            "",
            "x".repeat(10_000));

    @ParameterizedTest
    @EnumSource(Databases.Server.class)
    void hostileValuesAreBoundAndHostileIdentifiersRejected(Databases.Server server) throws Exception {
        String db = "ar_rel_hostile";
        server.ensureDatabase(db, true);
        boolean pg = server == Databases.Server.POSTGRESQL;
        server.exec(db,
                pg ? "CREATE TABLE notes (id BIGSERIAL PRIMARY KEY, title TEXT, body TEXT)"
                        : "CREATE TABLE notes (id BIGINT AUTO_INCREMENT PRIMARY KEY, title LONGTEXT, body LONGTEXT)"
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin",
                "CREATE TABLE canary (id INT PRIMARY KEY)",
                "INSERT INTO canary (id) VALUES (1), (2), (3)");
        ActiveRecordDataSource ds = new ActiveRecordDataSource();
        ds.setUrl(server.proxyUrl(db) + "?poolName=ar_rel_hostile_" + server.name().toLowerCase());
        ds.setUser(server.user());
        ds.setPassword("");
        Note.FIND.configure(ds);

        List<String> problems = new ArrayList<>();
        int valueOps = 0;
        int saved = 0;
        List<String> values = new ArrayList<>(HOSTILE);
        values.add("nul\u0000byte");
        for (String h : values) {
            Note n = new Note();
            n.title = h;
            n.body = h;
            boolean nul = h.indexOf('\u0000') >= 0;
            try {
                n.save();
            } catch (ActiveRecordException e) {
                // PostgreSQL's text cannot hold NUL (SQLState 22021): a clear error, nothing written.
                if (nul && pg) {
                    assertThat(e.sqlState()).isEqualTo("22021");
                    continue;
                }
                throw e;
            }
            saved++;
            valueOps++;
            Note back = Note.FIND.findOrFail(n.id);
            valueOps++;
            if (!h.equals(back.body) || !h.equals(back.title)) {
                problems.add("round trip changed " + abbreviate(h));
            }
            check(problems, h, "where eq", Note.FIND.where(col("body").eq(h)).count(), 1);
            check(problems, h, "findBy", Note.FIND.findBy("title", h).map(x -> 1L).orElse(0L), 1);
            check(problems, h, "raw SQL parameter",
                    Note.FIND.findBySql("SELECT * FROM notes WHERE body = ? AND title = ?", h, h).size(), 1);
            check(problems, h, "in", Note.FIND.where(col("title").in(h, "zz")).count(), 1);
            check(problems, h, "ne", Note.FIND.where(col("body").ne(h)).count(), saved - 1);
            check(problems, h, "updateAll", Note.FIND.where(col("id").eq(n.id)).updateAll(Map.of("title", h + "!")), 1);
            check(problems, h, "after update", Note.FIND.where(col("title").eq(h + "!")).count(), 1);
            valueOps += 7;
        }
        assertThat(problems).isEmpty();

        List<Function<String, Object>> identifierUses = List.of(
                id -> Note.FIND.query().orderBy(id).list(),
                id -> Note.FIND.query().orderByDesc(id).list(),
                id -> Note.FIND.query().select(id).list(),
                id -> Note.FIND.query().groupBy(id).select("title").pluck("title"),
                id -> Note.FIND.where(col(id).eq(1)).count(),
                id -> Note.FIND.findBy(id, 1),
                id -> Note.FIND.query().pluck(id),
                id -> Note.FIND.query().join(id, "notes.id", "canary.id").count(),
                id -> Note.FIND.where(col("id").eq(-1)).updateAll(Map.of(id, "x")),
                id -> Note.FIND.query().sum(id));
        int identifierOps = 0;
        for (String id : IDENTIFIERS) {
            for (int u = 0; u < identifierUses.size(); u++) {
                Function<String, Object> use = identifierUses.get(u);
                Throwable t = catchThrowable(() -> use.apply(id));
                identifierOps++;
                if (!(t instanceof IllegalArgumentException)) {
                    problems.add("identifier use " + u + " with " + abbreviate(id) + " gave " + t);
                }
            }
        }
        assertThat(problems).as("identifiers not rejected").isEmpty();

        assertThat(server.tables(db)).containsExactly("canary", "notes");
        assertThat(server.queryLong(db, "SELECT COUNT(*) FROM canary")).isEqualTo(3);
        assertThat(server.queryLong(db, "SELECT COUNT(*) FROM notes")).isEqualTo(saved);
        String k = "security.hostile." + server.name().toLowerCase() + ".";
        Figures.record(k + "values", values.size() + " strings, " + saved + " saved, " + valueOps + " operations");
        Figures.record(k + "identifiers", IDENTIFIERS.size() + " strings x " + identifierUses.size() + " APIs = "
                + identifierOps + " rejected");
    }

    private static void check(List<String> problems, String h, String what, long got, long expected) {
        if (got != expected) {
            problems.add(what + " with " + abbreviate(h) + ": " + got + " instead of " + expected);
        }
    }

    private static String abbreviate(String s) {
        String e = s.length() > 40 ? s.substring(0, 40) + "...(" + s.length() + " chars)" : s;
        StringBuilder sb = new StringBuilder();
        e.codePoints().forEach(c -> sb.append(c < 32 || c > 126 ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return "'" + sb + "'";
    }
}
