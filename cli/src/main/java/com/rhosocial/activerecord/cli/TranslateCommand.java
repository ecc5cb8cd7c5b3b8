package com.rhosocial.activerecord.cli;

import com.rhosocial.activerecord.cli.input.SqlStatement;
import com.rhosocial.activerecord.cli.input.StatementSplitter;
import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.Outcome;
import com.rhosocial.activerecord.dialect.Translation;
import com.rhosocial.activerecord.dialect.TranslationException;
import com.rhosocial.activerecord.dialect.TranslationWarning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * {@code translate}: prints each statement of a script translated into another dialect, as a script that can be run
 * there. Notes and warnings are SQL comments, so the output stays runnable; a statement that cannot be translated is
 * printed as written behind a {@code -- FAILED} comment.
 */
@Command(name = "translate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Translate SQL statements (separated by ';') from one dialect to another.",
                "Dialects: mysql, mariadb, postgresql, oracle, sqlserver, sqlite."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:translated (failures are reported, but only --strict turns them into exit 1)",
                "1:--strict and at least one statement could not be translated",
                "2:usage error (unknown dialect, unreadable file)"})
final class TranslateCommand extends BaseCommand {

    @Option(names = "--from", required = true, paramLabel = "DIALECT", description = "Dialect the SQL is written in.")
    Dialect from;

    @Option(names = "--to", required = true, paramLabel = "DIALECT", description = "Dialect to translate into.")
    Dialect to;

    @Option(names = {"-e", "--sql"}, paramLabel = "SQL", description = "Translate this text instead of a file.")
    String sql;

    @Option(names = "--strict", description = "Exit with 1 when any statement cannot be translated.")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "Print only the translated SQL, no notes or warnings.")
    boolean quiet;

    @Parameters(arity = "0..1", paramLabel = "FILE|-", description = "Script to translate; '-' or none reads standard input.")
    String file;

    @Override
    public Integer call() {
        if (sql != null && file != null) {
            throw CliException.usage("give either --sql or a FILE, not both");
        }
        String text = sql != null ? sql : readInput(file);
        List<SqlStatement> statements = StatementSplitter.forDialect(from).split(text);
        PrintWriter out = out();
        int failed = 0;
        int warned = 0;
        int changed = 0;
        for (SqlStatement s : statements) {
            try {
                Translation t = context().translator().translate(s.sql(), from, to);
                if (t.outcome() == Outcome.UNSUPPORTED) {
                    failed++;
                    printFailed(out, s, t.warnings().isEmpty() ? "the target cannot express this statement"
                            : t.warnings().get(0).toString());
                    continue;
                }
                if (t.outcome() != Outcome.UNCHANGED) {
                    changed++;
                }
                if (!quiet) {
                    out.printf(Locale.ROOT, "-- line %d: %s%n", s.line(), t.outcome().name().toLowerCase(Locale.ROOT));
                    for (TranslationWarning w : t.warnings()) {
                        out.println("-- warning: " + w);
                    }
                }
                warned += t.warnings().isEmpty() ? 0 : 1;
                for (String target : t.statements()) {
                    out.println(target + ";");
                }
            } catch (TranslationException e) {
                failed++;
                printFailed(out, s, e.getMessage());
            }
        }
        if (!quiet) {
            out.printf(Locale.ROOT, "-- %d statements, %s -> %s: %d rewritten, %d with warnings, %d failed%n",
                    statements.size(), from.id(), to.id(), changed, warned, failed);
        }
        out.flush();
        if (failed > 0 && strict) {
            err().printf(Locale.ROOT, "%d of %d statements could not be translated%n", failed, statements.size());
            return ExitCodes.FAILURES;
        }
        return ExitCodes.OK;
    }

    private void printFailed(PrintWriter out, SqlStatement s, String why) {
        out.printf(Locale.ROOT, "-- line %d: FAILED: %s%n", s.line(), why.replace('\n', ' '));
        if (!quiet) {
            out.println("-- as written:");
        }
        out.println(s.sql() + ";");
    }
}
