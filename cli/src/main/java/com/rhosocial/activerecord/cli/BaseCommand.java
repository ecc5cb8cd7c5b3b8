package com.rhosocial.activerecord.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** What every command shares: the common options, the context, the output writers and reading an input. */
abstract class BaseCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @ParentCommand
    ActiveRecordCli parent;

    @Spec
    CommandSpec spec;

    CliContext context() {
        return parent.context;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A path resolved against the context's working directory. */
    Path resolve(Path p) {
        return context().workingDirectory().resolve(p);
    }

    /** Reads a file, or standard input for {@code -}; a missing file is a usage error. */
    String readInput(String fileOrDash) {
        try {
            if (fileOrDash == null || fileOrDash.equals("-")) {
                return new String(context().stdin().readAllBytes(), StandardCharsets.UTF_8);
            }
            Path p = resolve(Path.of(fileOrDash));
            if (!Files.isRegularFile(p)) {
                throw CliException.usage("no such file: " + p);
            }
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw CliException.usage("no such file: " + e.getFile());
        } catch (IOException e) {
            throw new CliException(ExitCodes.USAGE, "cannot read " + fileOrDash + ": " + e.getMessage(), e);
        }
    }

    /** The configuration of this run (see {@link Configs}). */
    Configs configs() {
        return new Configs(common.config == null ? null : resolve(common.config), context().workingDirectory());
    }
}
