/**
 * The mariadb backend: MariaDB through MariaDB Connector/J 3. How each {@link com.rhosocial.activerecord.backend.ConnectionConfig} field maps onto the
 * driver is described on the backend class and in {@code docs/backends/}.
 */
package com.rhosocial.activerecord.backend.impl.mariadb;
