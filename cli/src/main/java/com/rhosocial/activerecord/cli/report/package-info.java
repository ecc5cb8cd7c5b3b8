/**
 * Reports of the command line: the migration-readiness report of {@code check} (built once, rendered as terminal
 * text and as a self-contained HTML page) and the small text tables of {@code demo} and {@code ping}.
 */
package com.rhosocial.activerecord.cli.report;
