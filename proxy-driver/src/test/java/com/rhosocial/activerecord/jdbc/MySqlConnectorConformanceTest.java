package com.rhosocial.activerecord.jdbc;

/** The conformance suite against the MariaDB server through MySQL Connector/J ({@code jdbc:activerecord:mysql://}). */
class MySqlConnectorConformanceTest extends MySqlProtocolConformanceSuite {

    @Override
    String realUrl() throws Exception {
        return TestDatabases.mysql("ar_driver_myconf") + "?allowMultiQueries=true&useSSL=false&allowPublicKeyRetrieval=true";
    }

    @Override
    Class<?> realConnectionType() {
        return com.mysql.cj.jdbc.JdbcConnection.class;
    }
}
