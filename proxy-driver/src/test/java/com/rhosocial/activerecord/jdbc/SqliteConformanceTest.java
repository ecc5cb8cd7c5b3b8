package com.rhosocial.activerecord.jdbc;

import java.sql.Connection;
import java.util.Properties;
import java.util.Set;

/** The conformance suite against an embedded SQLite file through xerial sqlite-jdbc. */
class SqliteConformanceTest extends JdbcConformanceSuite {

    @Override
    String realUrl() throws Exception {
        return TestDatabases.sqlite("ar_driver_conf");
    }

    @Override
    Properties credentials() {
        return new Properties();
    }

    @Override
    String createTable(String table) {
        return "CREATE TABLE " + table + " (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, amount INTEGER,"
                + " payload BLOB, note TEXT)";
    }

    @Override
    Class<?> realConnectionType() {
        return org.sqlite.SQLiteConnection.class;
    }

    @Override
    Set<Integer> isolationLevels() {
        return Set.of(Connection.TRANSACTION_SERIALIZABLE);
    }

    @Override
    boolean warnsOnDropOfMissingTable() {
        return false;
    }

    @Override
    boolean readOnlyChangeable() {
        return false;
    }

    @Override
    String driverPackage() {
        return "org.sqlite";
    }
}
