/**
 * Plumbing shared by the cross-database data sources: {@link
 * com.rhosocial.activerecord.crossdb.support.ConfiguredDataSource} carries the {@code javax.sql.DataSource} methods
 * (login timeout, log writer, unwrapping) that the federated, enlisting and recording data sources would otherwise
 * each repeat. Not an extension point.
 */
package com.rhosocial.activerecord.crossdb.support;
