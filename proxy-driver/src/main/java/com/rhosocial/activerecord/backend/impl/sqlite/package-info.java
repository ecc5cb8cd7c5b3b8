/**
 * The sqlite backend: SQLite, embedded, through xerial sqlite-jdbc (file or :memory:). How each {@link com.rhosocial.activerecord.backend.ConnectionConfig} field maps onto the
 * driver is described on the backend class and in {@code docs/backends/}.
 */
package com.rhosocial.activerecord.backend.impl.sqlite;
