/**
 * Atomic commit across datasources with XA two-phase commit, coordinated by Narayana (an established transaction
 * manager, with its recovery log on disk), never by home-made two-phase-commit code.
 *
 * <p>Entry points: {@link com.rhosocial.activerecord.crossdb.xa.CrossDatabaseTransaction} (a block that commits on
 * every datasource or on none), {@link com.rhosocial.activerecord.crossdb.xa.XaTransactionManager} (plain JTA:
 * {@code TransactionManager}, {@code UserTransaction}, enlisting data sources, recovery) and
 * {@link com.rhosocial.activerecord.crossdb.xa.XaDataSources} (the XA data source of each backend). Backends
 * without XA (SQLite) are refused unless a transaction opts into the documented best-effort mode.
 */
package com.rhosocial.activerecord.crossdb.xa;
