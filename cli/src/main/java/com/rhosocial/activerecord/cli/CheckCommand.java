package com.rhosocial.activerecord.cli;

import com.rhosocial.activerecord.cli.input.InputFormat;
import com.rhosocial.activerecord.cli.input.SqlStatement;
import com.rhosocial.activerecord.cli.input.StatementReader;
import com.rhosocial.activerecord.cli.report.HtmlReport;
import com.rhosocial.activerecord.cli.report.ReadinessReport;
import com.rhosocial.activerecord.cli.report.TextReport;
import com.rhosocial.activerecord.dialect.Dialect;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code check}: a migration-readiness report over a script or a query log, on the terminal and as an HTML page.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Report how many statements of a script or query log translate cleanly, with warnings, "
                + "or not, grouped by construct, on the terminal and as a self-contained HTML page.",
                "Inputs: a SQL script, a MySQL general query log, or a pg_stat_statements CSV export (query column)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no statement failed (or --fail-on never)",
                "1:at least one statement failed (with --fail-on warnings: or had warnings)",
                "2:usage error (unknown dialect or format, unreadable input, report not writable)"})
final class CheckCommand extends BaseCommand {

    /** When {@code check} exits with 1. */
    enum FailOn { FAILURES, WARNINGS, NEVER }

    @Option(names = "--from", required = true, paramLabel = "DIALECT", description = "Dialect the statements are written in.")
    Dialect from;

    @Option(names = "--to", required = true, paramLabel = "DIALECT", description = "Dialect of the database to move to.")
    Dialect to;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto (default), sql, mysql-log or pg-csv.")
    String format;

    @Option(names = "--html", paramLabel = "FILE", defaultValue = "activerecord-report.html",
            description = "Where to write the HTML report (default: ${DEFAULT-VALUE} in the working directory).")
    Path html;

    @Option(names = "--no-html", description = "Do not write the HTML report.")
    boolean noHtml;

    @Option(names = "--fail-on", paramLabel = "WHEN", defaultValue = "failures",
            description = "Exit with 1 on: failures (default), warnings, never.")
    String failOn;

    @Parameters(index = "0", paramLabel = "FILE|-", description = "Script or log to check; '-' reads standard input.")
    String file;

    @Override
    public Integer call() {
        FailOn policy = parseFailOn(failOn);
        String text = readInput(file);
        String name = file.equals("-") ? "standard input" : file;
        InputFormat fmt = format.equalsIgnoreCase("auto") ? InputFormat.detect(name, text) : parseFormat(format);
        List<SqlStatement> statements = StatementReader.read(text, fmt, from);
        ReadinessReport report = ReadinessReport.build(name, fmt.description(), statements, from, to,
                context().translator());
        TextReport.print(report, out());
        if (!noHtml) {
            Path target = resolve(html);
            try {
                if (target.getParent() != null) {
                    Files.createDirectories(target.getParent());
                }
                Files.writeString(target, HtmlReport.render(report), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CliException(ExitCodes.USAGE, "cannot write the HTML report to " + target + ": " + e.getMessage(), e);
            }
            out().println();
            out().println("HTML report: " + target);
        }
        out().flush();
        int failed = report.count(ReadinessReport.Status.FAILED);
        int warned = report.count(ReadinessReport.Status.WARNINGS);
        boolean fail = policy == FailOn.FAILURES && failed > 0 || policy == FailOn.WARNINGS && failed + warned > 0;
        return fail ? ExitCodes.FAILURES : ExitCodes.OK;
    }

    private static InputFormat parseFormat(String f) {
        try {
            return InputFormat.of(f);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
    }

    private static FailOn parseFailOn(String v) {
        try {
            return FailOn.valueOf(v.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--fail-on must be failures, warnings or never; got '" + v + "'");
        }
    }
}
