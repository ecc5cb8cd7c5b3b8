/**
 * Suite 2: the driver's overhead on a real round trip to the local PostgreSQL and MariaDB, beside plain HikariCP.
 * {@link com.rhosocial.activerecord.benchmarks.server.Servers} creates the {@code ar_bench} databases and tables.
 */
package com.rhosocial.activerecord.benchmarks.server;
