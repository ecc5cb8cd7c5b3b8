/**
 * Transactions of the facade: {@code transaction(() -> ...)} blocks with isolation levels checked against the
 * backend, nested blocks as savepoints, rollback on any exception, {@code afterCommit}/{@code afterRollback}
 * callbacks, and the transaction's connection bound to the thread on the driver so that legacy JDBC code inside the
 * block joins the same transaction.
 */
package com.rhosocial.activerecord.transaction;
