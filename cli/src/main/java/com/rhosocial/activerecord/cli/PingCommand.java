package com.rhosocial.activerecord.cli;

import picocli.CommandLine.Command;

/** Placeholder. */
@Command(name = "ping", mixinStandardHelpOptions = true)
final class PingCommand extends BaseCommand {
    @Override
    public Integer call() {
        throw new CliException(ExitCodes.USAGE, "ping: not available yet");
    }
}
