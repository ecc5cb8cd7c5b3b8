package com.rhosocial.activerecord.benchmarks.driver;

import com.p6spy.engine.spy.P6DataSource;
import com.rhosocial.activerecord.benchmarks.stub.StubDriver;
import com.rhosocial.activerecord.jdbc.ActiveRecordDataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.apache.shardingsphere.driver.api.ShardingSphereDataSourceFactory;
import org.apache.shardingsphere.single.config.SingleRuleConfiguration;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Builds the data sources the driver benchmarks compare, each over the same real URL and pooled the way its users
 * pool it:
 * <ul>
 *   <li>{@code hikari}: plain HikariCP over the real driver, the floor;</li>
 *   <li>{@code ar-off}, {@code ar-on}: the {@code jdbc:activerecord:} driver (which pools with HikariCP inside),
 *       translation off, or on from MySQL with the translation cache;</li>
 *   <li>{@code p6spy}, {@code dsproxy}: p6spy's and datasource-proxy's data sources wrapped around a HikariCP pool,
 *       the way the Spring Boot decorators do, with no logging sink (so they cost their wrapping only);</li>
 *   <li>{@code aws}: HikariCP over the AWS Advanced JDBC Wrapper with no plugins, as its documentation pools it;</li>
 *   <li>{@code shardingsphere}: ShardingSphere-JDBC with an empty rule set over a HikariCP pool.</li>
 * </ul>
 * Every data source is {@link AutoCloseable} through {@link #close(DataSource)}.
 */
public final class Targets {

    /** Pool size for every pool: enough for the 4-thread runs without waiting. */
    public static final int POOL_SIZE = 8;

    private static final List<AutoCloseable> OPENED = new ArrayList<>();

    private Targets() {
    }

    /**
     * A data source named {@code target} over {@code realUrl} (a {@code jdbc:...} URL of a real or stub driver).
     *
     * @param sourceDialect the dialect the caller's SQL is written in, for {@code ar-on}
     * @throws IllegalArgumentException for an unknown target name
     */
    public static DataSource create(String target, String realUrl, String user, String password, String sourceDialect)
            throws SQLException {
        StubDriver.register();
        switch (target) {
            case "hikari":
                return hikari(realUrl, user, password, null);
            case "ar-off":
                return activerecord(realUrl, user, password, sourceDialect, false);
            case "ar-on":
                return activerecord(realUrl, user, password, sourceDialect, true);
            case "p6spy":
                return p6spy(hikari(realUrl, user, password, null));
            case "dsproxy":
                return ProxyDataSourceBuilder.create(hikari(realUrl, user, password, null)).name("bench").build();
            case "aws":
                return aws(realUrl, user, password);
            case "shardingsphere":
                // ShardingSphere refuses URLs of unknown databases: give it the stub under a MySQL-shaped URL
                return shardingsphere(realUrl.startsWith(StubDriver.PREFIX)
                        ? hikari(StubDriver.MYSQL_SHAPED_URL, user, password, StubDriver.class.getName())
                        : hikari(realUrl, user, password, null));
            default:
                throw new IllegalArgumentException("unknown target '" + target
                        + "'; expected hikari, ar-off, ar-on, p6spy, dsproxy, aws or shardingsphere");
        }
    }

    /** The {@code jdbc:activerecord:} URL for a real URL: the real one minus {@code jdbc:}, with our options. */
    public static String activerecordUrl(String realUrl, String sourceDialect, boolean translate) {
        String rest = realUrl.substring("jdbc:".length());
        char sep = rest.indexOf('?') < 0 ? '?' : '&';
        return "jdbc:activerecord:" + rest + sep + "sourceDialect=" + sourceDialect + "&translate=" + translate
                + "&maximumPoolSize=" + POOL_SIZE + "&minimumIdle=" + POOL_SIZE;
    }

    /**
     * The {@code jdbc:activerecord:} driver through its pooled {@link ActiveRecordDataSource} (bean style, as
     * frameworks configure it): the URL is resolved once, each {@code getConnection()} borrows from the driver's
     * HikariCP pool and wraps the connection.
     */
    static DataSource activerecord(String realUrl, String user, String password, String sourceDialect,
                                   boolean translate) {
        ActiveRecordDataSource ds = new ActiveRecordDataSource();
        ds.setUrl(activerecordUrl(realUrl, sourceDialect, translate));
        if (user != null) {
            ds.setUser(user);
        }
        if (password != null) {
            ds.setPassword(password);
        }
        return ds;
    }

    /** A HikariCP pool over {@code url}; {@code driverClassName} may be null to let HikariCP find the driver. */
    public static HikariDataSource hikari(String url, String user, String password, String driverClassName) {
        HikariConfig hc = new HikariConfig();
        hc.setPoolName("bench-" + OPENED.size());
        hc.setJdbcUrl(url);
        if (driverClassName != null) {
            hc.setDriverClassName(driverClassName);
        }
        if (user != null) {
            hc.setUsername(user);
        }
        if (password != null) {
            hc.setPassword(password);
        }
        hc.setMaximumPoolSize(POOL_SIZE);
        hc.setMinimumIdle(POOL_SIZE);
        HikariDataSource ds = new HikariDataSource(hc);
        OPENED.add(ds);
        return ds;
    }

    private static DataSource p6spy(DataSource pool) {
        // No file and no console: p6spy logs through SLF4J, which has no provider in the benchmark jar (NOP).
        System.setProperty("p6spy.config.appender", "com.p6spy.engine.spy.appender.Slf4JLogger");
        System.setProperty("p6spy.config.autoflush", "false");
        return new P6DataSource(pool);
    }

    private static DataSource aws(String realUrl, String user, String password) {
        HikariConfig hc = new HikariConfig();
        hc.setPoolName("bench-aws-" + OPENED.size());
        hc.setJdbcUrl("jdbc:aws-wrapper:" + realUrl.substring("jdbc:".length()));
        hc.setDriverClassName("software.amazon.jdbc.Driver");
        if (user != null) {
            hc.setUsername(user);
        }
        if (password != null) {
            hc.setPassword(password);
        }
        hc.addDataSourceProperty("wrapperPlugins", ""); // no plugins: the wrapper's own pipeline only
        // a fixed dialect: no probing of the stub for Aurora / RDS topology (it answers every query with a row)
        hc.addDataSourceProperty("wrapperDialect", "unknown");
        hc.setMaximumPoolSize(POOL_SIZE);
        hc.setMinimumIdle(POOL_SIZE);
        HikariDataSource ds = new HikariDataSource(hc);
        OPENED.add(ds);
        return ds;
    }

    private static DataSource shardingsphere(DataSource pool) throws SQLException {
        // No sharding, encryption or read/write rule: only the single-table rule that every ShardingSphere database
        // has, told to load all tables of ds_0 ("*.*"), since its SQL binder refuses tables it has not loaded.
        DataSource ds = ShardingSphereDataSourceFactory.createDataSource("bench", null, Map.of("ds_0", pool),
                List.of(new SingleRuleConfiguration(List.of("*.*"), null)), new Properties());
        if (ds instanceof AutoCloseable) {
            OPENED.add((AutoCloseable) ds);
        }
        return ds;
    }

    /** Closes every pool and data source opened so far (the last opened first). */
    public static void closeAll() {
        for (int i = OPENED.size() - 1; i >= 0; i--) {
            try {
                OPENED.get(i).close();
            } catch (Exception e) {
                // closing at the end of a trial; nothing left to protect
            }
        }
        OPENED.clear();
    }

    /** Closes {@code ds} if it can be closed. */
    public static void close(DataSource ds) {
        if (ds instanceof AutoCloseable) {
            try {
                ((AutoCloseable) ds).close();
            } catch (Exception e) {
                // end of a trial
            }
        }
    }
}
