package com.rhosocial.activerecord.cli;

import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the command line in-process and keeps what it printed: the shared fixture of the command tests. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(CliContext context, String... args) {
        CommandLine cl = ActiveRecordCli.commandLine(context);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Runs with the real translator in {@code dir}. */
    static CliRun in(Path dir, String... args) {
        return run(CliContext.defaults().withWorkingDirectory(dir), args);
    }

    /** Runs with the real translator in {@code dir}, {@code stdin} as standard input. */
    static CliRun withStdin(Path dir, String stdin, String... args) {
        return run(CliContext.defaults().withWorkingDirectory(dir)
                .withStdin(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))), args);
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
