package com.rhosocial.activerecord.cli;

import picocli.CommandLine.Command;

/** Placeholder. */
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand extends BaseCommand {
    @Override
    public Integer call() {
        throw new CliException(ExitCodes.USAGE, "demo: not available yet");
    }
}
