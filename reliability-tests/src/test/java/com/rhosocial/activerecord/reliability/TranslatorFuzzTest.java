package com.rhosocial.activerecord.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.OnUnsupported;
import com.rhosocial.activerecord.dialect.SqlTranslator;
import com.rhosocial.activerecord.dialect.Translation;
import com.rhosocial.activerecord.dialect.TranslationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input: the translator fed generated and mutated SQL (a seeded generator over a small grammar, and random
 * edits of the real statements of the translator's corpus), huge and deeply nested statements. Every call must
 * return a translation or throw {@link TranslationException} (a checked {@code SQLException}, 42000) within a
 * bound; nothing unchecked may escape. Seed {@value #SEED}; failing inputs are written to
 * {@code target/fuzz-failures.txt}.
 */
class TranslatorFuzzTest {

    static final long SEED = 20261125L;
    static final int INPUTS = Figures.longRun() ? 100_000 : 12_000;
    static final long CALL_BOUND_MS = 10_000;
    static final Dialect[] TARGETS = {Dialect.MYSQL, Dialect.MARIADB, Dialect.POSTGRESQL, Dialect.ORACLE,
            Dialect.SQLSERVER, Dialect.SQLITE};

    static final ExecutorService POOL = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(null, r, "fuzz", 0);
        t.setDaemon(true);
        return t;
    });

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    /** One outcome: "ok", "unsupported", "42000" or a failure description. */
    private static String call(SqlTranslator tr, String sql, Dialect from, Dialect to, long boundMs, long[] took)
            throws InterruptedException {
        long t0 = System.nanoTime();
        Future<String> f = POOL.submit(() -> {
            try {
                Translation t = tr.translate(sql, from, to);
                return t.outcome().name().toLowerCase();
            } catch (TranslationException e) {
                return e.getSQLState();
            } catch (SQLException e) {
                return "other SQLException " + e.getSQLState() + ": " + e;
            }
        });
        try {
            return f.get(boundMs, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            return "UNCHECKED " + e.getCause();
        } catch (TimeoutException e) {
            f.cancel(true);
            return "TIMEOUT after " + boundMs + " ms";
        } finally {
            took[0] = (System.nanoTime() - t0) / 1_000_000;
        }
    }

    @Test
    void generatedAndMutatedStatementsNeverEscapeUncheckedOrHang() throws Exception {
        SplittableRandom rnd = new SplittableRandom(SEED);
        List<String[]> corpus = Corpus.statements();
        SqlTranslator lenient = SqlTranslator.builder().cacheSize(2_000).build();
        SqlTranslator strict = SqlTranslator.builder().cacheSize(2_000).onUnsupported(OnUnsupported.FAIL).build();
        Map<String, Long> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long slowest = 0;
        long[] took = new long[1];
        long generated = 0;
        long mutated = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < INPUTS; i++) {
            String sql;
            Dialect from;
            if (rnd.nextInt(10) < 4 || corpus.isEmpty()) {
                sql = Grammar.statement(rnd);
                from = rnd.nextBoolean() ? Dialect.MYSQL : TARGETS[rnd.nextInt(TARGETS.length)];
                generated++;
            } else {
                String[] c = corpus.get(rnd.nextInt(corpus.size()));
                from = Dialect.of(c[0]);
                sql = Grammar.mutate(c[1], rnd);
                mutated++;
            }
            Dialect to = TARGETS[rnd.nextInt(TARGETS.length)];
            boolean useStrict = rnd.nextInt(5) == 0;
            String outcome = call(useStrict ? strict : lenient, sql, from, to, CALL_BOUND_MS, took);
            slowest = Math.max(slowest, took[0]);
            String bucket = (useStrict ? "strict:" : "lenient:") + (outcome.startsWith("UNCHECKED")
                    || outcome.startsWith("TIMEOUT") || outcome.startsWith("other") ? "FAILURE" : outcome);
            outcomes.merge(bucket, 1L, Long::sum);
            if (bucket.endsWith("FAILURE") || (!useStrict && outcome.equals("42000"))) {
                failures.add(from + " -> " + to + (useStrict ? " strict" : "") + ": " + outcome + "\n  " + sql);
            }
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        Path out = Path.of("target", "fuzz-failures.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join("\n", failures), StandardCharsets.UTF_8);
        Figures.record("fuzz.inputs", INPUTS);
        Figures.record("fuzz.generated", generated);
        Figures.record("fuzz.mutatedCorpus", mutated + " (from " + corpus.size() + " corpus statements)");
        Figures.record("fuzz.outcomes", outcomes);
        Figures.record("fuzz.slowestCallMillis", slowest);
        Figures.record("fuzz.millis", millis);
        Figures.record("fuzz.seed", SEED);
        assertThat(failures).as("inputs that escaped unchecked, hung, or failed without a policy asking (see %s)",
                out).isEmpty();
        assertThat(slowest).isLessThan(CALL_BOUND_MS);
    }

    @Test
    void oneMegabyteStatementsAreTranslatedOrRejectedInBoundedTime() throws Exception {
        SqlTranslator tr = SqlTranslator.builder().build();
        StringBuilder in = new StringBuilder("SELECT id FROM t WHERE id IN (");
        for (int i = 0; in.length() < 1_000_000; i++) {
            in.append(i == 0 ? "" : ", ").append(i);
        }
        in.append(")");
        String literal = "SELECT IFNULL(name, '" + "x".repeat(1_000_000) + "') FROM t LIMIT 1";
        StringBuilder ors = new StringBuilder("SELECT 1 FROM t WHERE ");
        for (int i = 0; ors.length() < 1_000_000; i++) {
            ors.append(i == 0 ? "" : " OR ").append("a = ").append(i);
        }
        Map<String, String> results = new TreeMap<>();
        long[] took = new long[1];
        for (Map.Entry<String, String> e : Map.of("inList", in.toString(), "literal", literal, "orChain",
                ors.toString()).entrySet()) {
            String outcome = call(tr, e.getValue(), Dialect.MYSQL, Dialect.POSTGRESQL, 60_000, took);
            results.put(e.getKey(), outcome + " in " + took[0] + " ms (" + e.getValue().length() + " chars)");
            assertThat(outcome).as(e.getKey()).isIn("translated", "unchanged", "unsupported", "42000");
        }
        Figures.record("fuzz.oneMegabyte", results);
    }

    @Test
    void deepNestingIsTranslatedOrRejectedWithoutStackOverflow() throws Exception {
        SqlTranslator tr = SqlTranslator.builder().build();
        SqlTranslator strict = SqlTranslator.builder().onUnsupported(OnUnsupported.FAIL).build();
        Map<String, String> results = new TreeMap<>();
        long[] took = new long[1];
        for (int depth : new int[] {10, 100, 1_000, 10_000, 50_000}) {
            String parens = "SELECT " + "(".repeat(depth) + "1" + ")".repeat(depth) + " FROM t";
            String subqueries = "SELECT * FROM t WHERE a IN (SELECT a FROM t WHERE a IN (".repeat(Math.min(depth, 2_000))
                    + "1" + "))".repeat(Math.min(depth, 2_000));
            String funcs = "SELECT " + "IFNULL(".repeat(depth) + "a" + ", 0)".repeat(depth) + " FROM t";
            for (Map.Entry<String, String> e : Map.of("parens", parens, "subqueries", subqueries, "ifnull", funcs)
                    .entrySet()) {
                String outcome = call(tr, e.getValue(), Dialect.MYSQL, Dialect.SQLSERVER, 60_000, took);
                results.put(e.getKey() + depth, outcome + " in " + took[0] + " ms");
                assertThat(outcome).as(e.getKey() + " depth " + depth).isIn("translated", "unchanged", "unsupported");
                String s = call(strict, e.getValue(), Dialect.MYSQL, Dialect.SQLSERVER, 60_000, took);
                assertThat(s).as("strict, " + e.getKey() + " depth " + depth).isIn("translated", "unchanged", "42000");
            }
        }
        Figures.record("fuzz.deepNesting", results);
    }

    @Test
    void strictModeReports42000WithThePositionDirectlyAndThroughTheDriver() throws Exception {
        SqlTranslator strict = SqlTranslator.builder().onUnsupported(OnUnsupported.FAIL).build();
        TranslationException e = catchThrowableOfType(TranslationException.class,
                () -> strict.translate("SELECT a\nFROM t\nWHERE a = = 1", Dialect.MYSQL, Dialect.POSTGRESQL));
        assertThat((Object) e).isNotNull();
        assertThat(e.getSQLState()).isEqualTo("42000");
        // the second '=' of line 3
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(11);
        assertThat(e.getMessage()).contains("line 3, column 11");

        Databases.Server.POSTGRESQL.ensureDatabase("ar_rel_fuzz", false);
        String url = Databases.Server.POSTGRESQL.proxyUrl("ar_rel_fuzz") + "?sourceDialect=mysql&onUnsupported=fail";
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            SQLException d = catchThrowableOfType(SQLException.class,
                    () -> c.prepareStatement("SELECT a\nFROM t\nWHERE a = = 1"));
            assertThat((Object) d).isNotNull();
            assertThat(d.getSQLState()).isEqualTo("42000");
            assertThat(d.getMessage()).contains("line 3, column 11");
            assertThat(c.isValid(2)).as("the connection stays usable").isTrue();
            Figures.record("fuzz.strictMessage", d.getMessage().replace('\n', ' '));
        }
    }

    /** The real statements of the translator's corpus ({@code dialect-translator/src/test/resources/corpus}). */
    static final class Corpus {
        static List<String[]> statements() throws IOException {
            List<String[]> out = new ArrayList<>();
            Path dir = Path.of("..", "dialect-translator", "src", "test", "resources", "corpus");
            if (!Files.isDirectory(dir)) {
                return out;
            }
            try (var files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".corpus")).sorted().toList()) {
                    String source = f.getFileName().toString().replace(".corpus", "");
                    StringBuilder sql = null;
                    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                        if (line.startsWith("source:")) {
                            source = line.substring(7).trim();
                        } else if (line.equals("sql:")) {
                            sql = new StringBuilder();
                        } else if (sql != null && (line.isEmpty() || line.endsWith(":") || line.startsWith("=="))) {
                            if (sql.length() > 0) {
                                out.add(new String[] {source, sql.toString().trim()});
                            }
                            sql = null;
                        } else if (sql != null) {
                            sql.append(line).append('\n');
                        }
                    }
                }
            }
            return out;
        }
    }

    /** A small SQL grammar (MySQL-flavoured, with other dialects' idioms mixed in) and a mutator. */
    static final class Grammar {
        static final String[] TABLES = {"t", "`order`", "\"users\"", "[items]", "s.t", "accounts"};
        static final String[] COLS = {"a", "b", "`c`", "\"d\"", "id", "name", "balance", "created_at", "*"};
        static final String[] FUNCS = {"IFNULL", "COALESCE", "NVL", "ISNULL", "CONCAT", "LENGTH", "CHAR_LENGTH",
                "SUBSTRING", "NOW", "GETDATE", "DATE_ADD", "GROUP_CONCAT", "LOCATE", "INSTR", "UPPER", "CAST",
                "DATE_FORMAT", "JSON_EXTRACT", "ROUND", "TRUNC", "STRFTIME", "CONVERT"};
        static final String[] TOKENS = {"SELECT", "FROM", "WHERE", "(", ")", ",", "'", "\"", "`", "?", "--", "/*",
                "*/", ";", "LIMIT", "OFFSET", "JOIN", "ON", "NULL", "''", "\\", "$1", ":x", "\u0000", "\u00e9",
                "\ud83d\ude00", "INTERVAL 1 DAY", "{fn NOW()}", "{call p(?)}", "||", "&&", "::int", "[", "]",
                "UNION ALL", "FOR UPDATE", "ROWNUM", "TOP 5", "WITH x AS (SELECT 1)", "CASE WHEN", "END", "\n"};

        static String statement(SplittableRandom r) {
            StringBuilder sb = new StringBuilder();
            switch (r.nextInt(5)) {
                case 0 -> sb.append("UPDATE ").append(pick(r, TABLES)).append(" SET ").append(col(r)).append(" = ")
                        .append(expr(r, 3)).append(" WHERE ").append(cond(r, 3));
                case 1 -> sb.append("INSERT INTO ").append(pick(r, TABLES)).append(" (").append(col(r)).append(", ")
                        .append(col(r)).append(") VALUES (").append(expr(r, 2)).append(", ").append(expr(r, 2))
                        .append(")");
                case 2 -> sb.append("DELETE FROM ").append(pick(r, TABLES)).append(" WHERE ").append(cond(r, 3));
                default -> {
                    sb.append("SELECT ").append(r.nextInt(4) == 0 ? "DISTINCT " : "");
                    int n = 1 + r.nextInt(4);
                    for (int i = 0; i < n; i++) {
                        sb.append(i > 0 ? ", " : "").append(expr(r, 3));
                    }
                    sb.append(" FROM ").append(pick(r, TABLES));
                    if (r.nextBoolean()) {
                        sb.append(" JOIN ").append(pick(r, TABLES)).append(" ON ").append(cond(r, 2));
                    }
                    if (r.nextBoolean()) {
                        sb.append(" WHERE ").append(cond(r, 4));
                    }
                    if (r.nextInt(3) == 0) {
                        sb.append(" GROUP BY ").append(col(r));
                    }
                    if (r.nextBoolean()) {
                        sb.append(" ORDER BY ").append(col(r)).append(r.nextBoolean() ? " DESC" : "");
                    }
                    switch (r.nextInt(5)) {
                        case 0 -> sb.append(" LIMIT ").append(r.nextBoolean() ? "?" : r.nextInt(100));
                        case 1 -> sb.append(" LIMIT ?, ?");
                        case 2 -> sb.append(" LIMIT 10 OFFSET ?");
                        default -> { }
                    }
                    if (r.nextInt(8) == 0) {
                        sb.append(" FOR UPDATE");
                    }
                }
            }
            return sb.toString();
        }

        static String col(SplittableRandom r) {
            String c = pick(r, COLS);
            return c.equals("*") ? "a" : c;
        }

        static String expr(SplittableRandom r, int depth) {
            int k = depth <= 0 ? r.nextInt(3) : r.nextInt(7);
            return switch (k) {
                case 0 -> col(r);
                case 1 -> r.nextBoolean() ? "?" : String.valueOf(r.nextInt(1000) - 500);
                case 2 -> "'" + pick(r, new String[] {"x", "it''s", "a\\'b", "%_", "\u00fc\u00df", "", "--"}) + "'";
                case 3 -> pick(r, FUNCS) + "(" + expr(r, depth - 1) + (r.nextBoolean() ? ", " + expr(r, depth - 1) : "") + ")";
                case 4 -> expr(r, depth - 1) + pick(r, new String[] {" + ", " - ", " * ", " / ", " || ", " % "}) + expr(r, depth - 1);
                case 5 -> "CASE WHEN " + cond(r, depth - 1) + " THEN " + expr(r, depth - 1) + " ELSE " + expr(r, depth - 1) + " END";
                default -> "(SELECT " + expr(r, depth - 1) + " FROM " + pick(r, TABLES) + ")";
            };
        }

        static String cond(SplittableRandom r, int depth) {
            int k = depth <= 0 ? 0 : r.nextInt(6);
            return switch (k) {
                case 0 -> expr(r, 0) + pick(r, new String[] {" = ", " <> ", " < ", " >= ", " LIKE ", " <=> "}) + expr(r, 0);
                case 1 -> cond(r, depth - 1) + (r.nextBoolean() ? " AND " : " OR ") + cond(r, depth - 1);
                case 2 -> "NOT (" + cond(r, depth - 1) + ")";
                case 3 -> col(r) + " IN (" + expr(r, 0) + ", " + expr(r, 0) + ")";
                case 4 -> col(r) + (r.nextBoolean() ? " IS NULL" : " BETWEEN ? AND ?");
                default -> "EXISTS (SELECT 1 FROM " + pick(r, TABLES) + " WHERE " + cond(r, depth - 1) + ")";
            };
        }

        /** One to four random edits: delete, duplicate or swap a span, insert a token, truncate, change case. */
        static String mutate(String sql, SplittableRandom r) {
            StringBuilder sb = new StringBuilder(sql);
            int edits = 1 + r.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int len = sb.length();
                int at = len == 0 ? 0 : r.nextInt(len + 1);
                switch (r.nextInt(6)) {
                    case 0 -> {
                        int end = Math.min(len, at + 1 + r.nextInt(8));
                        sb.delete(at, end);
                    }
                    case 1 -> {
                        int end = Math.min(len, at + 1 + r.nextInt(20));
                        sb.insert(at, sb.substring(at, end));
                    }
                    case 2 -> sb.insert(at, " " + pick(r, TOKENS) + " ");
                    case 3 -> sb.setLength(at);
                    case 4 -> {
                        if (len > 1) {
                            int b = r.nextInt(len);
                            char c = sb.charAt(Math.min(at, len - 1));
                            sb.setCharAt(Math.min(at, len - 1), sb.charAt(b));
                            sb.setCharAt(b, c);
                        }
                    }
                    default -> {
                        String s = sb.toString();
                        sb.setLength(0);
                        sb.append(r.nextBoolean() ? s.toLowerCase() : s.toUpperCase());
                    }
                }
            }
            return sb.toString();
        }

        static String pick(SplittableRandom r, String[] a) {
            return a[r.nextInt(a.length)];
        }
    }
}
