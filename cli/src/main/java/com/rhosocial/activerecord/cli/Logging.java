package com.rhosocial.activerecord.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/** Sets the log level for a run: warnings only by default (a command's output is its report), INFO with --verbose. */
final class Logging {

    private Logging() {
    }

    static void configure(boolean verbose) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx) {
            ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(verbose ? Level.INFO : Level.WARN);
            // HikariCP says "Starting..."/"Start completed" at INFO for every pool; keep that for --verbose.
            ctx.getLogger("com.zaxxer.hikari").setLevel(verbose ? Level.INFO : Level.WARN);
        }
    }
}
