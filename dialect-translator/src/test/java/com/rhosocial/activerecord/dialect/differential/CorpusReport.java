package com.rhosocial.activerecord.dialect.differential;

import com.rhosocial.activerecord.dialect.Dialect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Renders a {@link CorpusRun} as Markdown: pass rates per (source, target) and per (category, target), the
 * largest failure groups (construct, source to target) with an example, and every failing pair. Also writes the
 * list of passing pairs in the must-pass format, so the list can be grown by copying lines from it.
 */
final class CorpusReport {

    private CorpusReport() {
    }

    static String render(CorpusRun run, java.util.function.Predicate<CorpusRun.PairResult> mustPass) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Differential corpus report\n\n");
        sb.append("Generated ").append(Instant.now()).append(" in ").append(run.millis).append(" ms; ")
                .append(run.cases.size()).append(" cases, ").append(run.pairs.size()).append(" (case, target) pairs")
                .append(run.filtered ? " (FILTERED run)" : "").append(".\n");
        sb.append("Targets marked [H2] run on H2 compatibility modes as stand-ins for Oracle and SQL Server, not on the real servers.\n\n");
        long realN = run.pairs.stream().filter(p -> p.target().real()).count();
        long realOk = run.pairs.stream().filter(p -> p.target().real() && p.passed()).count();
        long h2N = run.pairs.size() - realN;
        long h2Ok = run.pairs.stream().filter(p -> !p.target().real() && p.passed()).count();
        sb.append("**Real targets (PostgreSQL, MariaDB, SQLite): ").append(cell(realOk, realN)).append("**; ")
                .append("H2 stand-ins: ").append(cell(h2Ok, h2N)).append(".\n\n");
        long srcErr = run.sources.values().stream().filter(s -> !s.ok()).count();
        if (srcErr > 0) {
            sb.append("**").append(srcErr).append(" cases failed on their source (corpus errors, not counted):**\n\n");
            run.sources.values().stream().filter(s -> !s.ok()).forEach(s ->
                    sb.append("- `").append(s.c().id()).append("`: ").append(oneLine(s.error(), 300)).append('\n'));
            sb.append('\n');
        }
        List<CorpusRun.PairResult> regressed = run.pairs.stream().filter(p -> !p.passed() && mustPass.test(p)).toList();
        if (!regressed.isEmpty()) {
            sb.append("## Must-pass regressions (").append(regressed.size()).append(")\n\n");
            for (CorpusRun.PairResult p : regressed) {
                sb.append("- `").append(p.c().id()).append("` -> ").append(p.target().label()).append(": ")
                        .append(md(oneLine(p.detail(), 200))).append("  \n  sql: `")
                        .append(oneLine(p.sql(), 240).replace('`', '\'')).append("`\n");
            }
            sb.append('\n');
        }
        sb.append("## By source and target\n\n");
        table(sb, run, p -> p.c().source().id(), "source");
        sb.append("\n## By category and target\n\n");
        table(sb, run, p -> p.c().category(), "category");
        sb.append("\n## By construct (first tag) and target\n\n");
        table(sb, run, p -> p.c().construct(), "construct");
        sb.append("\n## Largest failure groups\n\n| count | construct | source -> target | example | detail |\n|---|---|---|---|---|\n");
        Map<String, List<CorpusRun.PairResult>> groups = new LinkedHashMap<>();
        for (CorpusRun.PairResult p : run.pairs) {
            if (!p.passed()) {
                groups.computeIfAbsent(p.c().construct() + "\t" + p.c().source().id() + " -> " + p.target().label(),
                        k -> new ArrayList<>()).add(p);
            }
        }
        groups.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<String, List<CorpusRun.PairResult>> e) -> -e.getValue().size()))
                .limit(60).forEach(e -> {
                    String[] k = e.getKey().split("\t");
                    CorpusRun.PairResult ex = e.getValue().get(0);
                    sb.append("| ").append(e.getValue().size()).append(" | ").append(k[0]).append(" | ").append(k[1])
                            .append(" | `").append(ex.c().id()).append("` | ").append(md(oneLine(ex.detail(), 160))).append(" |\n");
                });
        sb.append("\n## Every failing pair\n\n");
        for (CorpusRun.PairResult p : run.pairs) {
            if (!p.passed()) {
                sb.append("- `").append(p.c().id()).append("` ").append(p.c().source().id()).append(" -> ")
                        .append(p.target().label()).append(" ").append(p.status()).append(": ")
                        .append(md(oneLine(p.detail(), 240))).append("  \n  sql: `").append(oneLine(p.sql(), 240).replace('`', '\''))
                        .append("`\n");
            }
        }
        return sb.toString();
    }

    private static void table(StringBuilder sb, CorpusRun run, Function<CorpusRun.PairResult, String> rowKey, String title) {
        Map<String, Map<Engine, long[]>> m = new TreeMap<>();
        for (CorpusRun.PairResult p : run.pairs) {
            long[] c = m.computeIfAbsent(rowKey.apply(p), k -> new LinkedHashMap<>()).computeIfAbsent(p.target(), k -> new long[2]);
            c[1]++;
            if (p.passed()) {
                c[0]++;
            }
        }
        sb.append("| ").append(title);
        for (Engine e : Engine.values()) {
            sb.append(" | ").append(e.label()).append(e.real() ? "" : " [H2]");
        }
        sb.append(" | real targets |\n|---");
        for (int i = 0; i <= Engine.values().length; i++) {
            sb.append("|---");
        }
        sb.append("|\n");
        for (Map.Entry<String, Map<Engine, long[]>> row : m.entrySet()) {
            sb.append("| ").append(row.getKey());
            long ok = 0;
            long n = 0;
            for (Engine e : Engine.values()) {
                long[] c = row.getValue().get(e);
                sb.append(" | ").append(c == null ? "-" : cell(c[0], c[1]));
                if (c != null && e.real()) {
                    ok += c[0];
                    n += c[1];
                }
            }
            sb.append(" | ").append(cell(ok, n)).append(" |\n");
        }
    }

    static String cell(long ok, long n) {
        return n == 0 ? "-" : String.format("%d/%d (%.0f%%)", ok, n, 100.0 * ok / n);
    }

    private static String oneLine(String s, int max) {
        if (s == null) {
            return "";
        }
        String t = s.replaceAll("\\s+", " ").trim();
        return t.length() > max ? t.substring(0, max) + "..." : t;
    }

    private static String md(String s) {
        return s.replace("|", "\\|");
    }

    static void write(CorpusRun run, java.util.function.Predicate<CorpusRun.PairResult> mustPass) throws IOException {
        Path dir = Path.of("target");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("corpus-report.md"), render(run, mustPass));
        StringBuilder passing = new StringBuilder("# Passing (case, target) pairs of the last run, in must-pass.txt format\n");
        for (CorpusRun.PairResult p : run.pairs) {
            if (p.passed()) {
                passing.append(p.c().id()).append(' ').append(p.target().label()).append('\n');
            }
        }
        Files.writeString(dir.resolve("corpus-passing.txt"), passing.toString());
    }

    /** A compact summary for the console: one line per source dialect and one per category. */
    static String summary(CorpusRun run) {
        StringBuilder sb = new StringBuilder();
        java.util.Set<String> rows = new java.util.LinkedHashSet<>();
        for (Dialect d : Dialect.values()) {
            rows.add(d.id());
        }
        rows.addAll(new java.util.TreeSet<>(CorpusCase.CATEGORIES));
        for (String key : rows) {
            java.util.function.Predicate<CorpusRun.PairResult> in = p -> p.c().source().id().equals(key)
                    || p.c().category().equals(key);
            if (run.pairs.stream().noneMatch(in)) {
                continue;
            }
            sb.append(String.format("%-10s", key));
            for (Engine e : Engine.values()) {
                long t = run.pairs.stream().filter(p -> in.test(p) && p.target() == e).count();
                long ok = run.pairs.stream().filter(p -> in.test(p) && p.target() == e && p.passed()).count();
                sb.append(String.format(" %s=%s", e.label(), cell(ok, t)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
