package com.rhosocial.activerecord.dialect.differential;

import com.rhosocial.activerecord.dialect.SqlTranslator;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One run of the whole corpus: loads every {@code corpus/*.corpus} file, runs each case on its source and on every
 * target, and keeps the results for the JUnit assertions and the report.
 *
 * <p>System properties narrow a run while working: {@code corpus.filter} (a regex on case ids) and
 * {@code corpus.targets} (comma-separated engine labels, e.g. {@code postgresql,sqlite}).
 */
final class CorpusRun {

    /** What the source side produced: the reference rows, or why there are none. */
    record SourceResult(CorpusCase c, Engine engine, List<List<Object>> rows, String error) {
        boolean ok() {
            return error == null;
        }
    }

    /** The outcome of one (case, target) pair. */
    record PairResult(CorpusCase c, Engine target, CaseRunner.Status status, String detail, String sql) {
        boolean passed() {
            return status == CaseRunner.Status.PASS;
        }
    }

    final List<CorpusCase> cases;
    final Map<String, SourceResult> sources = new LinkedHashMap<>();
    final List<PairResult> pairs = new ArrayList<>();
    final boolean filtered;
    long millis;

    private CorpusRun(List<CorpusCase> cases, boolean filtered) {
        this.cases = cases;
        this.filtered = filtered;
    }

    /**
     * Loads all corpus files in name order, from a directory or from the dialect-translator test-jar (the proxy
     * driver's corpus run reads them from there).
     */
    static List<CorpusCase> loadCases() throws IOException {
        URL anchor = CorpusRun.class.getClassLoader().getResource("corpus/must-pass.txt");
        if (anchor == null) {
            throw new IOException("no corpus/ directory (with must-pass.txt) on the test classpath");
        }
        String dir = anchor.toString();
        URI uri = URI.create(dir.substring(0, dir.length() - "must-pass.txt".length()));
        FileSystem jar = "jar".equals(uri.getScheme()) ? FileSystems.newFileSystem(uri, Map.of()) : null;
        try {
            List<Path> files;
            try (Stream<Path> s = Files.list(Path.of(uri))) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".corpus")).sorted().toList();
            }
            List<CorpusCase> all = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (Path f : files) {
                for (CorpusCase c : CorpusParser.parse("corpus/" + f.getFileName(), Files.readString(f))) {
                    if (!ids.add(c.id())) {
                        throw new IllegalArgumentException(c.file() + ": duplicate case id " + c.id());
                    }
                    all.add(c);
                }
            }
            return all;
        } finally {
            if (jar != null) {
                jar.close();
            }
        }
    }

    /** {@code cases} narrowed by the {@code corpus.filter} system property (a regex on case ids), if set. */
    static List<CorpusCase> filtered(List<CorpusCase> cases) {
        String filter = System.getProperty("corpus.filter", "");
        if (filter.isBlank()) {
            return cases;
        }
        Pattern p = Pattern.compile(filter);
        return cases.stream().filter(c -> p.matcher(c.id()).find()).toList();
    }

    /**
     * Reads a list of (case, target) pairs in the format of {@code corpus/must-pass.txt} ({@code <case-id>
     * <target|*>} a line, {@code #} comments) from the test classpath.
     */
    static Set<String> readPairList(String resource) throws IOException {
        String text;
        try (InputStream in = CorpusRun.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> out = new HashSet<>();
        for (String line : text.split("\n")) {
            String t = line.trim();
            if (!t.isEmpty() && !t.startsWith("#")) {
                String[] parts = t.split("\\s+");
                if (parts.length != 2) {
                    throw new IllegalArgumentException(resource + ": expected '<case-id> <target|*>': " + t);
                }
                out.add(parts[0] + " " + parts[1]);
            }
        }
        return out;
    }

    /** Whether a list read by {@link #readPairList} names the pair, by its target or with {@code *}. */
    static boolean listed(Set<String> list, CorpusCase c, Engine target) {
        return list.contains(c.id() + " *") || list.contains(c.id() + " " + target.label());
    }

    /** The target engines of a case: every engine but the source's own family, narrowed by {@code targets:}. */
    static List<Engine> targetsOf(CorpusCase c, Set<Engine> enabled) {
        List<Engine> out = new ArrayList<>();
        for (Engine e : Engine.values()) {
            if (e == Engine.familyOf(c.source()) || !enabled.contains(e)) {
                continue;
            }
            if (!c.onlyTargets().isEmpty() && c.onlyTargets().stream().noneMatch(t -> Engine.of(t) == e)) {
                continue;
            }
            out.add(e);
        }
        return out;
    }

    static CorpusRun execute() throws IOException, SQLException {
        long start = System.nanoTime();
        List<CorpusCase> cases = loadCases();
        String targetsProp = System.getProperty("corpus.targets", "");
        boolean filtered = !System.getProperty("corpus.filter", "").isBlank() || !targetsProp.isBlank();
        cases = filtered(cases);
        Set<Engine> targetFilter = targetsProp.isBlank() ? EnumSet.allOf(Engine.class) : parseTargets(targetsProp);
        // Engines to open: the targets, every native source engine, and PostgreSQL for the verify: statements.
        Set<Engine> enabled = EnumSet.copyOf(targetFilter);
        enabled.add(Engine.POSTGRESQL);
        for (CorpusCase c : cases) {
            Engine n = Engine.nativeFor(c.source());
            if (n != null) {
                enabled.add(n);
            }
        }
        SqlTranslator translator = SqlTranslator.builder().build();
        CorpusRun run;
        try (CaseRunner runner = new CaseRunner(translator, List.copyOf(enabled))) {
            run = new CorpusRun(cases, filtered);
            for (CorpusCase c : cases) {
                SourceResult src = runSource(runner, c);
                run.sources.put(c.id(), src);
                for (Engine target : targetsOf(c, targetFilter)) {
                    if (!src.ok()) {
                        continue;
                    }
                    run.pairs.add(runPair(runner, c, target, src.rows()));
                }
            }
        }
        run.millis = (System.nanoTime() - start) / 1_000_000;
        return run;
    }

    private static Set<Engine> parseTargets(String prop) {
        Set<Engine> s = EnumSet.noneOf(Engine.class);
        for (String t : prop.split(",")) {
            s.add(Engine.of(t.trim()));
        }
        return s;
    }

    /**
     * The reference rows of a case: its native run on the source engine, checked against the hand-written rows when
     * it has them, or those rows alone (verified on PostgreSQL when the case says how) for Oracle and SQL Server.
     */
    static SourceResult runSource(CaseRunner runner, CorpusCase c) {
        Engine nat = Engine.nativeFor(c.source());
        List<List<Object>> expected = null;
        if (c.expected() != null) {
            try {
                expected = new ArrayList<>();
                for (List<Object> row : c.expected()) {
                    List<Object> r = new ArrayList<>();
                    for (Object v : row) {
                        r.add(ValueComparator.normalise(v));
                    }
                    expected.add(r);
                }
            } catch (SQLException e) {
                return new SourceResult(c, nat, null, "bad expected rows: " + e);
            }
        }
        if (nat == null) {
            if (expected != null && c.verify() != null) {
                String bad = verifyOnPostgres(runner, c, expected);
                if (bad != null) {
                    return new SourceResult(c, null, null, bad);
                }
            }
            return expected == null
                    ? new SourceResult(c, null, null, c.source().id() + " cases need hand-written expected: rows")
                    : new SourceResult(c, null, expected, null);
        }
        CaseRunner.Execution ex = runner.runNative(c, nat);
        if (!ex.ok()) {
            return new SourceResult(c, nat, null, "native run on " + nat + " failed: " + ex.error());
        }
        if (expected != null) {
            String d = ValueComparator.diff(expected, ex.rows(), c.orderInsensitive(), false, c.lowerCase());
            if (d != null) {
                return new SourceResult(c, nat, null, "native result differs from the hand-written expected rows: " + d);
            }
        }
        return new SourceResult(c, nat, ex.rows(), null);
    }

    /** Runs the case's PostgreSQL equivalent natively and compares it with the hand-written rows. */
    private static String verifyOnPostgres(CaseRunner runner, CorpusCase c, List<List<Object>> expected) {
        if (!runner.has(Engine.POSTGRESQL)) {
            return null;
        }
        boolean usesParams = CaseRunner.countPlaceholders(c.verify(), com.rhosocial.activerecord.dialect.Dialect.POSTGRESQL) > 0;
        CorpusCase pg = new CorpusCase(c.id() + "#verify", c.file(), com.rhosocial.activerecord.dialect.Dialect.POSTGRESQL,
                c.category(), c.tags(), List.of(c.verify()), usesParams ? c.params() : List.of(), c.check(), null, null,
                c.orderInsensitive(), c.lowerCase(), c.compareColumns(), c.cleanupTables(), c.onlyTargets());
        CaseRunner.Execution ex = runner.runNative(pg, Engine.POSTGRESQL);
        if (!ex.ok()) {
            return "verify: on PostgreSQL failed: " + ex.error();
        }
        String d = ValueComparator.diff(expected, ex.rows(), c.orderInsensitive(), false, c.lowerCase());
        return d == null ? null : "verify: the PostgreSQL equivalent disagrees with the hand-written rows: " + d;
    }

    private static PairResult runPair(CaseRunner runner, CorpusCase c, Engine target, List<List<Object>> reference) {
        CaseRunner.Execution ex = runner.runTranslated(c, target);
        if (!ex.ok()) {
            return new PairResult(c, target, ex.translateError() ? CaseRunner.Status.TRANSLATE_ERROR
                    : CaseRunner.Status.EXEC_ERROR, ex.error(), ex.sql());
        }
        String d = ValueComparator.diff(reference, ex.rows(), c.orderInsensitive(), target == Engine.H2_ORACLE,
                c.lowerCase());
        return d == null ? new PairResult(c, target, CaseRunner.Status.PASS, null, ex.sql())
                : new PairResult(c, target, CaseRunner.Status.MISMATCH, d, ex.sql());
    }

    /** Pass rate over pairs matching {@code real} (true: PostgreSQL, MariaDB, SQLite; false: H2 stand-ins). */
    double passRate(boolean real) {
        long n = pairs.stream().filter(p -> p.target().real() == real).count();
        long ok = pairs.stream().filter(p -> p.target().real() == real && p.passed()).count();
        return n == 0 ? 1.0 : (double) ok / n;
    }
}
