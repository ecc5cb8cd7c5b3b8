package com.rhosocial.activerecord.dialect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.SchemaInfo;
import com.rhosocial.activerecord.dialect.Semantics;
import com.rhosocial.activerecord.dialect.Translation;
import com.rhosocial.activerecord.dialect.differential.CorpusCase;
import com.rhosocial.activerecord.dialect.differential.CorpusParser;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import com.rhosocial.activerecord.dialect.internal.spec.Specs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The fast path must be invisible: for every statement it accepts, the translation (statements, parameter map,
 * outcome, warnings) equals the full pipeline's. Checked on every statement of the differential corpus and of the
 * benchmark corpus, on respellings of each (case, spacing, line breaks), for every source/target pair and both
 * semantics.
 */
class FastPathEquivalenceTest {

    static final String[] CORPORA = {"mysql", "postgresql", "sqlite", "oracle", "sqlserver", "integration"};

    /**
     * Shapes at the edges of the fast path's grammar (each branch of it, and near misses it must refuse), written
     * in each source dialect: names reserved in some target, upper-case table names, aliases with and without AS,
     * NOT LIKE with a column pattern, MySQL's LIMIT offset, count, ORDER BY an alias, catalog tables, keywords
     * used as names.
     */
    static final String[] SHAPES = {
        "SELECT u.id, u.status, u.name AS label FROM users u WHERE u.status = ? AND u.name NOT LIKE u.nick",
        "SELECT Users.Id FROM Users WHERE Users.Id IN (?, ?) ORDER BY Users.Id DESC LIMIT ?",
        "SELECT USERS.ID FROM USERS AS U WHERE U.ID = ? OR U.ID IS NULL",
        "SELECT COUNT(*) total FROM orders o LEFT OUTER JOIN items i ON i.order_id = o.id WHERE i.id IS NOT NULL",
        "SELECT count(o.id) FROM orders o INNER JOIN items i ON i.order_id = o.id WHERE o.id NOT IN (1, 2, 3)",
        "SELECT id FROM t ORDER BY id ASC, name DESC LIMIT 10 OFFSET ?",
        "SELECT id FROM t ORDER BY id LIMIT ?, ?",
        "SELECT id AS k FROM t ORDER BY k",
        "SELECT id FROM t WHERE (a = ? OR b <> ?) AND (c >= ? OR d <= ? OR e != ?) AND f < 1 AND g > 2",
        "SELECT t.* FROM t WHERE t.name LIKE ? AND t.name NOT LIKE ?",
        "SELECT * FROM t WHERE name LIKE ? LIMIT 5",
        "SELECT id FROM user_settings WHERE user_id = ?",
        "SELECT id FROM sqlite_master WHERE name = ?",
        "SELECT id FROM dual",
        "SELECT rowid FROM t WHERE id = ?",
        "SELECT ctid FROM t WHERE id = ?",
        "SELECT key, value, type, level, size, data FROM settings WHERE key = ?",
        "SELECT position, number FROM t WHERE position = ?",
        "SELECT comments.id FROM comments WHERE comments.position > ?",
        "SELECT order, group FROM t",
        "SELECT id FROM t WHERE year = ? AND month = ?",
        "SELECT user, timestamp FROM t",
        "INSERT INTO T (A, STATUS) VALUES (?, 1), (?, 2)",
        "INSERT INTO t VALUES (?, ?, 0)",
        "INSERT INTO t (a) VALUES (NULL)",
        "UPDATE T SET STATUS = ?, b = 1 WHERE ID = ? AND c IS NULL",
        "UPDATE t SET a = ? WHERE b LIKE ?",
        "DELETE FROM T WHERE ID IN (?, ?)",
        "DELETE FROM t",
        "SELECT id FROM t WHERE id = ?1",
        "SELECT id FROM t WHERE id = 007",
        "SELECT id FROM t WHERE id = 1.5",
        "SELECT id FROM t WHERE id = ? ;",
        "SELECT a.b.c FROM t",
        "SELECT id FROM s.t WHERE id = ?",
        "SELECT id FROM t ORDER BY 1",
        "SELECT id FROM t ORDER BY id NULLS LAST",
        "SELECT id FROM t LIMIT ALL",
        "SELECT id FROM t OFFSET 5",
        "SELECT id FROM t WHERE flag",
        "SELECT id FROM t WHERE NOT a = ?",
        "SELECT id FROM t t2 JOIN u ON u.id = t2.id WHERE u.x = t2.y",
        "SELECT t.number, t.date, t.text, t.timestamp, t.time, t.year, t.varchar FROM t WHERE t.number = ?",
        "UPDATE t SET number = ? WHERE t.number = ?",
        "SELECT * FROM orders WHERE id = ? FOR UPDATE",
        "SELECT id FROM t WHERE a = ? ORDER BY id LIMIT 1 FOR UPDATE",
        "SELECT id FROM t FOR UPDATE NOWAIT",
        "SELECT id FROM t FOR SHARE",
        "SELECT id FROM t for update",
        "SELECT id FROM t WHERE " + "(".repeat(8) + "a = ?" + ")".repeat(8),
        "SELECT id FROM t WHERE " + "(".repeat(45) + "a = ?" + ")".repeat(45),
        "SELECT id FROM t WHERE " + "(".repeat(3000) + "a = ?" + ")".repeat(3000),
    };

    @Test
    void everyStatementTheFastPathAcceptsTranslatesExactlyAsTheFullPipeline() throws IOException {
        List<String[]> statements = new ArrayList<>();
        for (String name : CORPORA) {
            for (CorpusCase c : CorpusParser.parseResource("corpus/" + name + ".corpus")) {
                for (String s : c.statements()) {
                    statements.add(new String[] {c.source().id(), s});
                }
            }
        }
        for (String d : new String[] {"mysql", "postgresql"}) {
            Path p = Path.of("..", "benchmarks", "src", "main", "resources", "corpus", d + ".sql");
            assertThat(p).as("benchmark corpus beside this module").exists();
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("--")) {
                    statements.add(new String[] {d, line.strip()});
                }
            }
        }
        for (String shape : SHAPES) {
            for (String d : new String[] {"mysql", "postgresql", "sqlite"}) {
                statements.add(new String[] {d, shape});
                statements.add(new String[] {d, shape.replace("t.", d.equals("mysql") ? "`t`." : "\"t\".")});
            }
        }
        int accepted = 0;
        int checked = 0;
        Set<String> acceptedSources = new LinkedHashSet<>();
        List<String> mismatches = new ArrayList<>();
        for (String[] st : statements) {
            Dialect from = Dialect.of(st[0]);
            for (String sql : respellings(st[1])) {
                for (Dialect to : Dialect.values()) {
                    if (Engine.sameFamily(from, to)) {
                        continue;
                    }
                    for (Semantics sem : Semantics.values()) {
                        checked++;
                        RenderContext probe = new RenderContext(Specs.of(from), Specs.of(to), SchemaInfo.NONE, sem, sql);
                        if (FastPath.render(sql, Specs.of(from), Specs.of(to), probe) == null) {
                            continue;
                        }
                        accepted++;
                        acceptedSources.add(st[1]);
                        Translation fast = Engine.translate(sql, from, to, SchemaInfo.NONE, sem, true).translation();
                        Translation full = Engine.translate(sql, from, to, SchemaInfo.NONE, sem, false).translation();
                        if (!same(fast, full)) {
                            mismatches.add(from.id() + ">" + to.id() + " " + sem + "\n  in:   " + sql + "\n  fast: "
                                    + describe(fast) + "\n  full: " + describe(full));
                        }
                    }
                }
            }
        }
        System.out.println("fast path: " + accepted + " of " + checked + " translations accepted ("
                + acceptedSources.size() + " distinct corpus statements), " + mismatches.size() + " mismatches");
        assertThat(mismatches).as("fast path differs from the full pipeline").isEmpty();
        // the comparison above means something only if the fast path takes a real share of the statements
        assertThat(acceptedSources.size()).isGreaterThan(150);
    }

    /** The statement and variants with the same tokens: keyword case, spacing around punctuation, line breaks. */
    static List<String> respellings(String sql) {
        Set<String> out = new LinkedHashSet<>();
        out.add(sql);
        out.add(outsideQuotes(sql, s -> s.toLowerCase(Locale.ROOT)));
        out.add(outsideQuotes(sql, s -> s.toUpperCase(Locale.ROOT)));
        out.add(outsideQuotes(sql, s -> s.replaceAll("\\s*([=,()<>]+)\\s*", "$1")));
        out.add(outsideQuotes(sql, s -> s.replaceAll("([=,()])", " $1 ").replace(" ", "\n\t ")));
        out.add("  " + sql + "\n");
        return new ArrayList<>(out);
    }

    private static String outsideQuotes(String sql, java.util.function.UnaryOperator<String> f) {
        StringBuilder out = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        char close = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (close != 0) {
                out.append(c);
                if (c == close) {
                    close = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
                out.append(f.apply(plain.toString()));
                plain.setLength(0);
                close = c == '[' ? ']' : c;
                out.append(c);
            } else {
                plain.append(c);
            }
        }
        out.append(f.apply(plain.toString()));
        return out.toString();
    }

    private static boolean same(Translation a, Translation b) {
        return a.statements().equals(b.statements()) && Arrays.equals(a.parameterMap(), b.parameterMap())
                && a.outcome() == b.outcome() && a.warnings().equals(b.warnings());
    }

    private static String describe(Translation t) {
        return t.outcome() + " " + t.statements() + " " + Arrays.toString(t.parameterMap()) + " " + t.warnings();
    }
}
