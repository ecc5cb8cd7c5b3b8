package com.rhosocial.activerecord.crossdb.federation;

import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.dialect.AnsiSqlDialect;
import org.apache.calcite.sql.dialect.MssqlSqlDialect;
import org.apache.calcite.sql.dialect.MysqlSqlDialect;
import org.apache.calcite.sql.dialect.OracleSqlDialect;
import org.apache.calcite.sql.dialect.PostgresqlSqlDialect;
import org.apache.calcite.sql.dialect.SqliteSqlDialect;

import java.util.Map;

/**
 * Which Calcite SQL dialect writes the pushed-down SQL for each backend, as data. Stated rather than guessed from the
 * driver's product name because Calcite does not recognise "MariaDB" and would fall back to ANSI double quotes,
 * which MariaDB rejects. Unknown backends get ANSI SQL.
 */
final class CalciteDialects {

    private static final Map<String, SqlDialect> BY_BACKEND = Map.of(
            "postgresql", PostgresqlSqlDialect.DEFAULT,
            "mariadb", MysqlSqlDialect.DEFAULT,
            "mysql", MysqlSqlDialect.DEFAULT,
            "oracle", OracleSqlDialect.DEFAULT,
            "sqlserver", MssqlSqlDialect.DEFAULT,
            "sqlite", SqliteSqlDialect.DEFAULT);

    private CalciteDialects() {
    }

    static SqlDialect forBackend(String backendName) {
        return BY_BACKEND.getOrDefault(backendName, AnsiSqlDialect.DEFAULT);
    }
}
