package com.rhosocial.activerecord.dialect.internal.spec;

import java.util.Map;
import java.util.Set;

/**
 * The canonical type vocabulary. A source type name is read into one of these names (keeping its arguments), and
 * the target writes it with its own spelling; {@code %s} in a target spelling is replaced by the arguments
 * ({@code VARCHAR(%s)}), a spelling without {@code %s} drops them.
 */
public final class Types {
    public static final String BOOLEAN = "BOOLEAN";
    public static final String TINYINT = "TINYINT";
    public static final String SMALLINT = "SMALLINT";
    public static final String INTEGER = "INTEGER";
    public static final String BIGINT = "BIGINT";
    public static final String DECIMAL = "DECIMAL";
    public static final String REAL = "REAL";
    public static final String DOUBLE = "DOUBLE";
    public static final String CHAR = "CHAR";
    public static final String VARCHAR = "VARCHAR";
    public static final String TEXT = "TEXT";
    public static final String BLOB = "BLOB";
    public static final String BINARY = "BINARY";
    public static final String DATE = "DATE";
    public static final String TIME = "TIME";
    public static final String TIMESTAMP = "TIMESTAMP";
    public static final String TIMESTAMPTZ = "TIMESTAMPTZ";
    public static final String UUID = "UUID";
    public static final String JSON = "JSON";

    /** SQL:2016 reserved words most often met as column names; each dialect adds its own. */
    static final Set<String> SQL_RESERVED = Set.of("ORDER", "GROUP", "SELECT", "FROM", "WHERE", "TABLE", "USER",
            "KEY", "DEFAULT", "CHECK", "COLUMN", "CONSTRAINT", "PRIMARY", "REFERENCES", "UNIQUE", "LIMIT", "OFFSET",
            "FETCH", "AS", "AND", "OR", "NOT", "NULL", "IN", "IS", "BY", "TO", "ON", "CASE", "WHEN", "THEN", "ELSE",
            "END", "ALL", "ANY", "BETWEEN", "DISTINCT", "EXCEPT", "INTERSECT", "UNION", "JOIN", "LEFT", "RIGHT",
            "INNER", "OUTER", "CROSS", "FULL", "NATURAL", "USING", "HAVING", "INSERT", "UPDATE", "DELETE", "INTO",
            "VALUES", "SET", "CREATE", "DROP", "ALTER", "GRANT", "FOR", "WITH", "DESC", "ASC", "LIKE", "EXISTS",
            "FOREIGN", "INDEX", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "TRUE",
            "FALSE", "WINDOW", "ROWS", "RANGE");

    private Types() {
    }

    static void registerCommon(Map<String, String> reads, Map<String, String> names) {
        reads.put("BOOLEAN", BOOLEAN);
        reads.put("BOOL", BOOLEAN);
        reads.put("BIT", BOOLEAN);
        reads.put("TINYINT", TINYINT);
        reads.put("SMALLINT", SMALLINT);
        reads.put("INT2", SMALLINT);
        reads.put("INT", INTEGER);
        reads.put("INTEGER", INTEGER);
        reads.put("INT4", INTEGER);
        reads.put("MEDIUMINT", INTEGER);
        reads.put("BIGINT", BIGINT);
        reads.put("INT8", BIGINT);
        reads.put("DECIMAL", DECIMAL);
        reads.put("DEC", DECIMAL);
        reads.put("NUMERIC", DECIMAL);
        reads.put("NUMBER", DECIMAL);
        reads.put("MONEY", DECIMAL);
        reads.put("REAL", REAL);
        reads.put("FLOAT4", REAL);
        reads.put("FLOAT", DOUBLE);
        reads.put("FLOAT8", DOUBLE);
        reads.put("DOUBLE", DOUBLE);
        reads.put("DOUBLE PRECISION", DOUBLE);
        reads.put("BINARY_DOUBLE", DOUBLE);
        reads.put("BINARY_FLOAT", REAL);
        reads.put("CHAR", CHAR);
        reads.put("CHARACTER", CHAR);
        reads.put("NCHAR", CHAR);
        reads.put("VARCHAR", VARCHAR);
        reads.put("CHARACTER VARYING", VARCHAR);
        reads.put("NVARCHAR", VARCHAR);
        reads.put("VARCHAR2", VARCHAR);
        reads.put("NVARCHAR2", VARCHAR);
        reads.put("VARYING", VARCHAR);
        reads.put("TEXT", TEXT);
        reads.put("TINYTEXT", TEXT);
        reads.put("MEDIUMTEXT", TEXT);
        reads.put("LONGTEXT", TEXT);
        reads.put("NTEXT", TEXT);
        reads.put("CLOB", TEXT);
        reads.put("NCLOB", TEXT);
        reads.put("BLOB", BLOB);
        reads.put("TINYBLOB", BLOB);
        reads.put("MEDIUMBLOB", BLOB);
        reads.put("LONGBLOB", BLOB);
        reads.put("BYTEA", BLOB);
        reads.put("IMAGE", BLOB);
        reads.put("RAW", BINARY);
        reads.put("BINARY", BINARY);
        reads.put("VARBINARY", BINARY);
        reads.put("DATE", DATE);
        reads.put("TIME", TIME);
        reads.put("DATETIME", TIMESTAMP);
        reads.put("DATETIME2", TIMESTAMP);
        reads.put("SMALLDATETIME", TIMESTAMP);
        reads.put("TIMESTAMP", TIMESTAMP);
        reads.put("TIMESTAMPTZ", TIMESTAMPTZ);
        reads.put("TIMESTAMP WITH TIME ZONE", TIMESTAMPTZ);
        reads.put("TIMESTAMP WITHOUT TIME ZONE", TIMESTAMP);
        reads.put("TIME WITHOUT TIME ZONE", TIME);
        reads.put("DATETIMEOFFSET", TIMESTAMPTZ);
        reads.put("UUID", UUID);
        reads.put("UNIQUEIDENTIFIER", UUID);
        reads.put("JSON", JSON);
        reads.put("JSONB", JSON);
        reads.put("SERIAL", INTEGER);
        reads.put("BIGSERIAL", BIGINT);
        reads.put("SMALLSERIAL", SMALLINT);

        names.put(BOOLEAN, "BOOLEAN");
        names.put(TINYINT, "SMALLINT");
        names.put(SMALLINT, "SMALLINT");
        names.put(INTEGER, "INTEGER");
        names.put(BIGINT, "BIGINT");
        names.put(DECIMAL, "DECIMAL(%s)");
        names.put(REAL, "REAL");
        names.put(DOUBLE, "DOUBLE PRECISION");
        names.put(CHAR, "CHAR(%s)");
        names.put(VARCHAR, "VARCHAR(%s)");
        names.put(TEXT, "TEXT");
        names.put(BLOB, "BLOB");
        names.put(BINARY, "BLOB");
        names.put(DATE, "DATE");
        names.put(TIME, "TIME");
        names.put(TIMESTAMP, "TIMESTAMP");
        names.put(TIMESTAMPTZ, "TIMESTAMP WITH TIME ZONE");
        names.put(UUID, "CHAR(36)");
        names.put(JSON, "TEXT");
    }
}
