/**
 * Cross-database work on top of the datasources of {@code activerecord.yaml}: choosing a datasource per block of
 * code ({@link com.rhosocial.activerecord.crossdb.DatasourceContext}), federated queries through Apache Calcite
 * ({@code federation}), table synchronization between backends ({@code sync}) and XA two-phase commit through the
 * Narayana transaction manager ({@code xa}). A module of its own because Calcite and Narayana are heavy optional
 * dependencies; nothing in the driver or the facade needs it.
 */
package com.rhosocial.activerecord.crossdb;
