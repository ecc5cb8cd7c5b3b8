package com.rhosocial.activerecord.dialect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.SchemaInfo;
import com.rhosocial.activerecord.dialect.Semantics;
import com.rhosocial.activerecord.dialect.TableInfo;
import com.rhosocial.activerecord.dialect.Translation;
import com.rhosocial.activerecord.dialect.differential.CorpusCase;
import com.rhosocial.activerecord.dialect.differential.CorpusParser;
import com.rhosocial.activerecord.dialect.internal.parse.HandParser;
import com.rhosocial.activerecord.dialect.internal.spec.DialectSpec;
import com.rhosocial.activerecord.dialect.internal.spec.Specs;
import com.rhosocial.activerecord.dialect.internal.text.Prepass;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.sf.jsqlparser.statement.Statements;
import org.junit.jupiter.api.Test;

/**
 * The hand-written parser must be invisible: for every statement it accepts, its AST equals JSqlParser's field by
 * field (and prints the same), and the whole translation (statements, parameter map, outcome, warnings) to every
 * other dialect, with both semantics, with and without a schema, is the same with it on and off. Checked on every
 * statement of the differential and benchmark corpora, on respellings of each, and on edge shapes and near misses;
 * it must also accept a real share of them, so that the comparison means something.
 */
class HandParserEquivalenceTest {

    /** Shapes at the edges of the hand parser's grammar, in each source dialect; near misses it must refuse. */
    private static final String[] EDGES = {
        "SELECT a.b, c AS d, t.*, * FROM s.t x, u WHERE a = ? AND b IN (1, 2) OR NOT c LIKE 'x'",
        "SELECT DISTINCT a FROM t WHERE c NOT LIKE 'x%' ESCAPE '!' AND TRUE AND x = -1 AND y = 1.5",
        "SELECT a FROM t WHERE z IS NOT NULL AND w NOT IN (SELECT b FROM u) AND NOT EXISTS (SELECT 1 FROM v)",
        "SELECT a FROM t WHERE v NOT BETWEEN 1 AND 2 AND (a = 1 OR b = 2) AND c BETWEEN ? AND ? + 1",
        "SELECT COUNT(*), COUNT(DISTINCT x), f(a, b), g(), h(k(1), 'x') FROM t",
        "SELECT CASE WHEN a = 1 THEN 'x' WHEN a > 2 OR b < 3 THEN 'y' ELSE 'z' END AS k FROM t",
        "SELECT CASE a WHEN 1 THEN 2 END FROM t",
        "SELECT a + b * c - d / e % f, -a * b, - 1, (a + b) * c, a - -b FROM t",
        "SELECT a || b + c, a + b || c, 'x' || 'y' FROM t",
        "SELECT a, (SELECT MAX(b) FROM u WHERE u.a = t.a) AS m FROM t WHERE t.x > (SELECT AVG(x) FROM t)",
        "SELECT d.a FROM (SELECT a FROM t) AS d JOIN u ON u.a = d.a LEFT JOIN v ON 1 = 1 CROSS JOIN w",
        "SELECT d.a FROM (SELECT a FROM t) d RIGHT OUTER JOIN u ON u.a = d.a LEFT OUTER JOIN v ON v.a = u.a",
        "SELECT a FROM t INNER JOIN u ON u.id = t.id INNER JOIN v ON v.id = u.id AND v.x <> u.x",
        "SELECT a, COUNT(*) FROM t GROUP BY a HAVING COUNT(*) > 1 ORDER BY 2 DESC, a ASC",
        "SELECT a FROM t ORDER BY a DESC NULLS LAST, b NULLS FIRST LIMIT 5 OFFSET 2",
        "SELECT a FROM t LIMIT ?, ?",
        "SELECT a FROM t LIMIT 10, 20",
        "SELECT a FROM t OFFSET 5",
        "SELECT a FROM t WHERE id = ? FOR UPDATE",
        "SELECT a FROM t UNION SELECT b FROM u UNION ALL SELECT c FROM v ORDER BY 1 LIMIT 3",
        "SELECT a FROM t EXCEPT SELECT b FROM u",
        "SELECT a FROM t INTERSECT SELECT b FROM u",
        "(SELECT a FROM t) UNION (SELECT b FROM u)",
        "SELECT a FROM t UNION DISTINCT SELECT b FROM u",
        "WITH r AS (SELECT a FROM t) SELECT a FROM r",
        "WITH RECURSIVE r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5) SELECT n FROM r",
        "WITH a AS (SELECT 1 AS x), b AS (SELECT 2 AS y) SELECT x, y FROM a, b",
        "INSERT INTO t (a, b) VALUES (?, 2), (3, NULL)",
        "INSERT INTO s.t VALUES (1, 'x', -2.5)",
        "INSERT INTO t (a) SELECT a FROM u WHERE b = ?",
        "UPDATE t x SET a = ?, x.b = b + 1 WHERE c = 1",
        "UPDATE t SET a = CASE WHEN b THEN 1 ELSE 0 END",
        "DELETE FROM t WHERE a IN (?, ?) OR b IS NULL",
        "DELETE FROM s.t",
        "SELECT a FROM t WHERE a = 'it''s' AND b = ''",
        "SELECT a FROM t WHERE a = 'back\\\\slash'",
        "SELECT a FROM t WHERE a = 1e5",
        "SELECT a FROM t WHERE a = .5",
        "SELECT a FROM t WHERE a = 1.",
        "SELECT a FROM t WHERE a = 0x1F",
        "SELECT a FROM t WHERE a = 99999999999999999999",
        "SELECT a FROM t WHERE a <=> b",
        "SELECT a FROM t WHERE a = b = c",
        "SELECT a FROM t WHERE NOT NOT a",
        "SELECT a FROM t WHERE a IN (b = c)",
        "SELECT a FROM t WHERE a IN ()",
        "SELECT a FROM t WHERE (a, b) IN ((1, 2))",
        "SELECT a FROM t WHERE a IS TRUE",
        "SELECT a FROM t WHERE a IS DISTINCT FROM b",
        "SELECT a FROM t WHERE a ILIKE 'x'",
        "SELECT a FROM t WHERE a REGEXP 'x'",
        "SELECT a FROM t WHERE a = ANY (SELECT b FROM u)",
        "SELECT a FROM t -- comment",
        "SELECT a FROM t /* comment */",
        "SELECT a FROM t; SELECT b FROM u",
        "SELECT a FROM t;",
        "SELECT CAST(a AS INT), EXTRACT(YEAR FROM d), TRIM(a), SUBSTRING(a, 1, 2), POSITION('a' IN b) FROM t",
        "SELECT LEFT(a, 2), RIGHT(a, 2), IF(a, 1, 2), CURRENT_TIMESTAMP, CURRENT_DATE, NOW() FROM t",
        "SELECT COUNT(ALL a), SUM(DISTINCT a), MIN(a), MAX(a), COALESCE(a, b, 0), NULLIF(a, b) FROM t",
        "SELECT ROW_NUMBER() OVER (PARTITION BY a ORDER BY b) FROM t",
        "SELECT a FROM t WHERE a = INTERVAL '1' DAY",
        "SELECT a::int FROM t",
        "SELECT a->>'x' FROM t",
        "SELECT a FROM t AS x(c)",
        "SELECT a FROM t x JOIN u y USING (id)",
        "SELECT a FROM t NATURAL JOIN u",
        "SELECT a FROM t FULL OUTER JOIN u ON u.a = t.a",
        "SELECT a FROM t FOR UPDATE NOWAIT",
        "SELECT a FROM t FOR SHARE",
        "SELECT a FROM t ORDER BY a LIMIT 1 UNION SELECT b FROM u",
        "SELECT a FROM t LIMIT ALL",
        "SELECT a FROM t LIMIT ? OFFSET ? FOR UPDATE",
        "SELECT a FROM t GROUP BY a WITH ROLLUP",
        "INSERT INTO t (a) VALUES (1) ON DUPLICATE KEY UPDATE a = 2",
        "INSERT INTO t (a) VALUES (1) RETURNING a",
        "INSERT INTO t DEFAULT VALUES",
        "INSERT INTO t (a) VALUES (DEFAULT)",
        "UPDATE t SET a = 1 ORDER BY b LIMIT 2",
        "UPDATE t AS x SET a = 1",
        "UPDATE t SET a = 1 FROM u WHERE u.id = t.id",
        "DELETE FROM t x WHERE x.a = 1",
        "DELETE FROM t WHERE a = 1 LIMIT 5",
        "DELETE t FROM t JOIN u ON u.a = t.a",
        "SELECT name, value, type, data, key, level, size, comments FROM settings AS level",
        "SELECT t.number, t.date, t.text, t.year FROM t WHERE t.timestamp = ?",
        "SELECT number FROM t",
        "SELECT a FROM t WHERE date = ?",
        "SELECT user, timestamp, year FROM t",
        "SELECT a b, c d FROM t e",
        "SELECT a FROM t WHERE a = ?0",
        "SELECT a FROM t WHERE a = ??",
        "SELECT $1 FROM t",
        "SELECT a$b FROM t",
        "SELECT a FROM t WHERE a = N'x'",
        "SELECT a FROM t WHERE a = E'x'",
        "SELECT a FROM t WHERE a = X'1F'",
        "SELECT {fn UCASE(a)} FROM t",
        "SELECT a FROM dual",
        "SELECT 1",
        "SELECT ?",
        "SELECT a FROM t WHERE a IN (SELECT b FROM u UNION SELECT c FROM v)",
        "SELECT a FROM t WHERE EXISTS (WITH q AS (SELECT 1 AS x) SELECT x FROM q)",
        "SELECT a.b.c FROM t",
        "SELECT a FROM x.y.z",
        "SELECT cast(a as decimal(10, 2)), CAST(b AS VARCHAR(20)), CAST(c AS SIGNED), current_date FROM t",
        "SELECT CAST(a AS DOUBLE PRECISION), CAST(b AS UNSIGNED INTEGER), CAST(c AS CHAR(3) CHARACTER SET utf8) FROM t",
        "SELECT LAG(a, 1) OVER (ORDER BY b), COUNT(*) OVER (PARTITION BY c), SUM(DISTINCT d) OVER () FROM t",
        "SELECT RANK() OVER (PARTITION BY a, b ORDER BY c DESC NULLS LAST) AS r FROM t",
        "SELECT SUM(a) OVER (ORDER BY b ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM t",
        "SELECT SUM(a) OVER w FROM t WINDOW w AS (ORDER BY b)",
        "INSERT IGNORE INTO t (a) VALUES (1)",
        "DELETE FROM t WHERE a < NOW() LIMIT 10",
        "UPDATE t SET number = ?, position = ? WHERE number = ? AND position > 1",
        "INSERT INTO t (number, date, position, year) VALUES (?, ?, ?, ?)",
        "SELECT position, number, date FROM t ORDER BY position",
        "SELECT CURRENT_TIMESTAMP(3), current_time, LEFT(a, 2), RIGHT(a, 1), IF(a > 1, 'x', 'y') FROM t",
        "SELECT TRIM(a), TRIM(BOTH ' ' FROM a), TRIM(LEADING 'x' FROM a), TRIM(a FROM b) FROM t",
        "SELECT YEAR(d), MONTH(d), DAY(d), HOUR(d), DATE(d), TIMESTAMP(?), SUBSTRING(a, 2), SUBSTRING(a, 1, 2) FROM t",
        "SELECT SUBSTRING(a FROM 2), REPLACE(a, 'x', 'y'), POSITION('a' IN b) FROM t",
        "SELECT a FROM t WHERE a REGEXP ? AND b NOT REGEXP 'x' AND c ILIKE ? AND d NOT ILIKE 'y'",
        "SELECT a, COUNT(*) FROM t GROUP BY a WITH ROLLUP",
        "SELECT REPLACE(a, 'x', 'y'), DATE(d) FROM t WHERE REPLACE(b, '-', '') = ?",
        "SELECT a, COUNT(*) FROM t GROUP BY a WITH ROLLUP ORDER BY a",
        "SELECT a::date, b::integer, c::text[], d::varchar(10), CURRENT_DATE - e::date AS age, -f::int FROM t",
        "SELECT random(), EXTRACT(YEAR FROM d) AS month, extract(epoch from d) AS day, EXTRACT(d) FROM t",
        "SELECT a FROM t WHERE id = ANY(?) AND b = ANY (SELECT c FROM u) AND e = ANY((SELECT 1)) AND f = ALL(?)",
        "SELECT a FROM t WHERE e IS NOT DISTINCT FROM ? OR f IS DISTINCT FROM g + 1",
        "SELECT a AS year, b AS hour, c AS domain, d year FROM t",
        "SELECT a FROM t WHERE id = ? FOR UPDATE NOWAIT",
        "SELECT a FROM t WHERE id = ? FOR UPDATE SKIP LOCKED",
        "INSERT INTO t (a, action) VALUES (?, ?) RETURNING id",
        "UPDATE t SET a = ? WHERE id = ? RETURNING id, a AS b, *",
        "DELETE FROM t WHERE id = ? RETURNING user_id",
        "SELECT p.id, GROUP_CONCAT(t.name ORDER BY t.name SEPARATOR ', ') AS tags FROM p JOIN t ON t.p = p.id",
        "SELECT GROUP_CONCAT(DISTINCT a ORDER BY a DESC, b SEPARATOR ';'), GROUP_CONCAT(a), group_concat(a separator '')",
        "SELECT GROUP_CONCAT(a SEPARATOR ?), GROUP_CONCAT(a ORDER BY a) OVER (), string_agg(a, ',' ORDER BY b) OVER ()",
        "SELECT string_agg(t.name, ', ' ORDER BY t.name) AS tags, array_agg(a ORDER BY b DESC NULLS LAST) FROM t",
        "SELECT string_agg(DISTINCT a, ',') FROM t",
        "SELECT a FROM t WHERE b > DATE_SUB(NOW(), INTERVAL ?1 DAY) AND c < CURDATE() - INTERVAL 30 DAY",
        "SELECT a FROM t WHERE d < CURRENT_DATE - INTERVAL '30 days' AND e > now() - ? * INTERVAL '1 day'",
        "SELECT INTERVAL 1 HOUR + d, d + INTERVAL 2 MONTH, INTERVAL 1 year, INTERVAL '1' DAY, INTERVAL '1:2' HOUR TO MINUTE",
        "SELECT INTERVAL -1 DAY, INTERVAL 1 DAY_HOUR, INTERVAL (1) DAY, INTERVAL 1.5 DAY, INTERVAL a DAY FROM t",
        "SELECT id, number, uuid, month FROM t WHERE number = ? ORDER BY month, uuid",
        "UPDATE t SET number = ?, paid_at = NOW() WHERE number = ?1 AND year = 2",
        "SELECT SUBSTRING(email, LOCATE('@', email) + 1) AS domain, COUNT(*) FROM t GROUP BY domain ORDER BY domain",
        "SELECT HEX(uuid), DATE_FORMAT(d, '%Y-%m') AS month FROM t GROUP BY DATE_FORMAT(d, '%Y-%m') ORDER BY month",
        "SELECT a FROM t WHERE date = DATE '2020-01-01' AND number(1) = 2",
        "INSERT INTO t (a, b, v) VALUES (?1, ?2, 1) ON DUPLICATE KEY UPDATE v = v + 1, b = VALUES(b), t.a = 2",
        "INSERT INTO t (a) SELECT a FROM u ON DUPLICATE KEY UPDATE a = VALUES(a) + 1",
        "INSERT INTO t (a) VALUES (1) ON DUPLICATE KEY UPDATE a = VALUES(a + 1), b = VALUES(b, c), c = VALUES(1)",
        "INSERT INTO t (a, b) VALUES (?1, ?2) ON CONFLICT (a, b) DO UPDATE SET b = t.b + 1, c = EXCLUDED.c",
        "INSERT INTO t (a, b) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
        "INSERT INTO t (a, b) VALUES (?1, ?2) ON CONFLICT (a) DO NOTHING RETURNING id",
        "INSERT INTO t (a, b) VALUES (?1, ?2) ON CONFLICT (a) DO UPDATE SET b = 1 WHERE t.b < 1",
        "INSERT INTO t (a, b) VALUES (?1, ?2) ON CONFLICT ON CONSTRAINT k DO NOTHING",
        "INSERT INTO t (a, b) VALUES (?1, ?2) ON CONFLICT (a) WHERE b > 0 DO NOTHING",
        "INSERT INTO t (a, b) VALUES (?1, ?2) ON CONFLICT ((lower(a))) DO NOTHING",
        "UPDATE orders o JOIN customers c ON c.id = o.customer_id SET o.status = ?1 WHERE c.country = ?2",
        "UPDATE t INNER JOIN u ON u.a = t.a LEFT JOIN v ON v.b = u.b SET t.x = v.y",
        "UPDATE t, u SET t.x = u.y WHERE u.a = t.a",
        "UPDATE orders o SET status = ?1 FROM customers c WHERE c.id = o.customer_id AND c.country = ?2",
        "UPDATE t SET a = u.b FROM u WHERE u.id = t.id RETURNING t.a",
        "UPDATE t SET a = u.b FROM u JOIN v ON v.id = u.id WHERE u.id = t.id",
        "UPDATE t SET a = u.b FROM (SELECT id, b FROM w) u WHERE u.id = t.id",
        "DELETE FROM posts p USING users u WHERE u.id = p.user_id AND u.status = 'banned'",
        "DELETE FROM t USING u, v WHERE u.id = t.id AND v.id = u.id",
        "DELETE p FROM posts p JOIN users u ON u.id = p.user_id WHERE u.status = 'banned'",
        "DELETE t FROM t LEFT JOIN u ON u.id = t.id WHERE u.id IS NULL",
        "DELETE t, u FROM t JOIN u ON u.id = t.id",
        "DELETE t FROM t",
        "DELETE FROM t AS x WHERE x.a = 1",
        "SELECT * FROM jobs WHERE state = 'queued' ORDER BY id LIMIT 10 FOR UPDATE SKIP LOCKED",
        "SELECT a FROM t FOR UPDATE SKIP",
        "SELECT a FROM t FOR UPDATE OF t SKIP LOCKED",
        "SELECT DISTINCT ON (customer_id) customer_id, id, placed_at FROM orders ORDER BY customer_id, placed_at DESC",
        "SELECT DISTINCT ON (a, b + 1) a, b FROM t",
        "SELECT DISTINCT ON (a AS x) a FROM t",
        "SELECT COUNT(*) FILTER (WHERE status = 'paid') AS paid, COUNT(*) AS total FROM orders WHERE c = ?1",
        "SELECT SUM(DISTINCT a) FILTER (WHERE b > 1 AND c IS NULL), MAX(a) filter (where b) FROM t",
        "SELECT SUM(a) FILTER (WHERE b > 1) OVER (PARTITION BY c) FROM t",
        "SELECT f(a, b, c) FILTER (WHERE b > 1), array_agg(a ORDER BY b) FILTER (WHERE c) FROM t",
        "SELECT SUM(total) OVER (ORDER BY placed_at ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS r FROM t",
        "SELECT SUM(a) OVER (PARTITION BY b ORDER BY c RANGE BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) FROM t",
        "SELECT SUM(a) OVER (ORDER BY c ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM t",
        "SELECT SUM(a) OVER (ORDER BY c ROWS UNBOUNDED PRECEDING), SUM(a) OVER (ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM t",
        "SELECT SUM(a) OVER (ORDER BY c GROUPS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE TIES) FROM t",
        "SELECT id, payload->>'type' AS kind, a->'b'->>'c', a -> 'x' FROM t WHERE p->>'k' = ? AND q->'r' IS NULL",
        "SELECT a->>'x'::int, a->1, a->>?, (a->'b')::text, a->>'x' || 'y', -a->>'x' FROM t",
        "SELECT a->>'x' FROM t WHERE a->>'x' LIKE 'y%' ORDER BY a->>'x'",
        "SELECT id FROM products WHERE tags @> ARRAY[?1]::text[]",
        "REPLACE INTO counters (name, value) VALUES (?1, ?2)",
        "REPLACE INTO t (a, b) VALUES (1, 2), (3, 4)",
        "REPLACE INTO t VALUES (1, 2)",
        "REPLACE INTO t (a) SELECT a FROM u",
        "REPLACE t (a) VALUES (1)",
        "SELECT id FROM posts WHERE title ~ ?1 AND b ~* 'x' AND c !~ 'y' AND d !~* ? LIMIT 50",
        "SELECT a ~ 'x', NOT a ~ b || 'c' FROM t WHERE a ~ 'x' = TRUE",
        "SELECT ~a, a ~~ 'x', a !~~ 'y', a ~= b FROM t",
        "SELECT o.*, c.email FROM orders o STRAIGHT_JOIN customers c ON c.id = o.customer_id WHERE o.id = ?1",
        "SELECT STRAIGHT_JOIN a FROM t",
        "SELECT a FROM t " + "(".repeat(1) + "STRAIGHT_JOIN u) ON 1 = 1",
        "SELECT a FROM t ORDER BY a OFFSET 5 ROWS FETCH NEXT 10 ROWS ONLY",
        "SELECT a FROM t ORDER BY a OFFSET ? ROW FETCH FIRST ? ROW ONLY FOR UPDATE",
        "SELECT a FROM t FETCH FIRST 3 ROWS ONLY",
        "SELECT a FROM t OFFSET 2 ROWS",
        "SELECT a FROM t FETCH FIRST ROW ONLY",
        "SELECT a FROM t FETCH FIRST 5 ROWS WITH TIES",
        "SELECT a FROM t FETCH FIRST 5 PERCENT ROWS ONLY",
        "SELECT a FROM t LIMIT 2 FETCH FIRST 5 ROWS ONLY",
        "SELECT a FROM t UNION SELECT b FROM u ORDER BY 1 OFFSET 1 ROWS FETCH NEXT 2 ROWS ONLY",
        "INSERT INTO page_views (page_id, day, views) VALUES (?1, ?2, 1) ON DUPLICATE KEY UPDATE views = views + 1",
        "INSERT INTO t (year, month, hour, minute, second) VALUES (1, 2, 3, 4, 5)",
        "SELECT t.day, t.month, x.year FROM t, x WHERE t.day = 1",
        "SELECT DATE_FORMAT(placed_at, '%Y-%m') AS month, SUM(total) FROM o GROUP BY DATE_FORMAT(placed_at, '%Y-%m') ORDER BY month",
        "SELECT month, day, year FROM t GROUP BY year ORDER BY month DESC",
        "SELECT TIMESTAMPADD(MINUTE, 90, d), TIMESTAMPDIFF(day, a, b), DATE_ADD(d, INTERVAL 1 DAY) FROM t WHERE hour = 1",
        "SELECT week, quarter, DAY(d), month.x FROM t",
        "SELECT a FROM t WHERE " + "(".repeat(30) + "a = ?" + ")".repeat(30),
        "SELECT a FROM t WHERE " + "(".repeat(45) + "a = ?" + ")".repeat(45),
        "SELECT " + "-".repeat(3) + "a FROM t",
        "SELECT a FROM t WHERE a = 1 AND " + "b = 2 AND ".repeat(200) + "c = 3",
    };

    private record Case(Dialect from, String sql) {
    }

    private static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        for (String name : FastPathEquivalenceTest.CORPORA) {
            for (CorpusCase c : CorpusParser.parseResource("corpus/" + name + ".corpus")) {
                for (String s : c.statements()) {
                    out.add(new Case(c.source(), s));
                }
            }
        }
        for (String d : new String[] {"mysql", "postgresql"}) {
            out.addAll(benchmark(d));
        }
        List<String> shapes = new ArrayList<>(Arrays.asList(FastPathEquivalenceTest.SHAPES));
        shapes.addAll(Arrays.asList(EDGES));
        for (String shape : shapes) {
            for (Dialect d : Dialect.values()) {
                out.add(new Case(d, shape));
                out.add(new Case(d, shape.replace("t.", Specs.of(d).family().equals("MYSQL") ? "`t`."
                        : Specs.of(d).squareBracketQuotes() ? "[t]." : "\"t\".")));
            }
        }
        return out;
    }

    private static List<Case> benchmark(String d) throws IOException {
        Path p = Path.of("..", "benchmarks", "src", "main", "resources", "corpus", d + ".sql");
        assertThat(p).as("benchmark corpus beside this module").exists();
        List<Case> out = new ArrayList<>();
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("--")) {
                out.add(new Case(Dialect.of(d), line.strip()));
            }
        }
        return out;
    }

    private static Statements jsqlparser(String pre, DialectSpec from) {
        try {
            return Parsing.parse(pre, from, false);
        } catch (Parsing.RefusedException e) {
            return null;
        }
    }

    @Test
    void everyStatementTheHandParserAcceptsParsesAndTranslatesExactlyAsJsqlparser() throws IOException {
        SchemaInfo schema = schema();
        int accepted = 0;
        int parsed = 0;
        int translations = 0;
        Set<String> acceptedSources = new LinkedHashSet<>();
        List<String> mismatches = new ArrayList<>();
        for (Case c : cases()) {
            DialectSpec from = Specs.of(c.from());
            for (String sql : FastPathEquivalenceTest.respellings(c.sql())) {
                String pre = Prepass.apply(sql, from.prepassOptions()).sql();
                Statements hand = HandParser.parse(pre, from);
                Statements full = jsqlparser(pre, from);
                if (full != null) {
                    parsed++;
                }
                if (hand == null) {
                    continue;
                }
                accepted++;
                acceptedSources.add(c.from() + " " + c.sql());
                if (full == null) {
                    mismatches.add(c.from() + " accepted, JSqlParser refuses: " + pre);
                    continue;
                }
                String diff = AstDiff.diff(full, hand);
                if (diff != null || !full.toString().equals(hand.toString())) {
                    mismatches.add(c.from() + " AST differs: " + pre + "\n  " + diff + "\n  jsql: " + full
                            + "\n  hand: " + hand);
                    continue;
                }
                for (Dialect to : Dialect.values()) {
                    if (Engine.sameFamily(c.from(), to)) {
                        continue;
                    }
                    for (Semantics sem : Semantics.values()) {
                        for (SchemaInfo si : new SchemaInfo[] {SchemaInfo.NONE, schema}) {
                            translations++;
                            Translation on = Engine.translate(sql, c.from(), to, si, sem, false, true).translation();
                            Translation off = Engine.translate(sql, c.from(), to, si, sem, false, false).translation();
                            if (!same(on, off)) {
                                mismatches.add(c.from() + ">" + to + " " + sem + (si == schema ? " schema" : "")
                                        + "\n  in:   " + sql + "\n  hand: " + describe(on) + "\n  jsql: "
                                        + describe(off));
                            }
                        }
                    }
                }
            }
        }
        System.out.println("hand parser: accepted " + accepted + " of " + parsed + " statements JSqlParser parses ("
                + acceptedSources.size() + " distinct corpus statements), " + translations + " translations compared, "
                + mismatches.size() + " mismatches");
        assertThat(mismatches).as("hand parser differs from JSqlParser").isEmpty();
        assertThat(acceptedSources.size()).isGreaterThan(500);
    }

    /** The benchmark corpora are what the speed claim is about: most of what JSqlParser parses must take this path. */
    @Test
    void acceptsMostOfTheBenchmarkCorpus() throws IOException {
        int parsed = 0;
        int accepted = 0;
        for (String d : new String[] {"mysql", "postgresql"}) {
            for (Case c : benchmark(d)) {
                DialectSpec from = Specs.of(c.from());
                String pre = Prepass.apply(c.sql(), from.prepassOptions()).sql();
                if (jsqlparser(pre, from) != null) {
                    parsed++;
                    if (HandParser.parse(pre, from) != null) {
                        accepted++;
                    }
                }
            }
        }
        System.out.println("hand parser: " + accepted + " of " + parsed + " benchmark statements");
        assertThat(accepted).isGreaterThan(parsed * 80 / 100);
    }

    /** Malformed input never escapes the entry point: it answers null (or an AST JSqlParser agrees with). */
    @Property(tries = 3000)
    void arbitraryTextNeverThrows(@ForAll @StringLength(max = 120) String text) {
        for (Dialect d : new Dialect[] {Dialect.MYSQL, Dialect.POSTGRESQL, Dialect.SQLSERVER}) {
            HandParser.parse(text, Specs.of(d));
        }
    }

    @Test
    void mutationsOfAcceptedStatementsNeverThrowAndStillAgree() throws IOException {
        Random rnd = new Random(7);
        String[] pieces = {"(", ")", ",", "'", "SELECT ", " FROM ", " AND ", " NOT ", "?1", ".", "*", " CASE ", " END ",
            " IN ", " = ", "-", "||", "\"", "`", "[", ";"};
        List<String> mismatches = new ArrayList<>();
        List<Case> seeds = benchmark("postgresql");
        for (int i = 0; i < 4000; i++) {
            Case seed = seeds.get(rnd.nextInt(seeds.size()));
            StringBuilder b = new StringBuilder(Prepass.apply(seed.sql(), Specs.of(seed.from()).prepassOptions()).sql());
            int at = rnd.nextInt(b.length() + 1);
            switch (rnd.nextInt(3)) {
                case 0 -> b.insert(at, pieces[rnd.nextInt(pieces.length)]);
                case 1 -> b.delete(at, Math.min(b.length(), at + 1 + rnd.nextInt(6)));
                default -> b.insert(at, "(".repeat(rnd.nextInt(60)));
            }
            String sql = b.toString();
            Statements hand = HandParser.parse(sql, Specs.of(seed.from()));
            if (hand != null) {
                Statements full = jsqlparser(sql, Specs.of(seed.from()));
                if (full == null || AstDiff.diff(full, hand) != null) {
                    mismatches.add(sql + "\n  " + (full == null ? "JSqlParser refuses" : AstDiff.diff(full, hand)));
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    /** A schema answering for any table, so schema-aware rules (null ordering, types) read the AST's columns. */
    private static SchemaInfo schema() {
        Map<String, Boolean> columns = new LinkedHashMap<>();
        for (String c : new String[] {"id", "name", "email", "status", "created_at", "total", "a", "b", "c", "price",
            "title", "body", "country", "placed_at", "customer_id", "user_id"}) {
            columns.put(c, !c.equals("id"));
        }
        return name -> Optional.of(TableInfo.of(name, columns, List.of("id")));
    }

    private static boolean same(Translation a, Translation b) {
        return a.statements().equals(b.statements()) && Arrays.equals(a.parameterMap(), b.parameterMap())
                && a.outcome() == b.outcome() && a.warnings().equals(b.warnings());
    }

    private static String describe(Translation t) {
        return t.outcome() + " " + t.statements() + " " + Arrays.toString(t.parameterMap()) + " " + t.warnings();
    }

    /** Field-by-field comparison of two JSqlParser trees (the parser's token links aside). */
    static final class AstDiff {
        private AstDiff() {
        }

        static String diff(Object a, Object b) {
            return diff(a, b, "", 0);
        }

        private static String diff(Object a, Object b, String path, int depth) {
            if (depth > 400) {
                return path + ": too deep";
            }
            if (a == null || b == null) {
                return a == b ? null : path + ": " + a + " vs " + b;
            }
            if (a.getClass() != b.getClass()) {
                return path + ": " + a.getClass().getSimpleName() + " vs " + b.getClass().getSimpleName();
            }
            if (a instanceof String || a instanceof Number || a instanceof Boolean || a instanceof Character
                    || a instanceof Enum) {
                return a.equals(b) ? null : path + ": " + a + " vs " + b;
            }
            if (a instanceof Collection<?> ca) {
                Collection<?> cb = (Collection<?>) b;
                if (ca.size() != cb.size()) {
                    return path + ": size " + ca.size() + " vs " + cb.size();
                }
                Iterator<?> ia = ca.iterator();
                Iterator<?> ib = cb.iterator();
                for (int i = 0; ia.hasNext(); i++) {
                    String d = diff(ia.next(), ib.next(), path + "[" + i + "]", depth + 1);
                    if (d != null) {
                        return d;
                    }
                }
            } else if (a instanceof Map.Entry<?, ?> ea) {
                // JsonExpression keeps (key expression, operator) pairs
                Map.Entry<?, ?> eb = (Map.Entry<?, ?>) b;
                String d = diff(ea.getKey(), eb.getKey(), path + ".key", depth + 1);
                return d != null ? d : diff(ea.getValue(), eb.getValue(), path + ".value", depth + 1);
            } else if (a instanceof Map<?, ?> ma) {
                return ma.equals(b) ? null : path + ": map " + a + " vs " + b;
            }
            if (!a.getClass().getName().startsWith("net.sf.jsqlparser")) {
                return a instanceof Collection || a.equals(b) ? null : path + ": " + a + " vs " + b;
            }
            for (Class<?> k = a.getClass(); k != null && k.getName().startsWith("net.sf.jsqlparser");
                 k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.getName().equals("node")) {
                        continue;
                    }
                    try {
                        f.setAccessible(true);
                        String d = diff(f.get(a), f.get(b), path + "." + f.getName(), depth + 1);
                        if (d != null) {
                            return d;
                        }
                    } catch (IllegalAccessException e) {
                        return path + "." + f.getName() + ": " + e;
                    }
                }
            }
            return null;
        }
    }
}
