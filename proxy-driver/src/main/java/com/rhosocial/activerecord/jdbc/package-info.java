/**
 * The {@code jdbc:activerecord:} proxy driver: {@link com.rhosocial.activerecord.jdbc.ActiveRecordDriver} for
 * legacy code that only swaps its URL, {@link com.rhosocial.activerecord.jdbc.ActiveRecordDataSource} for
 * frameworks and the facade, {@link com.rhosocial.activerecord.jdbc.TranslatingConnection} for code that names its
 * SQL dialect per statement, and the option and SQLState enums. The engine (pools, routing, statement wrappers,
 * schema cache) is package-private; its hand-written wrappers forward to the real driver's objects and add only
 * translation, routing, timing and pooling.
 */
package com.rhosocial.activerecord.jdbc;
