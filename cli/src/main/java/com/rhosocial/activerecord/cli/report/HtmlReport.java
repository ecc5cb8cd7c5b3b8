package com.rhosocial.activerecord.cli.report;

import com.rhosocial.activerecord.cli.report.ReadinessReport.Finding;
import com.rhosocial.activerecord.cli.report.ReadinessReport.Group;
import com.rhosocial.activerecord.cli.report.ReadinessReport.Item;
import com.rhosocial.activerecord.cli.report.ReadinessReport.Status;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Renders a {@link ReadinessReport} as one self-contained HTML page (inline CSS, no scripts, no external files) for
 * someone who decides on the migration rather than reads SQL: the three counts first, then the constructs that need
 * work, then the statements themselves. The numbers carry ids ({@code count-clean}, {@code count-warnings},
 * {@code count-failed}, {@code count-total}) and each construct row a {@code data-rule}, so tools can read them back.
 */
public final class HtmlReport {

    private static final int MAX_STATEMENTS = 500;

    private HtmlReport() {
    }

    public static String render(ReadinessReport r) {
        StringBuilder h = new StringBuilder(16_384);
        String title = "Migration readiness: " + r.from().id() + " to " + r.to().id();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n");
        h.append("<p class=\"meta\">").append(r.total()).append(" statements (").append(r.distinct())
                .append(" distinct) from <code>").append(esc(r.source())).append("</code> (").append(esc(r.format()))
                .append("), generated ")
                .append(esc(ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME)))
                .append(" by <code>activerecord check</code>.</p>\n");

        int clean = r.count(Status.CLEAN);
        int warn = r.count(Status.WARNINGS);
        int failed = r.count(Status.FAILED);
        h.append("<div class=\"cards\">\n");
        card(h, "clean", "Translate cleanly", clean, r, "Run unchanged in meaning on " + r.to().id() + ".");
        card(h, "warnings", "With warnings", warn, r, "Translated; a construct may behave differently. Review.");
        card(h, "failed", "Cannot translate", failed, r, "Need a rewrite by hand before the move.");
        h.append("</div>\n");
        h.append("<p class=\"total\">Total: <strong id=\"count-total\">").append(r.total()).append("</strong>");
        if (r.hasWeights()) {
            h.append(", executions: clean <span id=\"calls-clean\">").append(r.calls(Status.CLEAN))
                    .append("</span>, with warnings <span id=\"calls-warnings\">").append(r.calls(Status.WARNINGS))
                    .append("</span>, failed <span id=\"calls-failed\">").append(r.calls(Status.FAILED)).append("</span>");
        }
        h.append("</p>\n");
        bar(h, r, clean, warn, failed);
        h.append("<p class=\"verdict\">").append(esc(verdict(r))).append("</p>\n");

        h.append("<h2>By construct</h2>\n");
        if (r.groups().isEmpty()) {
            h.append("<p>No construct needed attention.</p>\n");
        } else {
            h.append("<table class=\"groups\">\n<thead><tr><th>Construct</th><th>Statements</th><th>Failed</th>")
                    .append("<th>With warnings</th><th>First seen</th><th>What happens</th></tr></thead>\n<tbody>\n");
            for (Group g : r.groups()) {
                h.append("<tr data-rule=\"").append(esc(g.rule())).append("\"><td><code>").append(esc(g.rule()))
                        .append("</code></td><td class=\"n statements\">").append(g.statements())
                        .append("</td><td class=\"n failed\">").append(g.failed())
                        .append("</td><td class=\"n warnings\">").append(g.statements() - g.failed())
                        .append("</td><td>line ").append(g.exampleLine()).append("<br><code class=\"sql\">")
                        .append(esc(shorten(g.example(), 160))).append("</code></td><td>").append(esc(g.message()))
                        .append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }

        section(h, r, Status.FAILED, "Statements that cannot be translated");
        section(h, r, Status.WARNINGS, "Statements translated with warnings");
        section(h, r, Status.CLEAN, "Statements that translate cleanly");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void card(StringBuilder h, String key, String label, int n, ReadinessReport r, String hint) {
        h.append("<div class=\"card ").append(key).append("\"><div class=\"num\" id=\"count-").append(key).append("\">")
                .append(n).append("</div><div class=\"label\">").append(esc(label)).append("</div><div class=\"pct\">")
                .append(String.format(Locale.ROOT, "%.1f%%", r.percent(n))).append("</div><div class=\"hint\">")
                .append(esc(hint)).append("</div></div>\n");
    }

    private static void bar(StringBuilder h, ReadinessReport r, int clean, int warn, int failed) {
        if (r.total() == 0) {
            return;
        }
        h.append("<div class=\"bar\" role=\"img\" aria-label=\"").append(clean).append(" clean, ").append(warn)
                .append(" with warnings, ").append(failed).append(" failed\">");
        for (Object[] part : new Object[][] {{"clean", clean}, {"warnings", warn}, {"failed", failed}}) {
            int n = (Integer) part[1];
            if (n > 0) {
                h.append("<span class=\"").append(part[0]).append("\" style=\"width:")
                        .append(String.format(Locale.ROOT, "%.3f", r.percent(n))).append("%\"></span>");
            }
        }
        h.append("</div>\n");
    }

    private static String verdict(ReadinessReport r) {
        int failed = r.count(Status.FAILED);
        int warn = r.count(Status.WARNINGS);
        if (r.total() == 0) {
            return "The input held no statements.";
        }
        if (failed == 0 && warn == 0) {
            return "Every statement translates cleanly: the application can move by changing its JDBC URL.";
        }
        if (failed == 0) {
            return "Every statement translates; " + warn + " should be reviewed for the constructs listed below.";
        }
        return failed + " of " + r.total() + " statements need changes by hand before the move; start with the "
                + "constructs at the top of the table below.";
    }

    private static void section(StringBuilder h, ReadinessReport r, Status status, String title) {
        int n = r.count(status);
        if (n == 0) {
            return;
        }
        h.append("<details class=\"section ").append(status.name().toLowerCase(Locale.ROOT)).append("\"")
                .append(status == Status.CLEAN ? "" : " open").append(">\n<summary>").append(esc(title))
                .append(" (").append(n).append(")</summary>\n<table class=\"stmts\">\n<thead><tr><th>Line</th>")
                .append("<th>As written</th><th>Translated</th><th>Notes</th></tr></thead>\n<tbody>\n");
        int shown = 0;
        for (Item i : r.items()) {
            if (i.status() != status) {
                continue;
            }
            if (++shown > MAX_STATEMENTS) {
                h.append("<tr><td colspan=\"4\">... and ").append(n - MAX_STATEMENTS).append(" more</td></tr>\n");
                break;
            }
            h.append("<tr><td class=\"n\">").append(i.statement().line()).append("</td><td><pre>")
                    .append(esc(i.statement().sql())).append("</pre></td><td><pre>")
                    .append(i.translated() == null ? "" : esc(i.translated())).append("</pre></td><td>");
            for (Finding f : i.findings()) {
                h.append("<div><code>").append(esc(f.rule())).append("</code>");
                if (f.column() > 0) {
                    h.append(" (line ").append(f.line()).append(", column ").append(f.column()).append(')');
                }
                h.append(": ").append(esc(f.message())).append("</div>");
            }
            h.append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</details>\n");
    }

    private static String shorten(String s, int max) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > max ? one.substring(0, max - 1) + "…" : one;
    }

    /** Escapes text for HTML element content and attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final String CSS = String.join("\n",
            "body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:1100px;"
                    + "padding:0 1rem;color:#1f2328;line-height:1.45}",
            "h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2rem;font-size:1.2rem}",
            ".meta{color:#59636e}.total{margin:.6rem 0}",
            ".cards{display:flex;gap:1rem;flex-wrap:wrap;margin-top:1rem}",
            ".card{flex:1;min-width:200px;border-radius:8px;padding:1rem;border:1px solid #d1d9e0}",
            ".card .num{font-size:2.4rem;font-weight:700}.card .label{font-weight:600}.card .pct{color:#59636e}",
            ".card .hint{font-size:.85rem;color:#59636e;margin-top:.4rem}",
            ".card.clean{background:#dafbe1}.card.warnings{background:#fff8c5}.card.failed{background:#ffebe9}",
            ".bar{display:flex;height:14px;border-radius:7px;overflow:hidden;margin:1rem 0;background:#eee}",
            ".bar .clean{background:#2da44e}.bar .warnings{background:#d4a72c}.bar .failed{background:#cf222e}",
            ".verdict{font-weight:600}",
            "table{border-collapse:collapse;width:100%;font-size:.9rem}",
            "th,td{border-bottom:1px solid #d1d9e0;padding:.35rem .5rem;text-align:left;vertical-align:top}",
            "th{background:#f6f8fa}td.n{text-align:right;font-variant-numeric:tabular-nums}",
            "pre{margin:0;white-space:pre-wrap;word-break:break-word;font-size:.85rem}",
            "code.sql{font-size:.8rem;color:#59636e}",
            "details.section{margin-top:1.5rem}summary{font-weight:600;cursor:pointer;font-size:1.05rem}",
            "details.failed summary{color:#cf222e}details.warnings summary{color:#9a6700}",
            "");
}
