package com.rhosocial.activerecord.jdbc;

/** The conformance suite against MariaDB through MariaDB Connector/J. */
class MariaDbConformanceTest extends MySqlProtocolConformanceSuite {

    @Override
    String realUrl() throws Exception {
        return TestDatabases.mariadb("ar_driver_conf") + "?allowMultiQueries=true";
    }

    @Override
    Class<?> realConnectionType() {
        return org.mariadb.jdbc.Connection.class;
    }
}
