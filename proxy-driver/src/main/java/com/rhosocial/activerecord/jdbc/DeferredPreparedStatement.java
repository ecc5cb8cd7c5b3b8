package com.rhosocial.activerecord.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A part of a multi-statement translation that the database could not prepare yet because it names an object an
 * earlier part creates (MySQL {@code CREATE TABLE t (..., KEY k (c))} becomes {@code CREATE TABLE} +
 * {@code CREATE INDEX ... ON t} on SQLite, which compiles statements when preparing; a MySQL
 * {@code SQL_CALC_FOUND_ROWS} page whose count goes to a temporary table). The real statement is prepared on first
 * use, after the earlier parts ran; settings and parameters set before ({@code setQueryTimeout}, {@code setInt},
 * {@code clearParameters}, ...) are replayed on it in order. If it still cannot be prepared, the first error is
 * raised then.
 */
final class DeferredPreparedStatement implements InvocationHandler {

    private final ProxyPreparedStatement.Preparer preparer;
    private final Connection connection;
    private final String sql;
    private final List<Object[]> settings = new ArrayList<>();
    private PreparedStatement real;
    private boolean closed;

    private DeferredPreparedStatement(ProxyPreparedStatement.Preparer preparer, Connection connection, String sql) {
        this.preparer = preparer;
        this.connection = connection;
        this.sql = sql;
    }

    static PreparedStatement create(ProxyPreparedStatement.Preparer preparer, Connection connection, String sql) {
        return (PreparedStatement) Proxy.newProxyInstance(DeferredPreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, new DeferredPreparedStatement(preparer, connection, sql));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (real == null) {
            switch (name) {
                case "close":
                    closed = true;
                    return null;
                case "isClosed":
                    return closed;
                case "toString":
                    return "DeferredPreparedStatement[" + sql + "]";
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "equals":
                    return proxy == args[0];
                default:
                    break;
            }
            if (closed) {
                throw ActiveRecordSqlState.CONNECTION_DOES_NOT_EXIST.exception("statement is closed");
            }
            if ((name.startsWith("set") || name.equals("clearParameters")) && method.getReturnType() == void.class) {
                settings.add(new Object[] {method, args});
                return null;
            }
            PreparedStatement ps = preparer.prepare(connection, sql);
            try {
                for (Object[] s : settings) {
                    ((Method) s[0]).invoke(ps, (Object[]) s[1]);
                }
            } catch (InvocationTargetException e) {
                ps.close();
                throw e.getCause();
            }
            real = ps;
        }
        try {
            return method.invoke(real, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
