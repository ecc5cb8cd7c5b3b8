/**
 * The mysql backend: MySQL through MySQL Connector/J (also usable against MariaDB servers). How each {@link com.rhosocial.activerecord.backend.ConnectionConfig} field maps onto the
 * driver is described on the backend class and in {@code docs/backends/}. {@link com.rhosocial.activerecord.backend.impl.mysql.MySqlProtocolBackend}
 * holds what this backend and the mariadb one share as MySQL-protocol databases.
 */
package com.rhosocial.activerecord.backend.impl.mysql;
