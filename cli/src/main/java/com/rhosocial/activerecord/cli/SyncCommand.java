package com.rhosocial.activerecord.cli;

import picocli.CommandLine.Command;

/** Placeholder. */
@Command(name = "sync", mixinStandardHelpOptions = true)
final class SyncCommand extends BaseCommand {
    @Override
    public Integer call() {
        throw new CliException(ExitCodes.USAGE, "sync: not available yet");
    }
}
