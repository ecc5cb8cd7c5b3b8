package com.rhosocial.activerecord.cli.report;

import com.rhosocial.activerecord.cli.CliContext;
import com.rhosocial.activerecord.cli.input.SqlStatement;
import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.Outcome;
import com.rhosocial.activerecord.dialect.Translation;
import com.rhosocial.activerecord.dialect.TranslationException;
import com.rhosocial.activerecord.dialect.TranslationWarning;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How ready a set of statements is to run on another database: each statement translated and classed as clean,
 * with warnings (translated, but a construct may not keep its meaning) or failed (the translator refused it or
 * marked it unsupported), and the findings grouped by construct (the translator's rule name). Immutable once built.
 */
public final class ReadinessReport {

    /** How one statement fared. */
    public enum Status { CLEAN, WARNINGS, FAILED }

    /** One note about a construct, with its line in the input (not in the statement). */
    public record Finding(String rule, int line, int column, String message) {
    }

    /** One statement, its status, the target SQL (null when it failed) and its findings. */
    public record Item(SqlStatement statement, Status status, Outcome outcome, String translated, List<Finding> findings) {
    }

    /**
     * The statements in which one construct (rule) was found.
     *
     * @param rule the translator's rule name
     * @param statements statements with at least one finding of this rule
     * @param failed of those, the ones that failed
     * @param calls the statements' weights summed (executions, for {@code pg_stat_statements})
     * @param example the first such statement
     * @param exampleLine its line in the input
     * @param message the first finding's message
     */
    public record Group(String rule, int statements, int failed, long calls, String example, int exampleLine, String message) {
    }

    /** Rule name used when a statement fails without naming one. */
    public static final String UNNAMED_RULE = "unsupported";

    private final String source;
    private final String format;
    private final Dialect from;
    private final Dialect to;
    private final List<Item> items;

    private ReadinessReport(String source, String format, Dialect from, Dialect to, List<Item> items) {
        this.source = source;
        this.format = format;
        this.from = from;
        this.to = to;
        this.items = List.copyOf(items);
    }

    /** Translates every statement with {@code translator} and classes the results. */
    public static ReadinessReport build(String source, String format, List<SqlStatement> statements, Dialect from,
                                        Dialect to, CliContext.Translator translator) {
        List<Item> items = new ArrayList<>(statements.size());
        for (SqlStatement s : statements) {
            items.add(classify(s, from, to, translator));
        }
        return new ReadinessReport(source, format, from, to, items);
    }

    static Item classify(SqlStatement s, Dialect from, Dialect to, CliContext.Translator translator) {
        try {
            Translation t = translator.translate(s.sql(), from, to);
            List<Finding> findings = new ArrayList<>();
            for (TranslationWarning w : t.warnings()) {
                findings.add(new Finding(w.rule(), absoluteLine(s, w.line()), w.column(), w.message()));
            }
            if (t.outcome() == Outcome.UNSUPPORTED) {
                if (findings.isEmpty()) {
                    findings.add(new Finding(UNNAMED_RULE, s.line(), 0, "the target cannot express this statement"));
                }
                return new Item(s, Status.FAILED, t.outcome(), null, findings);
            }
            return new Item(s, findings.isEmpty() ? Status.CLEAN : Status.WARNINGS, t.outcome(), t.sql(), findings);
        } catch (TranslationException e) {
            String rule = e.rule() == null || e.rule().isBlank() ? UNNAMED_RULE : e.rule();
            return new Item(s, Status.FAILED, Outcome.UNSUPPORTED, null,
                    List.of(new Finding(rule, absoluteLine(s, e.line()), e.column(), e.getMessage())));
        } catch (SQLException | RuntimeException e) {
            // A translator bug must not end the report: count the statement as failed and say why.
            return new Item(s, Status.FAILED, Outcome.UNSUPPORTED, null,
                    List.of(new Finding("error", s.line(), 0, e.getClass().getSimpleName() + ": " + e.getMessage())));
        }
    }

    private static int absoluteLine(SqlStatement s, int lineInStatement) {
        return lineInStatement > 0 ? s.line() + lineInStatement - 1 : s.line();
    }

    public String source() {
        return source;
    }

    /** The input format's description ("MySQL general log", ...). */
    public String format() {
        return format;
    }

    public Dialect from() {
        return from;
    }

    public Dialect to() {
        return to;
    }

    public List<Item> items() {
        return items;
    }

    public int total() {
        return items.size();
    }

    /** Statements with this status. */
    public int count(Status status) {
        return (int) items.stream().filter(i -> i.status() == status).count();
    }

    /** Counts per status, in the order clean, warnings, failed. */
    public Map<Status, Integer> counts() {
        Map<Status, Integer> m = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            m.put(s, count(s));
        }
        return m;
    }

    /** Executions (weights) summed for this status. */
    public long calls(Status status) {
        return items.stream().filter(i -> i.status() == status).mapToLong(i -> i.statement().weight()).sum();
    }

    /** True when any statement carries a weight other than 1 (then executions are worth showing). */
    public boolean hasWeights() {
        return items.stream().anyMatch(i -> i.statement().weight() != 1);
    }

    /** Distinct statement texts (whitespace runs collapsed). */
    public int distinct() {
        Set<String> seen = new HashSet<>();
        for (Item i : items) {
            seen.add(i.statement().sql().replaceAll("\\s+", " "));
        }
        return seen.size();
    }

    /** Percentage of {@code n} in the total, 0 when there are no statements. */
    public double percent(int n) {
        return items.isEmpty() ? 0 : 100.0 * n / items.size();
    }

    /** Findings grouped by rule; most failures first, then most statements, then by name. */
    public List<Group> groups() {
        Map<String, int[]> counts = new LinkedHashMap<>();      // rule -> {statements, failed}
        Map<String, long[]> calls = new LinkedHashMap<>();
        Map<String, Item> firstItem = new LinkedHashMap<>();
        Map<String, Finding> firstFinding = new LinkedHashMap<>();
        for (Item item : items) {
            Set<String> rulesHere = new HashSet<>();
            for (Finding f : item.findings()) {
                if (!rulesHere.add(f.rule())) {
                    continue; // a statement counts once per rule
                }
                int[] c = counts.computeIfAbsent(f.rule(), k -> new int[2]);
                c[0]++;
                if (item.status() == Status.FAILED) {
                    c[1]++;
                }
                calls.computeIfAbsent(f.rule(), k -> new long[1])[0] += item.statement().weight();
                firstItem.putIfAbsent(f.rule(), item);
                firstFinding.putIfAbsent(f.rule(), f);
            }
        }
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            Item first = firstItem.get(e.getKey());
            groups.add(new Group(e.getKey(), e.getValue()[0], e.getValue()[1], calls.get(e.getKey())[0],
                    first.statement().sql(), first.statement().line(), firstFinding.get(e.getKey()).message()));
        }
        groups.sort(Comparator.comparingInt(Group::failed).reversed()
                .thenComparing(Comparator.comparingInt(Group::statements).reversed())
                .thenComparing(Group::rule));
        return groups;
    }
}
