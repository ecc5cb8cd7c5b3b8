package com.rhosocial.activerecord.backend;

import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.FunctionRenames;
import com.rhosocial.activerecord.dialect.TargetProfile;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * One kind of database: its JDBC driver, how to build its URL and driver properties from a
 * {@link ConnectionConfig}, its isolation levels, capabilities and dialect. This is also the service-provider
 * interface for custom backends: subclass it (or one of the built-in backends, overriding only what differs) and list
 * the class in {@code META-INF/services/com.rhosocial.activerecord.backend.Backend}; {@link Backends} finds it.
 *
 * <p>{@link #driverProperties(ConnectionConfig)} is a template: credentials, then the hooks
 * {@link #mapTimeouts}, {@link #mapCharset}, {@link #mapTimeZone}, {@link #mapSsl}, and finally the free
 * {@code options}, which win over anything mapped before them. Subclasses must have a public no-argument
 * constructor and be stateless and thread-safe.
 *
 * <pre>{@code
 * Backend b = Backends.forName("postgres");
 * try (Connection c = b.loadDriver().connect(b.buildUrl(cfg), b.driverProperties(cfg))) { ... }
 * }</pre>
 */
public abstract class Backend {

    /** Short lower-case name used in configuration ({@code postgresql}, {@code mysql}, ...). */
    public abstract String name();

    /** Other names accepted by {@link Backends#forName(String)} ({@code postgres}, {@code mssql}, ...). */
    public List<String> aliases() {
        return List.of();
    }

    /** JDBC URL prefixes this backend serves, such as {@code jdbc:postgresql:}. */
    public abstract List<String> urlPrefixes();

    /** Fully qualified class name of the real JDBC driver. */
    public abstract String driverClassName();

    /** The port used when the configuration gives none, or 0 when not applicable. */
    public abstract int defaultPort();

    /** The SQL dialect the database speaks. */
    public abstract Dialect dialect();

    /**
     * Function renames this database needs on top of the translator's rules for {@link #dialect()}, applied by the
     * driver to every statement it translates for this backend (the facade's SQL included). For a backend whose
     * database is a variant of a dialect the translator knows. None by default.
     */
    public FunctionRenames functionRenames() {
        return FunctionRenames.NONE;
    }

    /**
     * Type renames for the translator's output on top of its rules for {@link #dialect()}: the type name as the
     * dialect writes it ({@code BOOLEAN}, {@code JSON}, {@code VARCHAR}) to this database's spelling ({@code BIT},
     * {@code TEXT}, ...), applied in DDL and CAST. None by default.
     */
    public Map<String, String> typeRenames() {
        return Map.of();
    }

    /**
     * Rewrite hooks for single constructs no rename can express, by function name: each call of the function in the
     * translated SQL is replaced by what the hook returns for its (translated) arguments. None by default.
     */
    public Map<String, TargetProfile.FunctionRewrite> functionRewrites() {
        return Map.of();
    }

    /**
     * What the translator writes for this database at {@code version}: {@link #dialect()}, plus each capability
     * flag of {@link #capabilities(ServerVersion)} that differs from what the dialect's rules assume, plus
     * {@link #functionRenames()}, {@link #typeRenames()} and {@link #functionRewrites()}. The driver and the facade
     * translate every statement for this backend's datasources with it. A built-in backend on a server of the
     * documented versions gets the plain dialect. Override only to add what no flag describes.
     */
    public TargetProfile targetProfile(ServerVersion version) {
        return profile(version == null ? capabilities() : capabilities(version));
    }

    /** {@link #targetProfile(ServerVersion)} for the version-free {@link #capabilities()}. */
    public TargetProfile targetProfile() {
        return targetProfile(null);
    }

    private TargetProfile profile(BackendCapabilities caps) {
        TargetProfile.Builder b = CapabilityBaseline.differences(dialect(), caps, TargetProfile.builder(dialect()));
        FunctionRenames renames = functionRenames();
        return b.functionRenames(renames == null ? FunctionRenames.NONE : renames).typeRenames(typeRenames())
                .functionRewrites(functionRewrites()).build();
    }

    /**
     * What the database can do (RETURNING, upsert style, window functions, ...) at the server versions the manual
     * names for it; see {@link #capabilities(ServerVersion)} for a given server.
     */
    public abstract BackendCapabilities capabilities();

    /**
     * What a server of this {@code version} can do. The default returns {@link #capabilities()}; the built-ins
     * lower the flags a server older than the documented baseline lacks (MariaDB before 10.5 has no RETURNING, SQLite
     * before 3.35 neither, SQL Server before 2012 no OFFSET/FETCH, Oracle before 12c no FETCH FIRST, MySQL 5.7 no
     * window functions or CTEs). Never raises a flag above what the version-free table promises unless the version
     * proves it (Oracle 23 gains BOOLEAN).
     */
    public BackendCapabilities capabilities(ServerVersion version) {
        return capabilities();
    }

    /**
     * {@link #capabilities(ServerVersion)} for the server behind {@code metaData}.
     *
     * @throws SQLException from the driver while reading the version
     */
    public final BackendCapabilities forServer(DatabaseMetaData metaData) throws SQLException {
        return capabilities(ServerVersion.of(metaData));
    }

    /**
     * Builds the JDBC URL from host, port and database, or returns {@link ConnectionConfig#url()} unchanged when
     * the configuration gives one.
     *
     * @throws IllegalArgumentException when the configuration cannot describe a URL for this backend
     */
    public abstract String buildUrl(ConnectionConfig config);

    /** Isolation levels ({@link Connection} constants) the database accepts. */
    public abstract Set<Integer> supportedIsolationLevels();

    /** The isolation level a new connection has when nobody sets one. */
    public int defaultIsolationLevel() {
        return Connection.TRANSACTION_READ_COMMITTED;
    }

    /** Whether the database supports savepoints. */
    public boolean supportsSavepoints() {
        return true;
    }

    /**
     * SQL to run once on every new connection for settings no driver property covers (for example Oracle's
     * session time zone). Pools pass it as their connection-init SQL. Empty by default.
     */
    public List<String> initSql(ConnectionConfig config) {
        return List.of();
    }

    /**
     * Driver properties for a configuration: credentials, timeouts, charset, time zone and TLS mapped onto this
     * driver's own keys, and the free {@code options} last so that they win.
     *
     * @throws IllegalArgumentException when a setting cannot be honoured by this driver (SSL on SQLite, ...)
     */
    public Properties driverProperties(ConnectionConfig config) {
        Properties p = new Properties();
        if (config.username() != null) {
            p.setProperty("user", config.username());
        }
        if (config.password() != null) {
            p.setProperty("password", config.password());
        }
        mapTimeouts(config, p);
        if (config.charset() != null) {
            mapCharset(config.charset(), p);
        }
        if (config.timeZone() != null) {
            mapTimeZone(config.timeZone(), p);
        }
        mapSsl(config, p);
        for (Map.Entry<String, String> e : config.options().entrySet()) {
            if (e.getValue() != null) {
                p.setProperty(e.getKey(), e.getValue());
            }
        }
        return p;
    }

    /** Maps {@link ConnectionConfig#connectTimeout()} and {@link ConnectionConfig#socketTimeout()}. */
    protected void mapTimeouts(ConnectionConfig config, Properties p) {
    }

    /** Maps the client character set. The default rejects anything but UTF-8, the only charset we test. */
    protected void mapCharset(String charset, Properties p) {
        if (!isUtf8(charset)) {
            throw new IllegalArgumentException("backend " + name() + " cannot set the client charset; only UTF-8 is"
                    + " accepted (as a no-op), got charset '" + charset + "'");
        }
    }

    /** Maps the session time zone; the default does nothing (see {@link #initSql}). */
    protected void mapTimeZone(String timeZone, Properties p) {
    }

    /** Maps the TLS settings onto this driver's own property names. */
    protected void mapSsl(ConnectionConfig config, Properties p) {
    }

    /**
     * The TLS mode after applying {@link ConnectionConfig#sslVerifyHost()}: {@code verifyHost: true} turns
     * {@code verify-ca} into {@code verify-full}, {@code verifyHost: false} turns {@code verify-full} into
     * {@code verify-ca}. Returns null when no mode is configured and no other TLS setting implies one; a CA or
     * client certificate without a mode implies {@code verify-full}.
     *
     * @throws IllegalArgumentException when {@code verifyHost: true} is combined with a mode that does not verify
     *                                  the certificate at all
     */
    public static ConnectionConfig.SslMode effectiveSslMode(ConnectionConfig c) {
        if (c.sslCert() == null && (c.sslKey() != null || c.sslKeyPassword() != null)) {
            throw new IllegalArgumentException("ssl.key and ssl.keyPassword belong to a client certificate: set ssl.cert too");
        }
        ConnectionConfig.SslMode mode = c.sslMode();
        if (mode == null && (c.sslCa() != null || c.sslCert() != null)) {
            mode = ConnectionConfig.SslMode.VERIFY_FULL;
        }
        if (mode == null && Boolean.TRUE.equals(c.sslVerifyHost())) {
            mode = ConnectionConfig.SslMode.VERIFY_FULL;
        }
        if (mode == null || c.sslVerifyHost() == null) {
            return mode;
        }
        if (c.sslVerifyHost()) {
            if (mode == ConnectionConfig.SslMode.VERIFY_CA) {
                return ConnectionConfig.SslMode.VERIFY_FULL;
            }
            if (mode != ConnectionConfig.SslMode.VERIFY_FULL) {
                throw new IllegalArgumentException("ssl.verifyHost=true needs ssl.mode verify-ca or verify-full"
                        + " (a host name is only checked on a verified certificate), got ssl.mode="
                        + mode.id());
            }
            return mode;
        }
        return mode == ConnectionConfig.SslMode.VERIFY_FULL ? ConnectionConfig.SslMode.VERIFY_CA : mode;
    }

    /**
     * A time zone name or offset that is safe to quote into SQL ({@code UTC}, {@code Europe/Berlin},
     * {@code +02:00}).
     *
     * @throws IllegalArgumentException naming the value otherwise
     */
    protected static String checkedTimeZone(String zone) {
        String z = zone.trim();
        if (!z.matches("[A-Za-z0-9_/+:.-]{1,64}")) {
            throw new IllegalArgumentException("timeZone must be a zone name or offset such as UTC, Europe/Berlin or"
                    + " +02:00, got '" + zone + "'");
        }
        return z;
    }

    /** Whole seconds of {@code d}, rounded up so that 1500 ms does not become 1 s (0 stays 0). */
    protected static long ceilSeconds(Duration d) {
        long s = d.getSeconds();
        return d.getNano() > 0 ? s + 1 : s;
    }

    /** True for the usual spellings of UTF-8 (UTF-8, utf8, utf8mb4, AL32UTF8). */
    protected static boolean isUtf8(String charset) {
        String c = charset.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return c.equals("utf8") || c.equals("utf8mb4") || c.equals("al32utf8");
    }

    /** Host, or 127.0.0.1 when none is configured. */
    protected static String hostOrLocal(ConnectionConfig c) {
        return c.host() == null || c.host().isBlank() ? "127.0.0.1" : c.host();
    }

    /** Host in URL form: IPv6 literals get their brackets. */
    protected static String urlHost(ConnectionConfig c) {
        String h = hostOrLocal(c);
        return h.indexOf(':') >= 0 && !h.startsWith("[") ? "[" + h + "]" : h;
    }

    /** Configured port, or {@link #defaultPort()}. */
    protected int portOrDefault(ConnectionConfig c) {
        return c.port() == null ? defaultPort() : c.port();
    }

    /**
     * Loads the real driver explicitly with this backend's class loader, so that no "No suitable driver" depends on
     * {@code DriverManager}'s view of the context class loader.
     *
     * @throws SQLException SQLState 08001 when the driver class is not on the classpath
     */
    public Driver loadDriver() throws SQLException {
        try {
            Class<?> c = Class.forName(driverClassName(), true, getClass().getClassLoader());
            return (Driver) c.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new SQLException("JDBC driver " + driverClassName() + " for backend " + name()
                    + " is not on the classpath", "08001", e);
        }
    }

    /**
     * Opens one unpooled connection for {@code config}: the real driver, {@link #buildUrl}, {@link #driverProperties}
     * and {@link #initSql}. For tools and tests; applications use a pool.
     *
     * @throws SQLException from the driver; SQLState 08001 when the driver declines the URL
     */
    public Connection connect(ConnectionConfig config) throws SQLException {
        String url = buildUrl(config);
        Connection c = loadDriver().connect(url, driverProperties(config));
        if (c == null) {
            throw new SQLException("driver " + driverClassName() + " does not accept URL " + Masking.maskUrl(url), "08001");
        }
        try {
            for (String sql : initSql(config)) {
                try (var st = c.createStatement()) {
                    st.execute(sql);
                }
            }
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** True when {@code url} starts with one of {@link #urlPrefixes()}. */
    public boolean acceptsUrl(String url) {
        for (String prefix : urlPrefixes()) {
            if (url.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether date, time and timestamp parameters of translated SQL are bound as ISO-8601 text
     * ({@code 2024-01-15}, {@code 2024-01-15 10:30:00}, {@code 10:30:00}) instead of the driver's native form.
     * Default false. SQLite has no date type: its date functions and legacy data use such text, while its driver
     * binds {@code java.sql.Date} as epoch milliseconds, which compare with nothing a ported application stored.
     */
    public boolean temporalParametersAsText() {
        return false;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + name() + "]";
    }
}
