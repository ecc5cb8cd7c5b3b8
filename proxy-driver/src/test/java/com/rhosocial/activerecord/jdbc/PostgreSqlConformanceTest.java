package com.rhosocial.activerecord.jdbc;

import java.sql.Connection;
import java.util.Properties;
import java.util.Set;

/** The conformance suite against PostgreSQL through PgJDBC. */
class PostgreSqlConformanceTest extends JdbcConformanceSuite {

    @Override
    String realUrl() throws Exception {
        return TestDatabases.postgres("ar_driver_conf");
    }

    @Override
    Properties credentials() {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        return p;
    }

    @Override
    String createTable(String table) {
        return "CREATE TABLE " + table + " (id SERIAL PRIMARY KEY, name VARCHAR(100) NOT NULL, amount INT,"
                + " payload BYTEA, note TEXT)";
    }

    @Override
    Class<?> realConnectionType() {
        return org.postgresql.PGConnection.class;
    }

    @Override
    Set<Integer> isolationLevels() {
        return Set.of(Connection.TRANSACTION_READ_COMMITTED, Connection.TRANSACTION_REPEATABLE_READ,
                Connection.TRANSACTION_SERIALIZABLE);
    }

    @Override
    String twoResultSetsSql() {
        return "SELECT 1; SELECT 2";
    }

    @Override
    String driverPackage() {
        return "org.postgresql";
    }

    @Override
    String[] addRoutine() {
        // {drop, create, call, OUT index, first IN index}
        return new String[] {"DROP FUNCTION IF EXISTS ar_add(int, int)",
                "CREATE FUNCTION ar_add(a int, b int) RETURNS int AS 'SELECT a + b' LANGUAGE sql",
                "{? = call ar_add(?, ?)}", "1", "2"};
    }
}
