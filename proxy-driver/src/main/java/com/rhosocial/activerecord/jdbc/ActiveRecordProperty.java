package com.rhosocial.activerecord.jdbc;

import com.rhosocial.activerecord.dialect.Dialect;

import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Every option of the {@code jdbc:activerecord:} driver, in the shape of PgJDBC's {@code PGProperty}: key, default,
 * description, allowed choices and a sensitive flag. Options are read from the URL's own parameter syntax
 * ({@code ?a=b&c=d}, or {@code ;a=b} for SQL Server), from connection {@link Properties} and, for named datasources,
 * from {@code activerecord.yaml}; the URL wins over Properties, which win over the file. These keys are removed
 * before the URL and properties reach the real driver. Pool settings keep HikariCP's names, units (milliseconds)
 * and defaults. Constants are kept sorted by key (a test checks it) and the documentation table is generated from
 * this enum.
 */
public enum ActiveRecordProperty {

    CONNECTION_TIMEOUT("connectionTimeout", "30000",
            "Pool: milliseconds to wait for a connection from the pool before failing (HikariCP, minimum 250)."),
    IDLE_TIMEOUT("idleTimeout", "600000",
            "Pool: milliseconds a connection may sit idle before it is retired (HikariCP; 0 = never)."),
    KEEPALIVE_TIME("keepaliveTime", "120000",
            "Pool: milliseconds between keepalive checks of idle connections (HikariCP; 0 = off)."),
    LEAK_DETECTION_THRESHOLD("leakDetectionThreshold", "0",
            "Pool: milliseconds a connection may be out of the pool before a leak warning is logged (0 = off)."),
    LOG_PARAMETERS("logParameters", "false",
            "Show bind values in the slow-statement log; by default they are masked.", "true", "false"),
    MAX_LIFETIME("maxLifetime", "1800000",
            "Pool: maximum lifetime in milliseconds of a pooled connection (HikariCP; 0 = no limit)."),
    MAXIMUM_POOL_SIZE("maximumPoolSize", "10",
            "Pool: maximum number of physical connections to the database (HikariCP)."),
    MINIMUM_IDLE("minimumIdle", null,
            "Pool: minimum number of idle connections kept ready (HikariCP; default: same as maximumPoolSize)."),
    ON_UNSUPPORTED("onUnsupported", "passthrough",
            "What to do with SQL the target cannot express: send it as written (and log once), or fail with SQLState 42000.",
            "passthrough", "fail"),
    POOL_NAME("poolName", null,
            "Pool: name of the HikariCP pool, used in its log lines and metrics (default: generated from backend and host)."),
    READ_ONLY_ROUTING("readOnlyRouting", "true",
            "Send connections marked setReadOnly(true) outside a transaction to a replica, when the datasource has replicas.",
            "true", "false"),
    REPLICA_CONNECTION_TIMEOUT("replicaConnectionTimeout", "2000",
            "Milliseconds to wait for a replica connection before skipping that replica (minimum 250)."),
    REPLICA_RETRY_INTERVAL("replicaRetryInterval", "30000",
            "Milliseconds a failed replica is skipped before it is tried again."),
    REPLICA_SELECTION("replicaSelection", "roundRobin",
            "How a read-only connection picks among available replicas: in turn, or the one with fewest connections in use.",
            "roundRobin", "leastBusy"),
    SEMANTICS("semantics", "preserve",
            "Translation keeps results identical (preserve) or only translates the spelling (syntax).",
            "preserve", "syntax"),
    SLOW_QUERY_THRESHOLD("slowQueryThreshold", "1000",
            "Statements running at least this many milliseconds are logged at WARN with their SQL as written and as run (0 = off)."),
    SOURCE_DIALECT("sourceDialect", null,
            "Dialect the application's SQL is written in (default: the target's own dialect, so no translation).",
            "mysql", "mariadb", "postgresql", "oracle", "sqlserver", "sqlite", "h2"),
    TRANSLATE("translate", "true",
            "Translate SQL from sourceDialect to the target's dialect; false sends every statement as written.",
            "true", "false");

    private static final ActiveRecordProperty[] VALUES = values();
    private static final java.util.regex.Pattern DURATION =
            java.util.regex.Pattern.compile("(\\d+)\\s*(ms|s|m|min|h)?", java.util.regex.Pattern.CASE_INSENSITIVE);

    private final String key;
    private final String defaultValue;
    private final String description;
    private final String[] choices;

    ActiveRecordProperty(String key, String defaultValue, String description, String... choices) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
        this.choices = choices;
    }

    /** The key as written in URLs, Properties and {@code activerecord.yaml}. */
    public String key() {
        return key;
    }

    /** The default value as a string, or null when there is none. */
    public String defaultValue() {
        return defaultValue;
    }

    /** One-line description (used by {@code getPropertyInfo} and the documentation table). */
    public String description() {
        return description;
    }

    /** Allowed values, empty when any value of the right type is allowed. */
    public String[] choices() {
        return choices.clone();
    }

    /** True for values that must never be printed. None of the driver's own options is secret today. */
    public boolean isSensitive() {
        return false;
    }

    /** True for the HikariCP pool settings. */
    public boolean isPoolSetting() {
        return description.startsWith("Pool:");
    }

    /** The property with this exact key, or null. */
    public static ActiveRecordProperty forKey(String key) {
        for (ActiveRecordProperty p : VALUES) {
            if (p.key.equals(key)) {
                return p;
            }
        }
        return null;
    }

    /** The raw value from {@code options}, or the default. */
    public String get(Map<String, String> options) {
        String v = options.get(key);
        return v == null ? defaultValue : v;
    }

    /** The raw value from {@code props}, or the default. */
    public String get(Properties props) {
        String v = props.getProperty(key);
        return v == null ? defaultValue : v;
    }

    /** True when {@code options} sets this property. */
    public boolean isPresent(Map<String, String> options) {
        return options.get(key) != null;
    }

    /** The value as a boolean; fails with SQLState 22023 naming key and value when it is not true/false. */
    public boolean getBoolean(Map<String, String> options) throws SQLException {
        String v = get(options);
        if (v == null) {
            return false;
        }
        String s = v.trim().toLowerCase(Locale.ROOT);
        if (s.equals("true")) {
            return true;
        }
        if (s.equals("false")) {
            return false;
        }
        throw invalid(v, "true or false");
    }

    /** The value as an int, or {@code null} when absent without a default; fails with key and value. */
    public Integer getInteger(Map<String, String> options) throws SQLException {
        Long l = getLong(options);
        if (l == null) {
            return null;
        }
        if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
            throw invalid(String.valueOf(l), "an integer");
        }
        return l.intValue();
    }

    /** The value as a long, or {@code null} when absent without a default; fails with key and value. */
    public Long getLong(Map<String, String> options) throws SQLException {
        String v = get(options);
        if (v == null) {
            return null;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw invalid(v, "a whole number");
        }
    }

    /**
     * The value as milliseconds: a whole number of milliseconds, or a number with a unit ({@code 500ms}, {@code 30s},
     * {@code 2m}, {@code 1h}) as {@code activerecord.yaml} writes durations; null when absent without a default.
     */
    public Long getMillis(Map<String, String> options) throws SQLException {
        String v = get(options);
        if (v == null) {
            return null;
        }
        java.util.regex.Matcher m = DURATION.matcher(v.trim());
        if (!m.matches()) {
            throw invalid(v, "milliseconds or a duration such as 500ms, 30s, 2m, 1h");
        }
        long n;
        try {
            n = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            throw invalid(v, "milliseconds or a duration such as 500ms, 30s, 2m, 1h");
        }
        String unit = m.group(2) == null ? "ms" : m.group(2).toLowerCase(Locale.ROOT);
        switch (unit) {
            case "s": return n * 1_000L;
            case "m": case "min": return n * 60_000L;
            case "h": return n * 3_600_000L;
            default: return n;
        }
    }

    /** The value as a dialect, or null when absent; fails with key and value. */
    public Dialect getDialect(Map<String, String> options) throws SQLException {
        String v = get(options);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Dialect.of(v);
        } catch (IllegalArgumentException e) {
            throw invalid(v, String.join(", ", choices));
        }
    }

    /** The value checked against {@link #choices()} (case-insensitive), as spelled in the choices; fails with key and value. */
    public String getChoice(Map<String, String> options) throws SQLException {
        String v = get(options);
        if (v == null) {
            return null;
        }
        String s = v.trim();
        for (String c : choices) {
            if (c.equalsIgnoreCase(s)) {
                return c;
            }
        }
        throw invalid(v, String.join(", ", choices));
    }

    /** A {@link DriverPropertyInfo} for {@code getPropertyInfo}, showing the value given in {@code options}. */
    public DriverPropertyInfo toDriverPropertyInfo(Map<String, String> options) {
        DriverPropertyInfo info = new DriverPropertyInfo(key, get(options));
        info.description = description;
        info.required = false;
        info.choices = choices.length == 0 ? null : choices.clone();
        return info;
    }

    private SQLException invalid(String value, String expected) {
        return ActiveRecordSqlState.INVALID_PARAMETER_VALUE.exception(
                "option " + key + " must be " + expected + ", got '" + (isSensitive() ? "****" : value) + "'");
    }
}
