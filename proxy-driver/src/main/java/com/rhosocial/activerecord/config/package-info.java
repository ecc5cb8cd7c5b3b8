/**
 * The shared configuration file {@code activerecord.yaml}: named datasources read by both the proxy driver and the
 * facade. {@link com.rhosocial.activerecord.config.ActiveRecordConfig} finds and parses the file,
 * {@link com.rhosocial.activerecord.config.DataSourceDefinition} is one datasource (a
 * {@link com.rhosocial.activerecord.backend.ConnectionConfig}, its backend, source dialect, replicas and the
 * driver's own settings), and every problem is a {@link com.rhosocial.activerecord.config.ConfigurationException}
 * that names the file, line, datasource and key. The format is described in {@code docs/configuration.md}.
 */
package com.rhosocial.activerecord.config;
