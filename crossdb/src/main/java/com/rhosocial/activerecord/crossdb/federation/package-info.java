/**
 * Federated queries: SQL that reads tables of several datasources at once (customers on MariaDB joined with orders
 * on PostgreSQL), planned and executed by Apache Calcite's JDBC adapter. Each datasource becomes a Calcite schema of
 * the same name; filters, projections (and, within one datasource, joins, aggregates, sorts) are pushed down as SQL
 * in that backend's dialect, and whatever spans datasources runs in this JVM.
 *
 * <p>Entry points: {@link com.rhosocial.activerecord.crossdb.federation.FederatedDataSource} (a
 * {@code javax.sql.DataSource}) and the URL {@code jdbc:activerecord-federation:<name>} served by
 * {@link com.rhosocial.activerecord.crossdb.federation.FederationDriver}.
 */
package com.rhosocial.activerecord.crossdb.federation;
