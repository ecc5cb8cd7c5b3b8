package com.rhosocial.activerecord.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every command has besides {@code --help}: the configuration file and verbosity. */
final class CommonOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "activerecord.yaml to use (default: ./activerecord.yaml, then -Dactiverecord.config, "
                    + "ACTIVERECORD_CONFIG, activerecord.yaml on the classpath).")
    Path config;

    @Option(names = {"-v", "--verbose"}, description = "Log more and print stack traces on errors.")
    boolean verbose;
}
