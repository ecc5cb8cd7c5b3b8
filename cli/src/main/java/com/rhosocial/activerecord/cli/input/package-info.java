/**
 * Reading SQL for the {@code translate} and {@code check} commands: a script splitter that respects quotes,
 * comments and dollar quoting, and readers for a MySQL general query log and a {@code pg_stat_statements} CSV export.
 */
package com.rhosocial.activerecord.cli.input;
