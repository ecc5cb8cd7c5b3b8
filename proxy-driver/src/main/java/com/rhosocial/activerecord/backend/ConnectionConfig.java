package com.rhosocial.activerecord.backend;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything needed to reach one database: where it is, who connects, how the pool behaves, timeouts and TLS.
 * Immutable; build with {@link #builder()} or read from the environment with {@link #fromEnv(String)}.
 * {@link #toString()} never shows the password.
 *
 * <pre>{@code
 * ConnectionConfig cfg = ConnectionConfig.builder()
 *     .host("127.0.0.1").port(5432).database("test").username("postgres")
 *     .maximumPoolSize(10).build();
 * }</pre>
 */
public final class ConnectionConfig {

    /** TLS modes, named after libpq's {@code sslmode}; each backend maps them onto its driver. */
    public enum SslMode {
        DISABLE, PREFER, REQUIRE, VERIFY_CA, VERIFY_FULL;

        /**
         * Parses {@code disable}, {@code prefer}, {@code require}, {@code verify-ca}, {@code verify-full}
         * (case-insensitive, {@code _} or {@code -}).
         *
         * @throws IllegalArgumentException naming the value and the accepted modes
         */
        public static SslMode of(String s) {
            try {
                return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("sslMode must be one of disable, prefer, require, verify-ca, verify-full; got '" + s + "'");
            }
        }

        /** The configuration spelling: {@code verify-full}, ... */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final String backend;
    private final String url;
    private final String host;
    private final Integer port;
    private final String database;
    private final String username;
    private final String password;
    private final String charset;
    private final String timeZone;
    // pool (HikariCP names and defaults)
    private final int maximumPoolSize;
    private final Integer minimumIdle;
    private final Duration connectionTimeout;
    private final Duration idleTimeout;
    private final Duration maxLifetime;
    private final Duration keepaliveTime;
    private final Duration leakDetectionThreshold;
    // timeouts
    private final Duration connectTimeout;
    private final Duration socketTimeout;
    private final Duration statementTimeout;
    // TLS
    private final SslMode sslMode;
    private final String sslCa;
    private final String sslCert;
    private final String sslKey;
    private final String sslKeyPassword;
    private final Boolean sslVerifyHost;
    private final Map<String, String> options;

    private ConnectionConfig(Builder b) {
        this.backend = b.backend;
        this.url = b.url;
        this.host = b.host;
        this.port = b.port;
        this.database = b.database;
        this.username = b.username;
        this.password = b.password;
        this.charset = b.charset;
        this.timeZone = b.timeZone;
        this.maximumPoolSize = b.maximumPoolSize;
        this.minimumIdle = b.minimumIdle;
        this.connectionTimeout = b.connectionTimeout;
        this.idleTimeout = b.idleTimeout;
        this.maxLifetime = b.maxLifetime;
        this.keepaliveTime = b.keepaliveTime;
        this.leakDetectionThreshold = b.leakDetectionThreshold;
        this.connectTimeout = b.connectTimeout;
        this.socketTimeout = b.socketTimeout;
        this.statementTimeout = b.statementTimeout;
        this.sslMode = b.sslMode;
        this.sslCa = b.sslCa;
        this.sslCert = b.sslCert;
        this.sslKey = b.sslKey;
        this.sslKeyPassword = b.sslKeyPassword;
        this.sslVerifyHost = b.sslVerifyHost;
        this.options = Map.copyOf(b.options);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled from this configuration. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.backend = backend;
        b.url = url;
        b.host = host;
        b.port = port;
        b.database = database;
        b.username = username;
        b.password = password;
        b.charset = charset;
        b.timeZone = timeZone;
        b.maximumPoolSize = maximumPoolSize;
        b.minimumIdle = minimumIdle;
        b.connectionTimeout = connectionTimeout;
        b.idleTimeout = idleTimeout;
        b.maxLifetime = maxLifetime;
        b.keepaliveTime = keepaliveTime;
        b.leakDetectionThreshold = leakDetectionThreshold;
        b.connectTimeout = connectTimeout;
        b.socketTimeout = socketTimeout;
        b.statementTimeout = statementTimeout;
        b.sslMode = sslMode;
        b.sslCa = sslCa;
        b.sslCert = sslCert;
        b.sslKey = sslKey;
        b.sslKeyPassword = sslKeyPassword;
        b.sslVerifyHost = sslVerifyHost;
        b.options.putAll(options);
        return b;
    }

    /**
     * Reads a configuration from environment variables named {@code PREFIX_HOST}, {@code PREFIX_PORT},
     * {@code PREFIX_DATABASE}, {@code PREFIX_USER} (or {@code _USERNAME}), {@code PREFIX_PASSWORD},
     * {@code PREFIX_BACKEND}, {@code PREFIX_URL}, {@code PREFIX_CHARSET}, {@code PREFIX_TIMEZONE},
     * {@code PREFIX_POOL_SIZE}, {@code PREFIX_SSL_MODE}, {@code PREFIX_SSL_CA}, {@code PREFIX_SSL_CERT},
     * {@code PREFIX_SSL_KEY}, {@code PREFIX_SSL_KEY_PASSWORD}. Unset or empty variables leave the defaults.
     *
     * @throws IllegalArgumentException naming the variable when a number or mode does not parse
     */
    public static ConnectionConfig fromEnv(String prefix) {
        return fromEnv(prefix, System.getenv());
    }

    /** As {@link #fromEnv(String)}, reading from the given map (for tests). */
    public static ConnectionConfig fromEnv(String prefix, Map<String, String> env) {
        String p = prefix.endsWith("_") ? prefix : prefix + "_";
        Builder b = builder();
        get(env, p + "BACKEND").ifPresent(b::backend);
        get(env, p + "URL").ifPresent(b::url);
        get(env, p + "HOST").ifPresent(b::host);
        get(env, p + "PORT").ifPresent(v -> b.port(parseInt(p + "PORT", v)));
        get(env, p + "DATABASE").ifPresent(b::database);
        get(env, p + "USER").or(() -> get(env, p + "USERNAME")).ifPresent(b::username);
        get(env, p + "PASSWORD").ifPresent(b::password);
        get(env, p + "CHARSET").ifPresent(b::charset);
        get(env, p + "TIMEZONE").ifPresent(b::timeZone);
        get(env, p + "POOL_SIZE").ifPresent(v -> b.maximumPoolSize(parseInt(p + "POOL_SIZE", v)));
        get(env, p + "SSL_MODE").ifPresent(v -> b.sslMode(SslMode.of(v)));
        get(env, p + "SSL_CA").ifPresent(b::sslCa);
        get(env, p + "SSL_CERT").ifPresent(b::sslCert);
        get(env, p + "SSL_KEY").ifPresent(b::sslKey);
        get(env, p + "SSL_KEY_PASSWORD").ifPresent(b::sslKeyPassword);
        return b.build();
    }

    private static Optional<String> get(Map<String, String> env, String key) {
        String v = env.get(key);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    private static int parseInt(String key, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be an integer, got '" + value + "'");
        }
    }

    /** Backend name ({@code postgresql}, {@code mysql}, ...) or null when implied by the URL or the backend class. */
    public String backend() { return backend; }
    /** A full JDBC URL, when given instead of host/port/database. */
    public String url() { return url; }
    public String host() { return host; }
    /** Port, or null for the backend's default. */
    public Integer port() { return port; }
    /** Database name; for SQLite a file path or {@code :memory:}. */
    public String database() { return database; }
    public String username() { return username; }
    /** The password; never printed by this class. */
    public String password() { return password; }
    public String charset() { return charset; }
    public String timeZone() { return timeZone; }
    /** HikariCP {@code maximumPoolSize}; default 10. */
    public int maximumPoolSize() { return maximumPoolSize; }
    /** HikariCP {@code minimumIdle}; null means same as the maximum pool size. */
    public Integer minimumIdle() { return minimumIdle; }
    /** HikariCP {@code connectionTimeout}; default 30 s. */
    public Duration connectionTimeout() { return connectionTimeout; }
    /** HikariCP {@code idleTimeout}; default 10 min. */
    public Duration idleTimeout() { return idleTimeout; }
    /** HikariCP {@code maxLifetime}; default 30 min. */
    public Duration maxLifetime() { return maxLifetime; }
    /** HikariCP {@code keepaliveTime}; default 2 min (HikariCP 7's default). */
    public Duration keepaliveTime() { return keepaliveTime; }
    /** HikariCP {@code leakDetectionThreshold}; default 0 (off). */
    public Duration leakDetectionThreshold() { return leakDetectionThreshold; }
    /** Driver connect timeout, or null for the driver's default. */
    public Duration connectTimeout() { return connectTimeout; }
    /** Driver socket (read) timeout, or null for none. */
    public Duration socketTimeout() { return socketTimeout; }
    /** Default statement query timeout, or null for none. */
    public Duration statementTimeout() { return statementTimeout; }
    /** TLS mode, or null for the driver's default. */
    public SslMode sslMode() { return sslMode; }
    /** Path of the CA certificate (PEM). */
    public String sslCa() { return sslCa; }
    /** Path of the client certificate (PEM). */
    public String sslCert() { return sslCert; }
    /** Path of the client key. */
    public String sslKey() { return sslKey; }
    /** Password of the client key; never printed. */
    public String sslKeyPassword() { return sslKeyPassword; }
    /** Whether the server's host name is checked against its certificate; null follows {@link #sslMode()}. */
    public Boolean sslVerifyHost() { return sslVerifyHost; }
    /** Extra driver properties passed to the real driver as they are. */
    public Map<String, String> options() { return options; }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ConnectionConfig)) {
            return false;
        }
        ConnectionConfig c = (ConnectionConfig) o;
        return maximumPoolSize == c.maximumPoolSize && Objects.equals(backend, c.backend) && Objects.equals(url, c.url)
                && Objects.equals(host, c.host) && Objects.equals(port, c.port) && Objects.equals(database, c.database)
                && Objects.equals(username, c.username) && Objects.equals(password, c.password)
                && Objects.equals(charset, c.charset) && Objects.equals(timeZone, c.timeZone)
                && Objects.equals(minimumIdle, c.minimumIdle) && Objects.equals(connectionTimeout, c.connectionTimeout)
                && Objects.equals(idleTimeout, c.idleTimeout) && Objects.equals(maxLifetime, c.maxLifetime)
                && Objects.equals(keepaliveTime, c.keepaliveTime)
                && Objects.equals(leakDetectionThreshold, c.leakDetectionThreshold)
                && Objects.equals(connectTimeout, c.connectTimeout) && Objects.equals(socketTimeout, c.socketTimeout)
                && Objects.equals(statementTimeout, c.statementTimeout) && sslMode == c.sslMode
                && Objects.equals(sslCa, c.sslCa) && Objects.equals(sslCert, c.sslCert) && Objects.equals(sslKey, c.sslKey)
                && Objects.equals(sslKeyPassword, c.sslKeyPassword) && Objects.equals(sslVerifyHost, c.sslVerifyHost)
                && options.equals(c.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(backend, url, host, port, database, username, maximumPoolSize, sslMode, options);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ConnectionConfig{");
        if (backend != null) sb.append("backend=").append(backend).append(", ");
        if (url != null) sb.append("url=").append(Masking.maskUrl(url)).append(", ");
        if (host != null) sb.append("host=").append(host).append(", ");
        if (port != null) sb.append("port=").append(port).append(", ");
        if (database != null) sb.append("database=").append(database).append(", ");
        if (username != null) sb.append("username=").append(username).append(", ");
        if (password != null) sb.append("password=****, ");
        if (charset != null) sb.append("charset=").append(charset).append(", ");
        if (timeZone != null) sb.append("timeZone=").append(timeZone).append(", ");
        sb.append("maximumPoolSize=").append(maximumPoolSize);
        if (minimumIdle != null) sb.append(", minimumIdle=").append(minimumIdle);
        if (connectTimeout != null) sb.append(", connectTimeout=").append(connectTimeout);
        if (socketTimeout != null) sb.append(", socketTimeout=").append(socketTimeout);
        if (statementTimeout != null) sb.append(", statementTimeout=").append(statementTimeout);
        if (sslMode != null) sb.append(", sslMode=").append(sslMode.id());
        if (sslCa != null) sb.append(", sslCa=").append(sslCa);
        if (sslCert != null) sb.append(", sslCert=").append(sslCert);
        if (sslKey != null) sb.append(", sslKey=").append(sslKey);
        if (sslKeyPassword != null) sb.append(", sslKeyPassword=****");
        if (sslVerifyHost != null) sb.append(", sslVerifyHost=").append(sslVerifyHost);
        if (!options.isEmpty()) sb.append(", options=").append(Masking.maskProperties(options));
        return sb.append('}').toString();
    }

    /** Builds a {@link ConnectionConfig}; every setter returns the builder. */
    public static final class Builder {
        private String backend;
        private String url;
        private String host;
        private Integer port;
        private String database;
        private String username;
        private String password;
        private String charset;
        private String timeZone;
        private int maximumPoolSize = 10;
        private Integer minimumIdle;
        private Duration connectionTimeout = Duration.ofSeconds(30);
        private Duration idleTimeout = Duration.ofMinutes(10);
        private Duration maxLifetime = Duration.ofMinutes(30);
        private Duration keepaliveTime = Duration.ofMinutes(2);
        private Duration leakDetectionThreshold = Duration.ZERO;
        private Duration connectTimeout;
        private Duration socketTimeout;
        private Duration statementTimeout;
        private SslMode sslMode;
        private String sslCa;
        private String sslCert;
        private String sslKey;
        private String sslKeyPassword;
        private Boolean sslVerifyHost;
        private final Map<String, String> options = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder backend(String v) { this.backend = v; return this; }
        public Builder url(String v) { this.url = v; return this; }
        public Builder host(String v) { this.host = v; return this; }
        public Builder port(int v) {
            if (v <= 0 || v > 65535) {
                throw new IllegalArgumentException("port must be 1..65535, got " + v);
            }
            this.port = v;
            return this;
        }
        /** Sets or (with null) clears the port; returns the builder. */
        public Builder port(Integer v) {
            if (v == null) {
                this.port = null;
                return this;
            }
            return port(v.intValue());
        }
        public Builder database(String v) { this.database = v; return this; }
        public Builder username(String v) { this.username = v; return this; }
        /** Alias of {@link #username(String)}, as the seed's {@code user=}. */
        public Builder user(String v) { return username(v); }
        public Builder password(String v) { this.password = v; return this; }
        public Builder charset(String v) { this.charset = v; return this; }
        public Builder timeZone(String v) { this.timeZone = v; return this; }
        public Builder maximumPoolSize(int v) {
            if (v < 1) {
                throw new IllegalArgumentException("maximumPoolSize must be >= 1, got " + v);
            }
            this.maximumPoolSize = v;
            return this;
        }
        public Builder minimumIdle(int v) {
            if (v < 0) {
                throw new IllegalArgumentException("minimumIdle must be >= 0, got " + v);
            }
            this.minimumIdle = v;
            return this;
        }
        public Builder connectionTimeout(Duration v) { this.connectionTimeout = positive("connectionTimeout", v); return this; }
        public Builder idleTimeout(Duration v) { this.idleTimeout = nonNegative("idleTimeout", v); return this; }
        public Builder maxLifetime(Duration v) { this.maxLifetime = nonNegative("maxLifetime", v); return this; }
        public Builder keepaliveTime(Duration v) { this.keepaliveTime = nonNegative("keepaliveTime", v); return this; }
        public Builder leakDetectionThreshold(Duration v) { this.leakDetectionThreshold = nonNegative("leakDetectionThreshold", v); return this; }
        public Builder connectTimeout(Duration v) { this.connectTimeout = positive("connectTimeout", v); return this; }
        public Builder socketTimeout(Duration v) { this.socketTimeout = nonNegative("socketTimeout", v); return this; }
        public Builder statementTimeout(Duration v) { this.statementTimeout = nonNegative("statementTimeout", v); return this; }
        public Builder sslMode(SslMode v) { this.sslMode = v; return this; }
        public Builder sslCa(String v) { this.sslCa = v; return this; }
        public Builder sslCert(String v) { this.sslCert = v; return this; }
        public Builder sslKey(String v) { this.sslKey = v; return this; }
        public Builder sslKeyPassword(String v) { this.sslKeyPassword = v; return this; }
        public Builder sslVerifyHost(Boolean v) { this.sslVerifyHost = v; return this; }
        /** Adds one driver property passed to the real driver as it is. */
        public Builder option(String key, String value) { this.options.put(Objects.requireNonNull(key), value); return this; }
        public Builder options(Map<String, String> all) { this.options.putAll(all); return this; }

        public ConnectionConfig build() {
            if (minimumIdle != null && minimumIdle > maximumPoolSize) {
                throw new IllegalArgumentException("minimumIdle (" + minimumIdle + ") must not exceed maximumPoolSize (" + maximumPoolSize + ")");
            }
            return new ConnectionConfig(this);
        }

        private static Duration positive(String name, Duration d) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be a positive duration, got " + d);
            }
            return d;
        }

        private static Duration nonNegative(String name, Duration d) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative, got " + d);
            }
            return d;
        }
    }
}
