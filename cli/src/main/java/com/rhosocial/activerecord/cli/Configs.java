package com.rhosocial.activerecord.cli;

import java.nio.file.Path;

/** Placeholder until the configuration module lands. */
final class Configs {
    final Path explicit;
    final Path workingDirectory;

    Configs(Path explicit, Path workingDirectory) {
        this.explicit = explicit;
        this.workingDirectory = workingDirectory;
    }
}
