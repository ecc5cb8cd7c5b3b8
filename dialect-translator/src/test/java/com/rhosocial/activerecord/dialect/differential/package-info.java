/**
 * Differential tests of the translator against real databases: a hand-written corpus of legacy SQL
 * ({@code src/test/resources/corpus/}) is run natively on its source database and, translated, on every other
 * target; the rows are compared after a documented normalisation ({@link com.rhosocial.activerecord.dialect.differential.ValueComparator}).
 *
 * <p>Real targets are PostgreSQL, MariaDB and SQLite. Oracle and SQL Server targets run on H2 in
 * {@code MODE=Oracle} / {@code MODE=MSSQLServer}: H2 stand-ins, not the real servers, and reported as such.
 * Oracle and SQL Server source cases carry rows written by hand instead of a native run.
 */
package com.rhosocial.activerecord.dialect.differential;
