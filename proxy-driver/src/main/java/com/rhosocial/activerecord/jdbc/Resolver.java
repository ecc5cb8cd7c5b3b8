package com.rhosocial.activerecord.jdbc;

import com.rhosocial.activerecord.backend.Backend;
import com.rhosocial.activerecord.backend.Backends;
import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.Masking;
import com.rhosocial.activerecord.config.ActiveRecordConfig;
import com.rhosocial.activerecord.config.DataSourceDefinition;
import com.rhosocial.activerecord.dialect.Dialect;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a {@code jdbc:activerecord:} URL plus connection Properties, a named datasource, or a
 * {@link ConnectionConfig} into a {@link Cluster} (the shared pools) and the {@link ConnectionSettings} of the
 * connections to hand out. Precedence of the driver's options: URL over Properties over {@code activerecord.yaml}.
 * Resolutions of the same URL and Properties are cached, so {@code DriverManager} users pay the parsing once.
 */
final class Resolver {

    /** What a connect call resolves to. */
    record Resolved(Cluster cluster, ConnectionSettings settings) {
    }

    private static final int CACHE_LIMIT = 256;
    private static final Map<List<Object>, Resolved> CACHE = new ConcurrentHashMap<>();
    private static volatile ActiveRecordConfig config;
    private static volatile String loadedLocation;

    private Resolver() {
    }

    static Resolved resolve(String url, Properties info) throws SQLException {
        Map<String, String> given = new HashMap<>();
        if (info != null) {
            for (String k : info.stringPropertyNames()) {
                given.put(k, info.getProperty(k));
            }
        }
        List<Object> key = List.of(url, given, configLocation());
        Resolved r = CACHE.get(key);
        if (r != null) {
            return r;
        }
        r = resolveUncached(url, given);
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(key, r);
        return r;
    }

    static void clearCache() {
        CACHE.clear();
        config = null;
    }

    private static Resolved resolveUncached(String url, Map<String, String> given) throws SQLException {
        DriverUrl du = DriverUrl.parse(url);
        Map<String, String> options = new HashMap<>();
        Properties driverProps = new Properties();
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (ActiveRecordProperty.forKey(e.getKey()) != null) {
                options.put(e.getKey(), e.getValue());
            } else {
                driverProps.setProperty(e.getKey(), e.getValue());
            }
        }
        options.putAll(du.options); // the URL wins over Properties
        if (!du.secrets.isEmpty()) {
            // a password= moved out of the real URL (see DriverUrl.secrets); the URL wins here too
            driverProps.keySet().removeIf(k -> k.toString().equalsIgnoreCase("password"));
            du.secrets.forEach(driverProps::setProperty);
        }
        if (du.name != null) {
            return named(datasource(du.name), options, driverProps);
        }
        Backend backend = backendForUrl(du.realUrl);
        PoolSettings ps = PoolSettings.from(options);
        PhysicalPool primary = PoolRegistry.pool(new Target(backend, du.realUrl, driverProps), ps, false,
                ActiveRecordProperty.REPLICA_CONNECTION_TIMEOUT.getMillis(options));
        String label = Masking.maskUrl(du.realUrl);
        Cluster cluster = PoolRegistry.cluster(label, primary, List.of(),
                ActiveRecordProperty.REPLICA_RETRY_INTERVAL.getMillis(options), leastBusy(options));
        return new Resolved(cluster, ConnectionSettings.from(label, options, backend, null));
    }

    /** A named datasource; {@code options} and {@code extraDriverProps} (from URL and Properties) override the file. */
    static Resolved named(DataSourceDefinition def, Map<String, String> options, Properties extraDriverProps)
            throws SQLException {
        Map<String, String> merged = new HashMap<>();
        for (Map.Entry<String, String> e : def.properties().entrySet()) {
            if (ActiveRecordProperty.forKey(e.getKey()) != null) {
                merged.put(e.getKey(), e.getValue());
            }
        }
        merged.putAll(options);
        long replicaTimeout = ActiveRecordProperty.REPLICA_CONNECTION_TIMEOUT.getMillis(merged);
        PhysicalPool primary = PoolRegistry.pool(target(def, extraDriverProps), poolSettings(def, merged), false, replicaTimeout);
        List<PhysicalPool> replicas = new ArrayList<>();
        for (DataSourceDefinition r : def.replicas()) {
            replicas.add(PoolRegistry.pool(target(r, extraDriverProps), poolSettings(r, merged), true, replicaTimeout));
        }
        Cluster cluster = PoolRegistry.cluster(def.name(), primary, replicas,
                ActiveRecordProperty.REPLICA_RETRY_INTERVAL.getMillis(merged), leastBusy(merged));
        Dialect source = def.sourceDialect().orElse(null);
        return new Resolved(cluster, ConnectionSettings.from(def.name(), merged, def.backend(), source));
    }

    /** A configuration built in code ({@link ActiveRecordDataSource#of}): no translation, no replicas. */
    static Resolved of(ConnectionConfig config, Backend backend) throws SQLException {
        Target t;
        try {
            t = new Target(backend, backend.buildUrl(config), backend.driverProperties(config), backend.initSql(config),
                    new Properties());
        } catch (IllegalArgumentException e) {
            throw ActiveRecordSqlState.CONNECTION_UNABLE_TO_CONNECT.exception(Masking.maskText(e.getMessage()), e);
        }
        Map<String, String> none = Map.of();
        PhysicalPool primary = PoolRegistry.pool(t, PoolSettings.from(config, none), false,
                ActiveRecordProperty.REPLICA_CONNECTION_TIMEOUT.getMillis(none));
        String label = Masking.maskUrl(t.url());
        Cluster cluster = PoolRegistry.cluster(label, primary, List.of(),
                ActiveRecordProperty.REPLICA_RETRY_INTERVAL.getMillis(none), false);
        return new Resolved(cluster, ConnectionSettings.from(label, none, backend, null));
    }

    private static Target target(DataSourceDefinition def, Properties extra) throws SQLException {
        ConnectionConfig c = def.connection();
        Backend b = def.backend();
        Properties props;
        String url;
        List<String> init;
        try {
            url = def.jdbcUrl();
            props = b.driverProperties(c);
            init = b.initSql(c);
        } catch (IllegalArgumentException e) {
            throw ActiveRecordSqlState.CONNECTION_UNABLE_TO_CONNECT.exception("datasource " + def.name() + ": "
                    + Masking.maskText(e.getMessage()), e);
        }
        props.putAll(extra);
        Properties hikari = new Properties();
        for (Map.Entry<String, String> e : def.properties().entrySet()) {
            if (e.getKey().startsWith("pool.")) {
                hikari.setProperty(e.getKey().substring(5), e.getValue());
            }
        }
        return new Target(b, url, props, init, hikari);
    }

    private static boolean leastBusy(Map<String, String> options) throws SQLException {
        return "leastBusy".equals(ActiveRecordProperty.REPLICA_SELECTION.getChoice(options));
    }

    private static PoolSettings poolSettings(DataSourceDefinition def, Map<String, String> options) throws SQLException {
        return PoolSettings.from(def.connection(), options);
    }

    static DataSourceDefinition datasource(String name) throws SQLException {
        ActiveRecordConfig cfg = config();
        return cfg.datasource(name).orElseThrow(() -> ActiveRecordSqlState.CONNECTION_UNABLE_TO_CONNECT.exception(
                "unknown datasource '" + name + "' in " + cfg.source().orElse("activerecord.yaml (not found: set -D"
                        + ActiveRecordConfig.CONFIG_PROPERTY + " or " + ActiveRecordConfig.CONFIG_ENV + ")")
                        + "; known datasources: " + (cfg.names().isEmpty() ? "(none)" : String.join(", ", cfg.names()))));
    }

    /** The configuration file, loaded once per location (system property, environment variable or classpath). */
    static ActiveRecordConfig config() throws SQLException {
        String location = configLocation();
        ActiveRecordConfig c = config;
        if (c != null && Objects.equals(location, loadedLocation)) {
            return c;
        }
        synchronized (Resolver.class) {
            try {
                c = ActiveRecordConfig.load();
            } catch (IllegalArgumentException e) {
                throw ActiveRecordSqlState.CONNECTION_UNABLE_TO_CONNECT.exception(Masking.maskText(e.getMessage()), e);
            }
            loadedLocation = location;
            config = c;
            return c;
        }
    }

    private static String configLocation() {
        String p = System.getProperty(ActiveRecordConfig.CONFIG_PROPERTY);
        return p != null ? p : Objects.toString(System.getenv(ActiveRecordConfig.CONFIG_ENV), "");
    }

    static Backend backendForUrl(String realUrl) throws SQLException {
        try {
            return Backends.forUrl(realUrl);
        } catch (IllegalArgumentException e) {
            throw ActiveRecordSqlState.CONNECTION_UNABLE_TO_CONNECT.exception(e.getMessage(), e);
        }
    }
}
