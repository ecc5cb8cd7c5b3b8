package com.rhosocial.activerecord.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.rhosocial.activerecord.backend.Backend;
import com.rhosocial.activerecord.backend.BackendCapabilities;
import com.rhosocial.activerecord.backend.Backends;
import com.rhosocial.activerecord.backend.ServerVersion;
import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.OnUnsupported;
import com.rhosocial.activerecord.dialect.Outcome;
import com.rhosocial.activerecord.dialect.SqlTranslator;
import com.rhosocial.activerecord.dialect.Translation;
import com.rhosocial.activerecord.dialect.TranslationException;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Regenerates the generated tables of {@code docs/backends/differences.md} from the code they describe (the backends'
 * capability and version tables, the translator's own output for each construct and type, the translator's test
 * corpus) and fails when the committed Markdown differs, so the tables cannot drift. To accept a change, rerun with
 * {@code -Ddocs.rewrite=true}, which writes the file, and review the diff:
 *
 * <pre>
 * mvn -pl docs-tests -am test -Dtest=BackendChapterTablesTest -Dsurefire.failIfNoSpecifiedTests=false -Ddocs.rewrite=true
 * </pre>
 *
 * A region is the text between {@code <!-- BEGIN GENERATED: name -->} and {@code <!-- END GENERATED: name -->}.
 */
class BackendChapterTablesTest {

    private static final Pattern REGION = Pattern.compile(
            "(<!-- BEGIN GENERATED: ([a-z-]+)[^>]*-->\\n)(.*?)(<!-- END GENERATED: \\2 -->)", Pattern.DOTALL);

    /** Target dialects in the order of the manual's pages. */
    private static final List<Dialect> TARGETS = List.of(Dialect.MYSQL, Dialect.POSTGRESQL, Dialect.ORACLE,
            Dialect.SQLSERVER, Dialect.SQLITE);

    @Test
    void generatedTablesOfTheBackendChapterAreUpToDate() throws IOException {
        Path file = Manual.docs().resolve("backends/differences.md");
        Map<String, Supplier<String>> generators = new LinkedHashMap<>();
        generators.put("capabilities", BackendChapterTablesTest::capabilities);
        generators.put("versions", BackendChapterTablesTest::versions);
        generators.put("type-mapping", BackendChapterTablesTest::typeMapping);
        generators.put("dialect-differences", BackendChapterTablesTest::dialectDifferences);
        generators.put("corpus-coverage", BackendChapterTablesTest::corpusCoverage);

        String text = Manual.read(file);
        Matcher m = REGION.matcher(text);
        StringBuilder out = new StringBuilder();
        List<String> seen = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        while (m.find()) {
            String name = m.group(2);
            Supplier<String> g = generators.get(name);
            assertThat(g).as("unknown generated region '%s' in %s", name, file).isNotNull();
            String fresh = g.get();
            if (!fresh.equals(m.group(3))) {
                stale.add(name);
            }
            seen.add(name);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + fresh + m.group(4)));
        }
        m.appendTail(out);
        assertThat(seen).as("regions in %s", file).containsExactlyInAnyOrderElementsOf(generators.keySet());
        if (Boolean.getBoolean("docs.rewrite")) {
            Files.writeString(file, out.toString());
            return;
        }
        assertThat(stale).as("generated tables %s in %s differ from what the code says now (a translator, corpus or"
                + " backend change); accept with: mvn -pl docs-tests -am test -Dtest=BackendChapterTablesTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Ddocs.rewrite=true, and review the diff", stale, file)
                .isEmpty();
    }

    // ------------------------------------------------------------------ capabilities

    private static List<Backend> backends() {
        List<Backend> out = new ArrayList<>();
        for (String n : List.of("mysql", "mariadb", "postgresql", "oracle", "sqlserver", "sqlite", "h2")) {
            out.add(Backends.forName(n));
        }
        return out;
    }

    static String capabilities() {
        List<Backend> bs = backends();
        StringBuilder sb = new StringBuilder("| capability |");
        bs.forEach(b -> sb.append(' ').append(b.name()).append(" |"));
        sb.append("\n|---|");
        bs.forEach(b -> sb.append("---|"));
        sb.append('\n');
        for (RecordComponent rc : BackendCapabilities.class.getRecordComponents()) {
            sb.append("| `").append(rc.getName()).append("` |");
            for (Backend b : bs) {
                sb.append(' ').append(cell(value(rc, b.capabilities()))).append(" |");
            }
            sb.append('\n');
        }
        sb.append("| isolation levels |");
        for (Backend b : bs) {
            sb.append(' ').append(isolation(b)).append(" |");
        }
        sb.append("\n| savepoints |");
        bs.forEach(b -> sb.append(' ').append(b.supportsSavepoints() ? "yes" : "no").append(" |"));
        sb.append("\n| default port |");
        bs.forEach(b -> sb.append(' ').append(b.defaultPort() == 0 ? "—" : Integer.toString(b.defaultPort())).append(" |"));
        return sb.append('\n').toString();
    }

    private static String isolation(Backend b) {
        StringBuilder s = new StringBuilder();
        for (int level : new int[]{java.sql.Connection.TRANSACTION_READ_UNCOMMITTED,
                java.sql.Connection.TRANSACTION_READ_COMMITTED, java.sql.Connection.TRANSACTION_REPEATABLE_READ,
                java.sql.Connection.TRANSACTION_SERIALIZABLE}) {
            if (b.supportedIsolationLevels().contains(level)) {
                String n = switch (level) {
                    case java.sql.Connection.TRANSACTION_READ_UNCOMMITTED -> "RU";
                    case java.sql.Connection.TRANSACTION_READ_COMMITTED -> "RC";
                    case java.sql.Connection.TRANSACTION_REPEATABLE_READ -> "RR";
                    default -> "S";
                };
                s.append(s.length() == 0 ? "" : ", ").append(level == b.defaultIsolationLevel() ? "**" + n + "**" : n);
            }
        }
        return s.toString();
    }

    private static Object value(RecordComponent rc, BackendCapabilities c) {
        try {
            return rc.getAccessor().invoke(c);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cell(Object v) {
        if (v instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        return "`" + v.toString().toLowerCase().replace('_', ' ') + "`";
    }

    // ------------------------------------------------------------------ versions

    /** Probe versions per backend: the boundaries named in each backend's version table, and one current version. */
    private static final Map<String, List<ServerVersion>> PROBES = new LinkedHashMap<>();

    static {
        PROBES.put("mysql", List.of(ServerVersion.of(5, 7, 0), ServerVersion.of(5, 7, 44), ServerVersion.of(8, 0, 0)));
        PROBES.put("mariadb", List.of(ServerVersion.of(10, 1, 0), ServerVersion.of(10, 2, 0), ServerVersion.of(10, 3, 0),
                ServerVersion.of(10, 4, 0), ServerVersion.of(10, 5, 0), ServerVersion.of(10, 6, 0)));
        PROBES.put("postgresql", List.of(ServerVersion.of(8, 3, 0), ServerVersion.of(9, 1, 0), ServerVersion.of(9, 4, 0),
                ServerVersion.of(9, 5, 0)));
        PROBES.put("oracle", List.of(ServerVersion.of(11, 1, 0), ServerVersion.of(11, 2, 0), ServerVersion.of(12, 1, 0),
                ServerVersion.of(19, 0, 0), ServerVersion.of(23, 4, 0)));
        PROBES.put("sqlserver", List.of(ServerVersion.of(9, 0, 0), ServerVersion.of(10, 0, 0), ServerVersion.of(11, 0, 0),
                ServerVersion.of(13, 0, 0), ServerVersion.of(16, 0, 0)));
        PROBES.put("sqlite", List.of(ServerVersion.of(3, 8, 2), ServerVersion.of(3, 24, 0), ServerVersion.of(3, 25, 0),
                ServerVersion.of(3, 35, 0), ServerVersion.of(3, 38, 0)));
        PROBES.put("h2", List.of(ServerVersion.of(1, 4, 197), ServerVersion.of(2, 3, 232)));
    }

    static String versions() {
        StringBuilder sb = new StringBuilder("| backend | server version | differs from `capabilities()` in"
                + " | the translator's target profile overrides |\n|---|---|---|---|\n");
        for (Map.Entry<String, List<ServerVersion>> e : PROBES.entrySet()) {
            Backend b = Backends.forName(e.getKey());
            BackendCapabilities base = b.capabilities();
            for (ServerVersion v : e.getValue()) {
                BackendCapabilities c = b.capabilities(v);
                List<String> diffs = new ArrayList<>();
                for (RecordComponent rc : BackendCapabilities.class.getRecordComponents()) {
                    Object was = value(rc, base);
                    Object now = value(rc, c);
                    if (!was.equals(now)) {
                        diffs.add("`" + rc.getName() + "` " + cell(now));
                    }
                }
                sb.append("| ").append(b.name()).append(" | ").append(v.major()).append('.').append(v.minor())
                        .append('.').append(v.patch()).append(" | ")
                        .append(diffs.isEmpty() ? "— (as documented)" : String.join(", ", diffs)).append(" | ")
                        .append(profileCell(b.targetProfile(v))).append(" |\n");
            }
        }
        return sb.toString();
    }

    /** The capability overrides of a target profile, or a dash for the dialect's own rules. */
    private static String profileCell(com.rhosocial.activerecord.dialect.TargetProfile p) {
        List<String> out = new ArrayList<>();
        p.features().forEach((f, on) -> out.add("`" + f.name() + "` " + (on ? "yes" : "no")));
        return out.isEmpty() ? "— (the dialect's rules)" : String.join(", ", out);
    }

    // ------------------------------------------------------------------ type mapping

    /** Java type, the PostgreSQL column type the facade's canonical dialect uses for it. */
    private static final String[][] JAVA_TYPES = {
            {"String", "VARCHAR(255)"}, {"String (long text)", "TEXT"}, {"Boolean / boolean", "BOOLEAN"},
            {"Short / short", "SMALLINT"}, {"Integer / int", "INTEGER"}, {"Long / long", "BIGINT"},
            {"Float / float", "REAL"}, {"Double / double", "DOUBLE PRECISION"},
            {"BigDecimal", "NUMERIC(19,4)"}, {"BigInteger", "NUMERIC(38,0)"}, {"LocalDate", "DATE"},
            {"LocalTime", "TIME"}, {"LocalDateTime", "TIMESTAMP"},
            {"OffsetDateTime / Instant", "TIMESTAMP WITH TIME ZONE"}, {"UUID", "UUID"}, {"enum", "VARCHAR(32)"},
            {"JSON (String)", "JSONB"}, {"byte[]", "BYTEA"},
    };

    private static final SqlTranslator TRANSLATOR = SqlTranslator.builder().cacheSize(0)
            .onUnsupported(OnUnsupported.PASSTHROUGH).build();
    private static final Pattern COLUMN = Pattern.compile("(?is)\\(\\s*\\W?c\\W?\\s+(.*)\\)\\s*;?\\s*$");

    static String typeMapping() {
        StringBuilder sb = new StringBuilder("| Java type | PostgreSQL (canonical) |");
        for (Dialect d : TARGETS) {
            if (d != Dialect.POSTGRESQL) {
                sb.append(' ').append(d.id()).append(" |");
            }
        }
        sb.append("\n|---|---|---|---|---|---|\n");
        for (String[] row : JAVA_TYPES) {
            sb.append("| ").append(row[0]).append(" | `").append(row[1]).append("` |");
            for (Dialect d : TARGETS) {
                if (d == Dialect.POSTGRESQL) {
                    continue;
                }
                Translation t = translate("CREATE TABLE t (c " + row[1] + ")", Dialect.POSTGRESQL, d);
                Matcher m = COLUMN.matcher(t.sql());
                String type = m.find() ? m.group(1).trim() : t.sql();
                sb.append(' ').append(mark(t)).append('`').append(type).append("` |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ dialect differences

    /** Construct, and a statement written in MySQL (the most common legacy source) that shows it. */
    private static final String[][] CONSTRUCTS = {
            {"paging, offset first", "SELECT id FROM t ORDER BY id LIMIT ?, ?"},
            {"limit only", "SELECT id FROM t ORDER BY id LIMIT 10"},
            {"identifier quoting", "SELECT `order` FROM `t`"},
            {"null coalescing", "SELECT IFNULL(a, 0) FROM t"},
            {"string concatenation", "SELECT CONCAT(a, '-', b) FROM t"},
            {"conditional function", "SELECT IF(a > 1, 'x', 'y') FROM t"},
            {"current timestamp", "SELECT NOW()"},
            {"date arithmetic", "SELECT DATE_ADD(d, INTERVAL 1 DAY) FROM t"},
            {"string aggregation", "SELECT GROUP_CONCAT(a ORDER BY a SEPARATOR ';') FROM t"},
            {"boolean literal", "SELECT id FROM t WHERE flag = TRUE"},
            {"upsert", "INSERT INTO t (id, v) VALUES (1, 'a') ON DUPLICATE KEY UPDATE v = VALUES(v)"},
            {"insert-or-ignore", "INSERT IGNORE INTO t (id, v) VALUES (1, 'a')"},
            {"row lock", "SELECT id FROM t WHERE id = 1 FOR UPDATE"},
            {"auto-increment DDL", "CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY, v VARCHAR(10))"},
            {"UPDATE with LIMIT", "UPDATE t SET v = 'x' WHERE v IS NULL LIMIT 10"},
    };

    static String dialectDifferences() {
        StringBuilder sb = new StringBuilder("| construct | MySQL source |");
        for (Dialect d : TARGETS) {
            if (d != Dialect.MYSQL) {
                sb.append(' ').append(d.id()).append(" |");
            }
        }
        sb.append("\n|---|---|---|---|---|---|\n");
        for (String[] row : CONSTRUCTS) {
            sb.append("| ").append(row[0]).append(" | `").append(row[1]).append("` |");
            for (Dialect d : TARGETS) {
                if (d == Dialect.MYSQL) {
                    continue;
                }
                Translation t = translate(row[1], Dialect.MYSQL, d);
                sb.append(' ').append(mark(t)).append('`').append(t.sql().replace("|", "\\|").replace("\n", " "))
                        .append("` |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static Translation translate(String sql, Dialect from, Dialect to) {
        try {
            return TRANSLATOR.translate(sql, from, to);
        } catch (TranslationException e) {
            throw new IllegalStateException("passthrough policy threw: " + e.getMessage(), e);
        }
    }

    /** A marker for outcomes other than a plain rewrite: ≈ emulated, ✗ not expressible (passed through). */
    private static String mark(Translation t) {
        return t.outcome() == Outcome.EMULATED ? "≈ " : t.outcome() == Outcome.UNSUPPORTED ? "✗ " : "";
    }

    // ------------------------------------------------------------------ corpus coverage

    static String corpusCoverage() {
        Path dir = Manual.root().resolve("dialect-translator/src/test/resources/corpus");
        List<String> sources = List.of("mysql", "postgresql", "oracle", "sqlserver", "sqlite");
        Map<String, Map<String, Integer>> byTag = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".corpus")).sorted().toList()) {
                String source = null;
                for (String line : Files.readAllLines(f)) {
                    if (line.startsWith("== ")) {
                        source = null;
                    } else if (line.startsWith("source:")) {
                        source = line.substring(7).trim();
                        if (source.equals("mariadb")) {
                            source = "mysql";
                        }
                    } else if (line.startsWith("tags:") && source != null) {
                        String first = line.substring(5).split(",")[0].trim();
                        byTag.computeIfAbsent(first, k -> new LinkedHashMap<>()).merge(source, 1, Integer::sum);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        // Marks rather than counts: the corpus grows every day, and a count would make this table stale each time.
        StringBuilder sb = new StringBuilder("| construct (first tag) |");
        sources.forEach(s -> sb.append(' ').append(s).append(" |"));
        sb.append("\n|---|---|---|---|---|---|\n");
        for (Map.Entry<String, Map<String, Integer>> e : byTag.entrySet()) {
            sb.append("| ").append(e.getKey()).append(" |");
            for (String s : sources) {
                sb.append(e.getValue().containsKey(s) ? " ✓ |" : "  |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
