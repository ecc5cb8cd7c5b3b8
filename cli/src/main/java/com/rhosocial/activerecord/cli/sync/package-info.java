/**
 * A simple full-copy synchronization and a checksum verification between two datasources of different kinds, for the
 * {@code sync} and {@code verify} commands. Plain portable SQL ({@code SELECT *}, {@code DELETE}, {@code INSERT ...
 * VALUES (?, ...)}), values converted to the target column's JDBC type, rows compared in a normalized form so that
 * the same data reads equal on PostgreSQL, MariaDB and SQLite. Incremental and resumable synchronization belongs to
 * the cross-database work and is not here.
 */
package com.rhosocial.activerecord.cli.sync;
