package com.rhosocial.activerecord.cli;

import com.rhosocial.activerecord.backend.Masking;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The {@code activerecord} command: entry point of {@code cli/target/activerecord.jar}.
 *
 * <pre>{@code
 * java -jar cli/target/activerecord.jar demo
 * java -jar cli/target/activerecord.jar translate --from mysql --to postgresql queries.sql
 * }</pre>
 *
 * <p>Errors are printed as one line (passwords masked) and mapped to the {@link ExitCodes}; stack traces appear only
 * with {@code --verbose}. Not thread-safe: build one {@link CommandLine} per run with {@link #commandLine(CliContext)}.
 */
@Command(name = "activerecord", mixinStandardHelpOptions = true, versionProvider = ActiveRecordCli.Version.class,
        description = "rhosocial ActiveRecord: run legacy SQL on another database, check a migration, test datasources.",
        subcommands = {DemoCommand.class, TranslateCommand.class, CheckCommand.class, PingCommand.class,
                SyncCommand.class, VerifyCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:ok",
                "1:failures found (untranslatable statements, mismatches, failed steps)",
                "2:usage or configuration error",
                "3:connection error"})
public final class ActiveRecordCli implements Runnable {

    final CliContext context;

    @Spec
    CommandSpec spec;

    public ActiveRecordCli(CliContext context) {
        this.context = context;
    }

    /** Runs the command line and exits the JVM with its exit code. */
    public static void main(String[] args) {
        System.exit(run(CliContext.defaults(), args));
    }

    /** Runs the command line in-process with the real output streams and returns the exit code. */
    public static int run(CliContext context, String... args) {
        return commandLine(context).execute(args);
    }

    /**
     * A configured {@link CommandLine}: exception handling and exit codes as documented. Callers may set its out and
     * err writers before {@code execute}.
     */
    public static CommandLine commandLine(CliContext context) {
        CommandLine cl = new CommandLine(new ActiveRecordCli(context));
        cl.registerConverter(com.rhosocial.activerecord.dialect.Dialect.class, com.rhosocial.activerecord.dialect.Dialect::of);
        cl.setExecutionExceptionHandler(ActiveRecordCli::handleException);
        cl.setExecutionStrategy(pr -> {
            Logging.configure(isVerbose(pr));
            return new CommandLine.RunLast().execute(pr);
        });
        return cl;
    }

    @Override
    public void run() {
        // No subcommand: show what there is, and say it was a usage error.
        spec.commandLine().usage(spec.commandLine().getErr());
        throw CliException.usage("a command is required, e.g. 'activerecord demo'");
    }

    private static int handleException(Exception ex, CommandLine cl, ParseResult pr) {
        PrintWriter err = cl.getErr();
        int code = exitCodeOf(ex);
        err.println("error: " + Masking.maskText(messageOf(ex)));
        if (isVerbose(pr)) {
            printMaskedStackTrace(ex, err);
        } else if (!(ex instanceof CliException) || ex.getCause() != null) {
            err.println("(run with --verbose for details)");
        }
        err.flush();
        return code;
    }

    static int exitCodeOf(Throwable ex) {
        if (ex instanceof CliException ce) {
            return ce.exitCode();
        }
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof SQLException se && se.getSQLState() != null && se.getSQLState().startsWith("08")) {
                return ExitCodes.CONNECTION;
            }
        }
        if (ex instanceof IllegalArgumentException || ex instanceof IllegalStateException
                || ex instanceof UncheckedIOException || ex instanceof IOException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.FAILURES;
    }

    /**
     * The stack trace as {@code printStackTrace} writes it, masked: a driver's message in the chain may quote the
     * URL it was given, credentials included.
     */
    static void printMaskedStackTrace(Throwable ex, PrintWriter err) {
        StringWriter trace = new StringWriter();
        ex.printStackTrace(new PrintWriter(trace));
        err.print(Masking.maskText(trace.toString()));
    }

    static String messageOf(Throwable ex) {
        if (ex instanceof NoSuchFileException nf) {
            return "no such file: " + nf.getFile();
        }
        if (ex instanceof UncheckedIOException u && u.getCause() != null) {
            return messageOf(u.getCause());
        }
        String m = ex.getMessage();
        if (m == null || m.isBlank()) {
            return ex.getCause() != null ? messageOf(ex.getCause()) : ex.getClass().getSimpleName();
        }
        if (ex instanceof SQLException se && se.getSQLState() != null) {
            return m + " [SQLState " + se.getSQLState() + "]";
        }
        return m;
    }

    static boolean isVerbose(ParseResult pr) {
        for (ParseResult p = pr; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** The version from the build (resource filtered by Maven). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = ActiveRecordCli.class.getResourceAsStream("/activerecord-cli.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"activerecord " + p.getProperty("version", "(unknown version)"),
                    "Java " + System.getProperty("java.version")};
        }
    }
}
