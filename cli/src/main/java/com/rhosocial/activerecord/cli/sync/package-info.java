/**
 * Table chores of the {@code sync} command that sit outside the synchronization engine (which is
 * {@code com.rhosocial.activerecord.crossdb.sync}): existence checks, the default key from the source's primary key,
 * and creating a missing target table from the source's columns.
 */
package com.rhosocial.activerecord.cli.sync;
