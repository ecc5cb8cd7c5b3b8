package com.rhosocial.activerecord.cli;

/**
 * The exit codes every command uses, so that scripts can rely on them.
 */
public final class ExitCodes {

    /** Everything ran and nothing failed. */
    public static final int OK = 0;
    /** The command ran and found failures: untranslatable statements, mismatching rows, a failed demo step. */
    public static final int FAILURES = 1;
    /** Bad command line, unreadable input, invalid or missing configuration. */
    public static final int USAGE = 2;
    /** A database could not be reached (SQLState class 08) or a datasource failed to connect. */
    public static final int CONNECTION = 3;

    private ExitCodes() {
    }
}
