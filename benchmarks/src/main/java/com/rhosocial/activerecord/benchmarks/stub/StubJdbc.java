package com.rhosocial.activerecord.benchmarks.stub;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Date;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Properties;

/**
 * Dynamic-proxy JDBC objects that do no I/O and return constants: a connection, statements, result sets of one row
 * (or none, for metadata queries) and metadata. Statement-level calls answer as a database would for
 * {@code SELECT id, name, email FROM users WHERE id = ?}: one row {@code (1, "stub", "stub")}.
 *
 * <p>Each returned object is a proxy over a small handler; proxies are built through cached constructors so that
 * the stub's own cost stays small and the same for every tool stacked on it.
 */
public final class StubJdbc {

    private static final boolean TRACE = Boolean.getBoolean("stub.trace");
    private static final Timestamp EPOCH = new Timestamp(0L);
    private static final MethodHandle CONNECTION = proxyConstructor(Connection.class);
    private static final MethodHandle STATEMENT = proxyConstructor(CallableStatement.class);
    private static final MethodHandle RESULT_SET = proxyConstructor(ResultSet.class);
    private static final MethodHandle RS_META = proxyConstructor(ResultSetMetaData.class);
    private static final MethodHandle DB_META = proxyConstructor(DatabaseMetaData.class);
    private static final MethodHandle PARAM_META = proxyConstructor(ParameterMetaData.class);

    private StubJdbc() {
    }

    /** A new open stub connection reporting {@code url} in its metadata. */
    public static Connection connection(String url) {
        return (Connection) create(CONNECTION, new ConnectionHandler(url));
    }

    /** The proxy class's constructor as a method handle typed {@code (InvocationHandler)Object}. */
    private static MethodHandle proxyConstructor(Class<?> iface) {
        Object sample = Proxy.newProxyInstance(StubJdbc.class.getClassLoader(), new Class<?>[] {iface},
                (p, m, a) -> null);
        try {
            Constructor<?> c = sample.getClass().getConstructor(InvocationHandler.class);
            return MethodHandles.publicLookup().unreflectConstructor(c)
                    .asType(MethodType.methodType(Object.class, InvocationHandler.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("proxy class without a public InvocationHandler constructor", e);
        }
    }

    private static Object create(MethodHandle constructor, InvocationHandler handler) {
        try {
            return (Object) constructor.invokeExact(handler);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot create stub proxy", e);
        }
    }

    /** The value a stub returns when nothing more specific applies: zero, false, empty string or null. */
    static Object defaultValue(Class<?> type) {
        if (type == void.class) {
            return null;
        }
        if (type == boolean.class) {
            return Boolean.FALSE;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == short.class) {
            return (short) 0;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == String.class) {
            return "";
        }
        return null;
    }

    /** Object methods and {@code unwrap}/{@code isWrapperFor} for every stub; the rest goes to {@link #handle}. */
    private abstract static class Handler implements InvocationHandler {
        boolean closed;

        @Override
        public final Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            switch (name) {
                case "close":
                    closed = true;
                    return null;
                case "isClosed":
                    return closed;
                case "unwrap": {
                    Class<?> iface = (Class<?>) args[0];
                    if (iface.isInstance(proxy)) {
                        return proxy;
                    }
                    throw new SQLException("stub is not a " + iface.getName(), "HY000");
                }
                case "isWrapperFor":
                    return ((Class<?>) args[0]).isInstance(proxy);
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "equals":
                    return proxy == args[0];
                case "toString":
                    return getClass().getSimpleName() + "@" + Integer.toHexString(System.identityHashCode(proxy));
                case "getWarnings":
                    return null;
                default:
                    return handle(proxy, name, method, args);
            }
        }

        abstract Object handle(Object proxy, String name, Method method, Object[] args) throws SQLException;
    }

    private static final class ConnectionHandler extends Handler {
        private final String url;
        private boolean autoCommit = true;
        private boolean readOnly;
        private int isolation = Connection.TRANSACTION_READ_COMMITTED;
        private int networkTimeout;
        private String catalog = "bench";
        private String schema = "public";

        ConnectionHandler(String url) {
            this.url = url;
        }

        @Override
        Object handle(Object proxy, String name, Method method, Object[] args) {
            switch (name) {
                case "prepareStatement":
                case "prepareCall":
                    return create(STATEMENT, new StatementHandler((Connection) proxy, (String) args[0],
                            rowsFor((String) args[0])));
                case "createStatement":
                    return create(STATEMENT, new StatementHandler((Connection) proxy, null, 1));
                case "getMetaData":
                    return create(DB_META, new DatabaseMetaDataHandler((Connection) proxy, url));
                case "isValid":
                    return !closed;
                case "getAutoCommit":
                    return autoCommit;
                case "setAutoCommit":
                    autoCommit = (Boolean) args[0];
                    return null;
                case "isReadOnly":
                    return readOnly;
                case "setReadOnly":
                    readOnly = (Boolean) args[0];
                    return null;
                case "getTransactionIsolation":
                    return isolation;
                case "setTransactionIsolation":
                    isolation = (Integer) args[0];
                    return null;
                case "getNetworkTimeout":
                    return networkTimeout;
                case "setNetworkTimeout":
                    networkTimeout = (Integer) args[1];
                    return null;
                case "getCatalog":
                    return catalog;
                case "setCatalog":
                    catalog = (String) args[0];
                    return null;
                case "getSchema":
                    return schema;
                case "setSchema":
                    schema = (String) args[0];
                    return null;
                case "getHoldability":
                    return ResultSet.HOLD_CURSORS_OVER_COMMIT;
                case "nativeSQL":
                    return args[0];
                case "getClientInfo":
                    return args == null ? new Properties() : null;
                default:
                    return defaultValue(method.getReturnType());
            }
        }
    }

    /**
     * Rows a query returns: none for catalog queries (tools that load schema metadata at start, such as
     * ShardingSphere, then find an empty database), one otherwise.
     */
    static int rowsFor(String sql) {
        if (TRACE) {
            System.err.println("stub SQL: " + sql);
        }
        if (sql == null) {
            return 1;
        }
        // plain indexOf, no lower-casing: this runs on every prepare and is part of every target's floor
        return sql.indexOf("information_schema") >= 0 || sql.indexOf("INFORMATION_SCHEMA") >= 0
                || sql.indexOf("pg_catalog") >= 0 || sql.startsWith("SHOW ") || sql.startsWith("show ") ? 0 : 1;
    }

    /**
     * The stub's catalog for the one table {@code users(id INT PRIMARY KEY AUTO_INCREMENT, name VARCHAR(100),
     * email VARCHAR(100))}, answered to the MySQL {@code information_schema.columns} query that ShardingSphere
     * sends at start; null for any other statement.
     */
    static ResultSet catalogAnswer(String sql) {
        if (sql == null || sql.indexOf("information_schema.columns") < 0) {
            return null;
        }
        return table(new String[] {"TABLE_NAME", "COLUMN_NAME", "DATA_TYPE", "COLUMN_KEY", "EXTRA", "COLLATION_NAME",
                "ORDINAL_POSITION", "COLUMN_TYPE", "IS_NULLABLE"}, new Object[][] {
                    {"users", "id", "int", "PRI", "auto_increment", null, 1, "int", "NO"},
                    {"users", "name", "varchar", "", "", "utf8mb4_general_ci", 2, "varchar(100)", "YES"},
                    {"users", "email", "varchar", "", "", "utf8mb4_general_ci", 3, "varchar(100)", "YES"}});
    }

    private static final class StatementHandler extends Handler {
        private final Connection connection;
        private final String sql;
        private final int rows;
        private int fetchSize;
        private int maxRows;
        private int queryTimeout;

        StatementHandler(Connection connection, String sql, int rows) {
            this.connection = connection;
            this.sql = sql;
            this.rows = rows;
        }

        @Override
        Object handle(Object proxy, String name, Method method, Object[] args) {
            switch (name) {
                case "executeQuery": {
                    String text = args == null ? sql : (String) args[0];
                    if (rows == 0 || args != null) {
                        ResultSet catalog = catalogAnswer(text);
                        if (catalog != null) {
                            return catalog;
                        }
                    }
                    return resultSet((java.sql.Statement) proxy, args == null ? rows : rowsFor(text));
                }
                case "getResultSet":
                    return resultSet((java.sql.Statement) proxy, rows);
                case "getGeneratedKeys":
                    return resultSet((java.sql.Statement) proxy, 1);
                case "execute":
                    return Boolean.TRUE;
                case "executeUpdate":
                    return 1;
                case "executeLargeUpdate":
                    return 1L;
                case "executeBatch":
                    return new int[] {1};
                case "executeLargeBatch":
                    return new long[] {1L};
                case "getUpdateCount":
                    return -1;
                case "getLargeUpdateCount":
                    return -1L;
                case "getMoreResults":
                    return Boolean.FALSE;
                case "getConnection":
                    return connection;
                case "getMetaData":
                    return create(RS_META, new ResultSetMetaDataHandler());
                case "getParameterMetaData":
                    return create(PARAM_META, new ParameterMetaDataHandler());
                case "getFetchSize":
                    return fetchSize;
                case "setFetchSize":
                    fetchSize = (Integer) args[0];
                    return null;
                case "getMaxRows":
                    return maxRows;
                case "setMaxRows":
                    maxRows = (Integer) args[0];
                    return null;
                case "getQueryTimeout":
                    return queryTimeout;
                case "setQueryTimeout":
                    queryTimeout = (Integer) args[0];
                    return null;
                case "getResultSetType":
                    return ResultSet.TYPE_FORWARD_ONLY;
                case "getResultSetConcurrency":
                    return ResultSet.CONCUR_READ_ONLY;
                case "getResultSetHoldability":
                    return ResultSet.HOLD_CURSORS_OVER_COMMIT;
                case "getFetchDirection":
                    return ResultSet.FETCH_FORWARD;
                default:
                    // setInt, setString, addBatch, clearParameters, ...: accepted and forgotten
                    return defaultValue(method.getReturnType());
            }
        }
    }

    static ResultSet resultSet(java.sql.Statement statement, int rows) {
        return (ResultSet) create(RESULT_SET, new ResultSetHandler(statement, rows));
    }

    /** A result set with the given column labels and rows, for metadata answers. */
    static ResultSet table(String[] labels, Object[][] rows) {
        return (ResultSet) create(RESULT_SET, new TableHandler(labels, rows));
    }

    /** Rows with labelled columns; values are read by index or label and converted as JDBC getters do. */
    private static final class TableHandler extends Handler {
        private final String[] labels;
        private final Object[][] rows;
        private int row = -1;
        private boolean wasNull;

        TableHandler(String[] labels, Object[][] rows) {
            this.labels = labels;
            this.rows = rows;
        }

        private Object value(Object key) throws SQLException {
            int i;
            if (key instanceof Integer) {
                i = (Integer) key - 1;
            } else {
                i = -1;
                for (int j = 0; j < labels.length; j++) {
                    if (labels[j].equalsIgnoreCase((String) key)) {
                        i = j;
                        break;
                    }
                }
            }
            if (i < 0 || i >= labels.length) {
                throw new SQLException("no column " + key, "42S22");
            }
            Object v = rows[row][i];
            wasNull = v == null;
            return v;
        }

        @Override
        Object handle(Object proxy, String name, Method method, Object[] args) throws SQLException {
            switch (name) {
                case "next":
                    return ++row < rows.length;
                case "wasNull":
                    return wasNull;
                case "getString":
                case "getNString": {
                    Object v = value(args[0]);
                    return v == null ? null : v.toString();
                }
                case "getObject":
                    return value(args[0]);
                case "getInt":
                case "getShort":
                case "getLong":
                case "getByte": {
                    Object v = value(args[0]);
                    long n = v == null ? 0 : v instanceof Number ? ((Number) v).longValue() : Long.parseLong(v.toString());
                    Class<?> t = method.getReturnType();
                    return t == int.class ? (Object) (int) n : t == long.class ? (Object) n
                            : t == short.class ? (Object) (short) n : (Object) (byte) n;
                }
                case "getBoolean": {
                    Object v = value(args[0]);
                    return v instanceof Boolean ? v : v != null && !"0".equals(v.toString()) && !"NO".equals(v.toString());
                }
                case "findColumn":
                    for (int j = 0; j < labels.length; j++) {
                        if (labels[j].equalsIgnoreCase((String) args[0])) {
                            return j + 1;
                        }
                    }
                    throw new SQLException("no column " + args[0], "42S22");
                case "getMetaData":
                    return create(RS_META, new LabelsMetaDataHandler(labels));
                default:
                    return defaultValue(method.getReturnType());
            }
        }
    }

    private static final class LabelsMetaDataHandler extends Handler {
        private final String[] labels;

        LabelsMetaDataHandler(String[] labels) {
            this.labels = labels;
        }

        @Override
        Object handle(Object proxy, String name, Method method, Object[] args) {
            switch (name) {
                case "getColumnCount":
                    return labels.length;
                case "getColumnName":
                case "getColumnLabel":
                    return labels[(Integer) args[0] - 1];
                case "getColumnType":
                    return Types.VARCHAR;
                default:
                    return defaultValue(method.getReturnType());
            }
        }
    }

    private static final class ResultSetHandler extends Handler {
        private final java.sql.Statement statement;
        private final int rows;
        private int row;

        ResultSetHandler(java.sql.Statement statement, int rows) {
            this.statement = statement;
            this.rows = rows;
        }

        @Override
        Object handle(Object proxy, String name, Method method, Object[] args) {
            switch (name) {
                case "next":
                    return ++row <= rows;
                case "getInt":
                    return 1;
                case "getLong":
                    return 1L;
                case "getShort":
                    return (short) 1;
                case "getByte":
                    return (byte) 1;
                case "getDouble":
                    return 1d;
                case "getFloat":
                    return 1f;
                case "getBoolean":
                    return Boolean.TRUE;
                case "getString":
                case "getNString":
                    return "stub";
                case "getBigDecimal":
                    return BigDecimal.ONE;
                case "getTimestamp":
                    return EPOCH;
                case "getDate":
                    return new Date(0L);
                case "getTime":
                    return new Time(0L);
                case "getObject":
                    return args.length == 2 && args[1] instanceof Class ? null : Integer.valueOf(1);
                case "wasNull":
                    return Boolean.FALSE;
                case "findColumn":
                    return 1;
                case "getRow":
                    return row <= rows ? row : 0;
                case "getMetaData":
                    return create(RS_META, new ResultSetMetaDataHandler());
                case "getStatement":
                    return statement;
                case "getType":
                    return ResultSet.TYPE_FORWARD_ONLY;
                case "getConcurrency":
                    return ResultSet.CONCUR_READ_ONLY;
                case "getHoldability":
                    return ResultSet.HOLD_CURSORS_OVER_COMMIT;
                case "getFetchDirection":
                    return ResultSet.FETCH_FORWARD;
                case "isBeforeFirst":
                    return row == 0 && rows > 0;
                case "isAfterLast":
                    return row > rows;
                default:
                    return defaultValue(method.getReturnType());
            }
        }
    }

    /** Three columns: {@code id INTEGER, name VARCHAR, email VARCHAR}. */
    private static final class ResultSetMetaDataHandler extends Handler {
        private static final String[] NAMES = {"id", "name", "email"};

        @Override
        Object handle(Object proxy, String name, Method method, Object[] args) {
            switch (name) {
                case "getColumnCount":
                    return NAMES.length;
                case "getColumnName":
                case "getColumnLabel":
                    return NAMES[((Integer) args[0] - 1) % NAMES.length];
                case "getColumnType":
                    return (Integer) args[0] == 1 ? Types.INTEGER : Types.VARCHAR;
                case "getColumnTypeName":
                    return (Integer) args[0] == 1 ? "INTEGER" : "VARCHAR";
                case "getColumnClassName":
                    return (Integer) args[0] == 1 ? Integer.class.getName() : String.class.getName();
                case "getTableName":
                    return "users";
                case "isNullable":
                    return ResultSetMetaData.columnNullable;
                default:
                    return defaultValue(method.getReturnType());
            }
        }
    }

    private static final class ParameterMetaDataHandler extends Handler {
        @Override
        Object handle(Object proxy, String name, Method method, Object[] args) {
            return defaultValue(method.getReturnType());
        }
    }

    /**
     * Metadata of an empty database: product "Stub", every query method ({@code getTables}, ...) answers with no
     * rows, so that tools loading schema metadata at start find nothing to load.
     */
    private static final class DatabaseMetaDataHandler extends Handler {
        private final Connection connection;
        private final String url;

        DatabaseMetaDataHandler(Connection connection, String url) {
            this.connection = connection;
            this.url = url;
        }

        @Override
        Object handle(Object proxy, String name, Method method, Object[] args) {
            switch (name) {
                case "getURL":
                    return url;
                case "getConnection":
                    return connection;
                case "getUserName":
                    return "stub";
                case "getDatabaseProductName":
                    return "Stub";
                case "getDatabaseProductVersion":
                case "getDriverVersion":
                    return "1.0";
                case "getDriverName":
                    return "stub";
                case "getDatabaseMajorVersion":
                case "getDriverMajorVersion":
                    return 1;
                case "getJDBCMajorVersion":
                    return 4;
                case "getJDBCMinorVersion":
                    return 2;
                case "getIdentifierQuoteString":
                    return "\"";
                case "getCatalogSeparator":
                    return ".";
                case "getSearchStringEscape":
                    return "\\";
                case "getSchemaTerm":
                    return "schema";
                case "getCatalogTerm":
                    return "database";
                case "getDefaultTransactionIsolation":
                    return Connection.TRANSACTION_READ_COMMITTED;
                case "supportsTransactions":
                case "supportsBatchUpdates":
                case "supportsSavepoints":
                case "supportsGetGeneratedKeys":
                case "supportsResultSetType":
                case "supportsTransactionIsolationLevel":
                    return Boolean.TRUE;
                case "isReadOnly":
                    return Boolean.FALSE;
                case "getTables":
                    return table(new String[] {"TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "TABLE_TYPE", "REMARKS"},
                            new Object[][] {{"bench", "public", "users", "TABLE", ""}});
                case "getColumns":
                    return table(new String[] {"TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "DATA_TYPE",
                            "TYPE_NAME", "COLUMN_SIZE", "NULLABLE", "ORDINAL_POSITION", "IS_NULLABLE", "IS_AUTOINCREMENT",
                            "IS_GENERATEDCOLUMN"}, new Object[][] {
                                {"bench", "public", "users", "id", Types.INTEGER, "INT", 10, 0, 1, "NO", "YES", "NO"},
                                {"bench", "public", "users", "name", Types.VARCHAR, "VARCHAR", 100, 1, 2, "YES", "NO", "NO"},
                                {"bench", "public", "users", "email", Types.VARCHAR, "VARCHAR", 100, 1, 3, "YES", "NO", "NO"}});
                case "getTypeInfo":
                    return table(new String[] {"TYPE_NAME", "DATA_TYPE"}, new Object[][] {
                        {"INT", Types.INTEGER}, {"VARCHAR", Types.VARCHAR}, {"BIGINT", Types.BIGINT}});
                case "getPrimaryKeys":
                    return table(new String[] {"TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "KEY_SEQ", "PK_NAME"},
                            new Object[][] {{"bench", "public", "users", "id", 1, "PRIMARY"}});
                default:
                    if (TRACE) {
                        System.err.println("stub metadata: " + name + java.util.Arrays.toString(args));
                    }
                    if (method.getReturnType() == ResultSet.class) {
                        return resultSet(null, 0);
                    }
                    return defaultValue(method.getReturnType());
            }
        }
    }
}
