package com.rhosocial.activerecord.jdbc;

import java.sql.Connection;
import java.util.Properties;
import java.util.Set;

/**
 * The conformance suite's answers shared by both drivers of the local MariaDB server (MariaDB Connector/J and MySQL
 * Connector/J): the server decides the DDL, isolation levels, multi-statement SQL and routines; a subclass names the
 * driver's URL and connection class.
 */
abstract class MySqlProtocolConformanceSuite extends JdbcConformanceSuite {

    @Override
    Properties credentials() {
        Properties p = new Properties();
        p.setProperty("user", "root");
        p.setProperty("password", "");
        return p;
    }

    @Override
    String createTable(String table) {
        return "CREATE TABLE " + table + " (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100) NOT NULL, amount INT,"
                + " payload LONGBLOB, note LONGTEXT) CHARACTER SET utf8mb4";
    }

    @Override
    Set<Integer> isolationLevels() {
        return Set.of(Connection.TRANSACTION_READ_UNCOMMITTED, Connection.TRANSACTION_READ_COMMITTED,
                Connection.TRANSACTION_REPEATABLE_READ, Connection.TRANSACTION_SERIALIZABLE);
    }

    @Override
    String twoResultSetsSql() {
        return "SELECT 1; SELECT 2";
    }

    @Override
    String driverPackage() {
        return "java.sql"; // both Connector/Js raise java.sql subclasses (SQLSyntaxErrorException, ...) for these
    }

    @Override
    String[] addRoutine() {
        // {drop, create, call, OUT index, first IN index}
        return new String[] {"DROP PROCEDURE IF EXISTS ar_add",
                "CREATE PROCEDURE ar_add(IN a INT, IN b INT, OUT c INT) SET c = a + b",
                "{call ar_add(?, ?, ?)}", "3", "1"};
    }
}
