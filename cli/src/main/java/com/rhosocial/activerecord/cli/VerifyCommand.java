package com.rhosocial.activerecord.cli;

import picocli.CommandLine.Command;

/** Placeholder. */
@Command(name = "verify", mixinStandardHelpOptions = true)
final class VerifyCommand extends BaseCommand {
    @Override
    public Integer call() {
        throw new CliException(ExitCodes.USAGE, "verify: not available yet");
    }
}
