package com.rhosocial.activerecord.cli;

import com.rhosocial.activerecord.config.ActiveRecordConfig;
import com.rhosocial.activerecord.config.DataSourceDefinition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the {@code activerecord.yaml} of a run: {@code --config FILE} when given, else {@code ./activerecord.yaml}
 * in the working directory (what a user at a terminal expects), else the library's own lookup (system property
 * {@code activerecord.config}, variable {@code ACTIVERECORD_CONFIG}, classpath). Configuration problems become
 * usage errors (exit 2) with the configuration module's message, which names file, line and key.
 */
final class Configs {

    static final String FILE_NAME = "activerecord.yaml";

    private final Path explicit;
    private final Path workingDirectory;
    private ActiveRecordConfig loaded;

    Configs(Path explicit, Path workingDirectory) {
        this.explicit = explicit;
        this.workingDirectory = workingDirectory;
    }

    /** The file that {@link #config()} reads, when it reads one (null for the library's lookup). */
    Path file() {
        if (explicit != null) {
            return explicit;
        }
        Path local = workingDirectory.resolve(FILE_NAME);
        return Files.isRegularFile(local) ? local : null;
    }

    ActiveRecordConfig config() {
        if (loaded == null) {
            try {
                Path f = file();
                if (explicit != null && !Files.isRegularFile(explicit)) {
                    throw CliException.usage("configuration file " + explicit + " does not exist");
                }
                loaded = f != null ? ActiveRecordConfig.load(f) : ActiveRecordConfig.load();
            } catch (IllegalArgumentException e) {
                // ConfigurationException is an IllegalArgumentException whose message names file, line and key.
                throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
            }
        }
        return loaded;
    }

    /** Where the configuration came from, for messages. */
    String describe() {
        return config().source().orElse("(no activerecord.yaml found)");
    }

    /** The named datasource; an unknown name is a usage error listing the configured ones. */
    DataSourceDefinition require(String name) {
        try {
            return config().require(name);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage() + " (configuration: " + describe() + ")", e);
        }
    }

    /** The named datasources, or all of them when {@code names} is empty; none configured is a usage error. */
    List<DataSourceDefinition> select(List<String> names) {
        List<DataSourceDefinition> out = new ArrayList<>();
        if (names == null || names.isEmpty()) {
            out.addAll(config().datasources().values());
            if (out.isEmpty()) {
                throw CliException.usage("no datasources configured (configuration: " + describe()
                        + "); give --config FILE or create ./" + FILE_NAME);
            }
        } else {
            for (String n : names) {
                out.add(require(n));
            }
        }
        return out;
    }
}
