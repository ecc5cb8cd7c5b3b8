/**
 * The sqlserver backend: Microsoft SQL Server through mssql-jdbc. How each {@link com.rhosocial.activerecord.backend.ConnectionConfig} field maps onto the
 * driver is described on the backend class and in {@code docs/backends/}.
 */
package com.rhosocial.activerecord.backend.impl.sqlserver;
