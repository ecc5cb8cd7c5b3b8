package com.rhosocial.activerecord.crossdb.federation;

import com.rhosocial.activerecord.crossdb.support.ConfiguredDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The data source Calcite reads a member through: the member's pool, with every SQL text that reaches the member's
 * driver reported to the federation's {@link MemberSqlListener}s and logged at DEBUG. Connections and plain
 * statements are JDK proxies (prepared statements are reported once, when prepared). Package-private.
 */
final class MemberSqlRecorder extends ConfiguredDataSource {

    private static final Logger LOG = LoggerFactory.getLogger(MemberSqlRecorder.class);

    private final String member;
    private final DataSource pool;
    private final List<MemberSqlListener> listeners;

    MemberSqlRecorder(String member, DataSource pool, List<MemberSqlListener> listeners) {
        this.member = member;
        this.pool = pool;
        this.listeners = listeners;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection c = pool.getConnection();
        return (Connection) Proxy.newProxyInstance(MemberSqlRecorder.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new Forward(c) {
                    @Override
                    Object call(Method m, Object[] args) throws Throwable {
                        if (m.getName().startsWith("prepare") && args != null && args.length > 0
                                && args[0] instanceof String sql) {
                            report(sql);
                        }
                        Object result = super.call(m, args);
                        if (m.getName().equals("createStatement")) {
                            return statement((Statement) result);
                        }
                        return result;
                    }
                });
    }

    private Statement statement(Statement st) {
        return (Statement) Proxy.newProxyInstance(MemberSqlRecorder.class.getClassLoader(),
                new Class<?>[] {Statement.class}, new Forward(st) {
                    @Override
                    Object call(Method m, Object[] args) throws Throwable {
                        if ((m.getName().startsWith("execute") || m.getName().equals("addBatch")) && args != null
                                && args.length > 0 && args[0] instanceof String sql) {
                            report(sql);
                        }
                        return super.call(m, args);
                    }
                });
    }

    private void report(String sql) {
        LOG.debug("{} <- {}", member, sql);
        for (MemberSqlListener l : listeners) {
            try {
                l.onSql(member, sql);
            } catch (RuntimeException e) {
                LOG.warn("{} - member SQL listener {} failed", member, l, e);
            }
        }
    }

    /** Forwards to the target, unwrapping the reflective exception so callers see the driver's SQLException. */
    private static class Forward implements InvocationHandler {
        private final Object target;

        Forward(Object target) {
            this.target = target;
        }

        @Override
        public final Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
            if (m.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> iface
                    && iface.isInstance(proxy)) {
                return proxy;
            }
            return call(m, args);
        }

        Object call(Method m, Object[] args) throws Throwable {
            try {
                return m.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    @Override
    public String toString() {
        return "member " + member;
    }
}
