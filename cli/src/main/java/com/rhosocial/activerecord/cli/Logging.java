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
            // The translator warns once per statement it passes through untranslated; translate, check and demo
            // report exactly that in their output, so the log line would only repeat it.
            ctx.getLogger("com.rhosocial.activerecord.dialect").setLevel(verbose ? Level.INFO : Level.ERROR);
        }
    }
}
