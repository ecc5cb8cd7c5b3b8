/**
 * The ActiveRecord facade: models extend {@link com.rhosocial.activerecord.ActiveRecord} and declare a static
 * {@link com.rhosocial.activerecord.Finder}; they are configured with a {@code ConnectionConfig} and a backend class,
 * by datasource name from {@code activerecord.yaml}, or globally, and share the proxy driver's pools with legacy
 * JDBC code. Subpackages: {@code model} (mapping and types), {@code query} (query builder), {@code relation},
 * {@code validation}, {@code transaction}.
 */
package com.rhosocial.activerecord;
