/**
 * JMH suites for issue 7: the {@code jdbc:activerecord:} driver, the translator and the facade measured beside the
 * tools users would pick instead, in the same run. {@code bash benchmarks/run.sh} builds the runnable jar, runs a
 * short version of every suite and writes {@code docs/benchmarks.md} with
 * {@link com.rhosocial.activerecord.benchmarks.report.ReportGenerator}.
 *
 * <p>Suites: {@code driver} (overhead over a stub driver, no I/O), {@code server} (real PostgreSQL and MariaDB),
 * {@code translation} (a corpus of statements, beside jOOQ and JSqlParser) and {@code facade} (beside hand-written
 * JDBC and jOOQ).
 */
package com.rhosocial.activerecord.benchmarks;
