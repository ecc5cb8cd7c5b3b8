package com.rhosocial.activerecord.crossdb.xa;

import com.rhosocial.activerecord.backend.Masking;
import com.rhosocial.activerecord.config.DataSourceDefinition;

import javax.sql.XADataSource;
import java.lang.reflect.Method;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The XA data source of each backend, as data: which driver class implements {@link XADataSource} and how driver
 * properties reach it. Built-ins: PostgreSQL ({@code PGXADataSource}, needs {@code max_prepared_transactions > 0}),
 * MariaDB ({@code MariaDbDataSource}), MySQL ({@code MysqlXADataSource}), Oracle ({@code OracleXADataSource}) and
 * SQL Server ({@code SQLServerXADataSource}, needs the server's XA stored procedures installed). SQLite has no XA
 * and is absent on purpose. Custom backends add theirs with {@link #register}. Thread-safe.
 *
 * <pre>{@code
 * XADataSource xa = XaDataSources.create(config.require("orders_db"));
 * }</pre>
 */
public final class XaDataSources {

    /** How driver properties other than user and password reach the XA data source. */
    public enum PropertyStyle {
        /** A {@code setProperty(String, String)} method (PgJDBC). */
        SET_PROPERTY,
        /** Appended to the URL as {@code ?k=v&k2=v2} (MariaDB, MySQL). */
        URL_QUERY,
        /** Appended to the URL as {@code ;k=v} (SQL Server). */
        URL_SEMICOLON,
        /** Not passed on (Oracle: put them in the URL's descriptor yourself). */
        NONE
    }

    /** One backend's XA data source class and property style. */
    public record XaDriver(String className, PropertyStyle propertyStyle) {
    }

    private static final Map<String, XaDriver> DRIVERS = new ConcurrentHashMap<>(Map.of(
            "postgresql", new XaDriver("org.postgresql.xa.PGXADataSource", PropertyStyle.SET_PROPERTY),
            "mariadb", new XaDriver("org.mariadb.jdbc.MariaDbDataSource", PropertyStyle.URL_QUERY),
            "mysql", new XaDriver("com.mysql.cj.jdbc.MysqlXADataSource", PropertyStyle.URL_QUERY),
            "oracle", new XaDriver("oracle.jdbc.xa.client.OracleXADataSource", PropertyStyle.NONE),
            "sqlserver", new XaDriver("com.microsoft.sqlserver.jdbc.SQLServerXADataSource", PropertyStyle.URL_SEMICOLON)));

    private XaDataSources() {
    }

    /** Registers (or replaces) the XA data source of backend {@code backendName} (as {@code Backend.name()}). */
    public static void register(String backendName, XaDriver driver) {
        DRIVERS.put(backendName, driver);
    }

    /** The XA driver of a backend, or empty when the backend has no XA (SQLite). */
    public static Optional<XaDriver> forBackend(String backendName) {
        return Optional.ofNullable(DRIVERS.get(backendName));
    }

    /** Whether the datasource's backend can take part in an XA transaction. */
    public static boolean supportsXa(DataSourceDefinition ds) {
        return DRIVERS.containsKey(ds.backend().name());
    }

    /**
     * A new, unpooled XA data source for {@code ds}, configured with its URL, credentials and driver properties.
     *
     * @throws SQLFeatureNotSupportedException SQLState 0A000 when the backend has no XA data source
     * @throws SQLException                    SQLState 08001 when the driver class is missing or rejects a setting
     */
    public static XADataSource create(DataSourceDefinition ds) throws SQLException {
        String backend = ds.backend().name();
        XaDriver driver = DRIVERS.get(backend);
        if (driver == null) {
            throw new SQLFeatureNotSupportedException("datasource '" + ds.name() + "' (backend " + backend
                    + ") cannot take part in an XA transaction: its JDBC driver has no XADataSource; backends with XA: "
                    + String.join(", ", new java.util.TreeSet<>(DRIVERS.keySet()))
                    + ". See docs/cross-database/transactions.md for the opt-in best-effort mode.", "0A000");
        }
        Properties props = ds.backend().driverProperties(ds.connection());
        String url = ds.jdbcUrl();
        try {
            Class<?> cls = Class.forName(driver.className(), true, XaDataSources.class.getClassLoader());
            Object xa = cls.getDeclaredConstructor().newInstance();
            StringBuilder extra = new StringBuilder();
            for (String key : props.stringPropertyNames()) {
                String value = props.getProperty(key);
                if (key.equals("user") || key.equals("password")) {
                    continue;
                }
                switch (driver.propertyStyle()) {
                    case SET_PROPERTY -> find(cls, "setProperty", String.class, String.class).invoke(xa, key, value);
                    case URL_QUERY -> extra.append(extra.length() == 0 && url.indexOf('?') < 0 ? '?' : '&')
                            .append(enc(key)).append('=').append(enc(value));
                    case URL_SEMICOLON -> extra.append(';').append(key).append('=').append(value);
                    case NONE -> { }
                }
            }
            invokeFirst(xa, new String[] {"setURL", "setUrl"}, url + extra);
            if (props.getProperty("user") != null) {
                invokeFirst(xa, new String[] {"setUser"}, props.getProperty("user"));
            }
            if (props.getProperty("password") != null) {
                invokeFirst(xa, new String[] {"setPassword"}, props.getProperty("password"));
            }
            return (XADataSource) xa;
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ite && ite.getCause() != null
                    ? ite.getCause() : e;
            throw new SQLException("cannot configure XA data source " + driver.className() + " for datasource '"
                    + ds.name() + "' at " + Masking.maskUrl(url) + ": " + cause, "08001", cause);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Method find(Class<?> cls, String name, Class<?>... types) throws NoSuchMethodException {
        return cls.getMethod(name, types);
    }

    private static void invokeFirst(Object target, String[] names, String value) throws ReflectiveOperationException {
        NoSuchMethodException last = null;
        for (String n : names) {
            try {
                target.getClass().getMethod(n, String.class).invoke(target, value);
                return;
            } catch (NoSuchMethodException e) {
                last = e;
            }
        }
        throw last;
    }
}
