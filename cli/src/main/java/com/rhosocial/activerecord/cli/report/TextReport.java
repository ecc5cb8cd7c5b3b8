package com.rhosocial.activerecord.cli.report;

import com.rhosocial.activerecord.cli.report.ReadinessReport.Group;
import com.rhosocial.activerecord.cli.report.ReadinessReport.Item;
import com.rhosocial.activerecord.cli.report.ReadinessReport.Status;

import java.io.PrintWriter;
import java.util.Locale;

/** Renders a {@link ReadinessReport} for the terminal: the three counts, the constructs, the failed statements. */
public final class TextReport {

    private static final int MAX_LISTED = 20;

    private TextReport() {
    }

    public static void print(ReadinessReport r, PrintWriter out) {
        out.printf(Locale.ROOT, "Migration readiness: %s -> %s, %d statements (%d distinct) from %s (%s)%n",
                r.from().id(), r.to().id(), r.total(), r.distinct(), r.source(), r.format());
        printCount(out, r, "clean", Status.CLEAN);
        printCount(out, r, "with warnings", Status.WARNINGS);
        printCount(out, r, "failed", Status.FAILED);
        if (!r.groups().isEmpty()) {
            out.println();
            out.println("By construct:");
            TextTable t = new TextTable("construct", "statements", "failed", "first seen", "note");
            for (Group g : r.groups()) {
                t.row(g.rule(), g.statements(), g.failed(), "line " + g.exampleLine(), g.message());
            }
            t.print(out, "  ");
        }
        int listed = 0;
        for (Item i : r.items()) {
            if (i.status() != Status.FAILED) {
                continue;
            }
            if (listed == 0) {
                out.println();
                out.println("Failed statements:");
            }
            if (++listed > MAX_LISTED) {
                out.printf(Locale.ROOT, "  ... and %d more (see the HTML report)%n", r.count(Status.FAILED) - MAX_LISTED);
                break;
            }
            out.printf(Locale.ROOT, "  line %d: %s%n", i.statement().line(), TextTable.cell(i.statement().sql()));
            i.findings().forEach(f -> out.printf(Locale.ROOT, "    %s: %s%n", f.rule(), f.message()));
        }
    }

    private static void printCount(PrintWriter out, ReadinessReport r, String label, Status s) {
        int n = r.count(s);
        String calls = r.hasWeights() ? String.format(Locale.ROOT, ", %d executions", r.calls(s)) : "";
        out.printf(Locale.ROOT, "  %-14s %6d  (%5.1f%%%s)%n", label, n, r.percent(n), calls);
    }
}
