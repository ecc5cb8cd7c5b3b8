package com.rhosocial.activerecord.config;

import com.rhosocial.activerecord.backend.Backend;
import com.rhosocial.activerecord.backend.Backends;
import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.Masking;
import com.rhosocial.activerecord.dialect.Dialect;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one {@code datasources.<name>} mapping (and its replicas) into a {@link DataSourceDefinition}. All typing
 * happens here, so that every message names the key and the offending value.
 */
final class DataSourceParser {

    static final Set<String> POOL_KEYS = Set.of("maximumPoolSize", "minimumIdle", "connectionTimeout",
            "idleTimeout", "maxLifetime", "keepaliveTime", "leakDetectionThreshold");
    /** HikariCP settings we do not model; passed on as {@code pool.<key>} properties for the driver. */
    static final Set<String> POOL_PASSTHROUGH_KEYS = Set.of("poolName", "autoCommit", "validationTimeout",
            "initializationFailTimeout", "connectionTestQuery", "connectionInitSql", "isolateInternalQueries",
            "allowPoolSuspension", "readOnly", "transactionIsolation", "catalog", "schema", "registerMbeans");
    static final Set<String> SSL_KEYS = Set.of("mode", "ca", "cert", "key", "keyPassword", "verifyHost");
    static final Set<String> TIMEOUT_KEYS = Set.of("connect", "socket", "statement");

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|min|h|d)?", Pattern.CASE_INSENSITIVE);

    private final Interpolator interpolator;
    private final YamlNode.Errors errors;
    private final String name;

    DataSourceParser(Interpolator interpolator, YamlNode.Errors errors, String name) {
        this.interpolator = interpolator;
        this.errors = errors;
        this.name = name;
    }

    DataSourceDefinition parse(YamlNode node) {
        if (!node.isMap()) {
            throw errors.at(node, "a datasource must be a mapping of keys (url, username, ...), got " + node.kind());
        }
        Map<String, YamlNode> keys = node.entries(errors);
        checkUrlOrAddress(keys);
        ConnectionConfig.Builder b = ConnectionConfig.builder();
        Map<String, String> properties = new LinkedHashMap<>();
        Dialect[] sourceDialect = {null};
        applyKeys(keys, b, properties, sourceDialect, node, false);
        ConnectionConfig cfg = build(b, node);
        Backend backend = resolveBackend(cfg, keys, node);
        checkRequired(cfg, backend, keys, node);

        List<DataSourceDefinition> replicas = new ArrayList<>();
        YamlNode rs = keys.get("replicas");
        if (rs != null && !rs.isNull()) {
            if (!rs.isList()) {
                throw errors.at(rs, "replicas must be a list (- url: ...), got " + rs.kind());
            }
            List<YamlNode> items = rs.items();
            for (int i = 0; i < items.size(); i++) {
                replicas.add(parseReplica(items.get(i), i, cfg, backend, properties, sourceDialect[0]));
            }
        }
        return DataSourceDefinition.parsed(name, cfg, backend, sourceDialect[0], properties, replicas,
                origin(node));
    }

    private DataSourceDefinition parseReplica(YamlNode node, int index, ConnectionConfig primary, Backend primaryBackend,
                                              Map<String, String> primaryProps, Dialect primaryDialect) {
        Map<String, YamlNode> keys;
        ConnectionConfig.Builder b = primary.toBuilder();
        if (node.isScalar() && !node.isNull()) {
            // "- jdbc:postgresql://..." is shorthand for "- url: jdbc:postgresql://..."
            keys = Map.of("url", node);
        } else if (node.isMap()) {
            keys = node.entries(errors);
        } else {
            throw errors.at(node, "a replica must be a mapping (url: ... or host: ...) or a URL, got " + node.kind());
        }
        if (keys.containsKey("replicas")) {
            throw errors.at(keys.get("replicas"), "a replica cannot have replicas of its own");
        }
        checkUrlOrAddress(keys);
        if (keys.containsKey("url")) {
            // A replica URL replaces the primary's address entirely; the backend follows the URL unless given.
            b.host(null).port((Integer) null).database(null);
            if (!keys.containsKey("backend")) {
                b.backend(null);
            }
        } else if (keys.containsKey("host") || keys.containsKey("port") || keys.containsKey("database")) {
            b.url(null);
            if (!keys.containsKey("backend")) {
                b.backend(primaryBackend.name());
            }
        }
        Map<String, String> props = new LinkedHashMap<>(primaryProps);
        // a pool name identifies one pool (and its JMX bean): a replica does not inherit it
        props.remove("pool.poolName");
        Dialect[] dialect = {primaryDialect};
        String replicaName = name + ".replicas[" + index + "]";
        YamlNode nameNode = keys.get("name");
        if (nameNode != null) {
            replicaName = requireText(nameNode);
        }
        applyKeys(keys, b, props, dialect, node, true);
        props.remove("name");
        ConnectionConfig cfg = build(b, node);
        Backend backend = resolveBackend(cfg, keys, node);
        checkRequired(cfg, backend, keys, node);
        return DataSourceDefinition.parsed(replicaName, cfg, backend, dialect[0], props, List.of(), origin(node));
    }

    /** A URL and host/port/database together would leave one of them silently unused. */
    private void checkUrlOrAddress(Map<String, YamlNode> keys) {
        if (!keys.containsKey("url")) {
            return;
        }
        for (String k : new String[]{"host", "port", "database"}) {
            if (keys.containsKey(k)) {
                throw errors.at(keys.get(k), "give either url or host/port/database, not both ('" + k
                        + "' would be ignored next to the url)");
            }
        }
    }

    private String origin(YamlNode node) {
        return errors.source + (node.line() > 0 ? ", line " + node.line() : "");
    }

    private void applyKeys(Map<String, YamlNode> keys, ConnectionConfig.Builder b, Map<String, String> properties,
                           Dialect[] sourceDialect, YamlNode owner, boolean replica) {
        for (Map.Entry<String, YamlNode> e : keys.entrySet()) {
            String key = e.getKey();
            YamlNode v = e.getValue();
            switch (key) {
                case "url": {
                    String url = requireText(v);
                    checkUrl(v, url);
                    b.url(url);
                    break;
                }
                case "backend": {
                    String backend = requireText(v);
                    if (Backends.findByName(backend).isEmpty()) {
                        throw errors.at(v, "unknown backend '" + backend + "'; known backends: "
                                + String.join(", ", Backends.names()));
                    }
                    b.backend(backend);
                    break;
                }
                case "host": b.host(requireText(v)); break;
                case "port": {
                    int port = integer(v);
                    set(v, () -> b.port(port));
                    break;
                }
                case "database": b.database(requireText(v)); break;
                case "username": case "user": b.username(text(v)); break;
                case "password": b.password(text(v)); break;
                case "charset": b.charset(text(v)); break;
                case "timeZone": case "timezone": b.timeZone(text(v)); break;
                case "sourceDialect": {
                    String d = text(v);
                    if (d == null || d.isBlank()) {
                        sourceDialect[0] = null;
                    } else {
                        try {
                            sourceDialect[0] = Dialect.of(d);
                        } catch (IllegalArgumentException ex) {
                            throw errors.at(v, ex.getMessage(), ex);
                        }
                    }
                    break;
                }
                case "pool": pool(v, b, properties); break;
                case "ssl": ssl(v, b); break;
                case "timeouts": timeouts(v, b); break;
                case "options": options(v, b); break;
                case "replicas": break; // handled by the caller
                default: flatten(key, v, properties);
            }
        }
    }

    private void pool(YamlNode v, ConnectionConfig.Builder b, Map<String, String> properties) {
        for (Map.Entry<String, YamlNode> e : mapping(v, "pool", "maximumPoolSize: 10").entrySet()) {
            YamlNode n = e.getValue();
            switch (e.getKey()) {
                case "maximumPoolSize": { int i = integer(n); set(n, () -> b.maximumPoolSize(i)); break; }
                case "minimumIdle": { int i = integer(n); set(n, () -> b.minimumIdle(i)); break; }
                case "connectionTimeout": { Duration d = duration(n); set(n, () -> b.connectionTimeout(d)); break; }
                case "idleTimeout": { Duration d = duration(n); set(n, () -> b.idleTimeout(d)); break; }
                case "maxLifetime": { Duration d = duration(n); set(n, () -> b.maxLifetime(d)); break; }
                case "keepaliveTime": { Duration d = duration(n); set(n, () -> b.keepaliveTime(d)); break; }
                case "leakDetectionThreshold": { Duration d = duration(n); set(n, () -> b.leakDetectionThreshold(d)); break; }
                default:
                    if (POOL_PASSTHROUGH_KEYS.contains(e.getKey())) {
                        properties.put("pool." + e.getKey(), text(n));
                    } else {
                        throw errors.at(n, "unknown pool setting '" + e.getKey() + "'; known: "
                                + sorted(POOL_KEYS) + " (passed to HikariCP: " + sorted(POOL_PASSTHROUGH_KEYS) + ")");
                    }
            }
        }
    }

    private void ssl(YamlNode v, ConnectionConfig.Builder b) {
        for (Map.Entry<String, YamlNode> e : mapping(v, "ssl", "mode: verify-full").entrySet()) {
            YamlNode n = e.getValue();
            switch (e.getKey()) {
                case "mode": {
                    String mode = text(n);
                    if (mode == null) {
                        b.sslMode(null);
                    } else {
                        try {
                            b.sslMode(ConnectionConfig.SslMode.of(mode));
                        } catch (IllegalArgumentException ex) {
                            throw errors.at(n, "ssl.mode must be one of disable, prefer, require, verify-ca,"
                                    + " verify-full; got '" + mode + "'", ex);
                        }
                    }
                    break;
                }
                case "ca": b.sslCa(text(n)); break;
                case "cert": b.sslCert(text(n)); break;
                case "key": b.sslKey(text(n)); break;
                case "keyPassword": b.sslKeyPassword(text(n)); break;
                case "verifyHost": b.sslVerifyHost(bool(n)); break;
                default:
                    throw errors.at(n, "unknown ssl setting '" + e.getKey() + "'; known: " + sorted(SSL_KEYS));
            }
        }
    }

    private void timeouts(YamlNode v, ConnectionConfig.Builder b) {
        for (Map.Entry<String, YamlNode> e : mapping(v, "timeouts", "connect: 10s").entrySet()) {
            YamlNode n = e.getValue();
            String k = e.getKey();
            String normal = k.endsWith("Timeout") ? k.substring(0, k.length() - "Timeout".length()) : k;
            switch (normal) {
                case "connect": { Duration d = duration(n); set(n, () -> b.connectTimeout(d)); break; }
                case "socket": { Duration d = duration(n); set(n, () -> b.socketTimeout(d)); break; }
                case "statement": { Duration d = duration(n); set(n, () -> b.statementTimeout(d)); break; }
                default:
                    throw errors.at(n, "unknown timeout '" + k + "'; known: " + sorted(TIMEOUT_KEYS));
            }
        }
    }

    private void options(YamlNode v, ConnectionConfig.Builder b) {
        for (Map.Entry<String, YamlNode> e : mapping(v, "options", "someDriverProperty: value").entrySet()) {
            YamlNode n = e.getValue();
            if (!n.isScalar()) {
                throw errors.at(n, "driver options are plain key: value pairs, got " + n.kind());
            }
            b.option(e.getKey(), n.isNull() ? "" : text(n));
        }
    }

    private void flatten(String key, YamlNode v, Map<String, String> out) {
        if (v.isMap()) {
            for (Map.Entry<String, YamlNode> e : v.entries(errors).entrySet()) {
                flatten(key + "." + e.getKey(), e.getValue(), out);
            }
        } else if (v.isList()) {
            List<String> parts = new ArrayList<>();
            for (YamlNode item : v.items()) {
                if (!item.isScalar()) {
                    throw errors.at(item, "only lists of plain values are allowed here, got " + item.kind());
                }
                parts.add(text(item));
            }
            out.put(key, String.join(",", parts));
        } else {
            String t = text(v);
            out.put(key, t == null ? "" : t);
        }
    }

    private Map<String, YamlNode> mapping(YamlNode v, String what, String example) {
        if (v.isNull()) {
            return Map.of();
        }
        if (!v.isMap()) {
            throw errors.at(v, what + " must be a mapping (for example " + what + ": { " + example + " }), got "
                    + v.kind() + (v.isScalar() ? " '" + mask(v, v.rawText()) + "'" : ""));
        }
        return v.entries(errors);
    }

    private ConnectionConfig build(ConnectionConfig.Builder b, YamlNode node) {
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw errors.at(node, e.getMessage(), e);
        }
    }

    private Backend resolveBackend(ConnectionConfig cfg, Map<String, YamlNode> keys, YamlNode node) {
        if (cfg.backend() == null && cfg.url() == null) {
            throw errors.at(node, "missing required key: give 'url' (jdbc:...) or 'backend' (one of "
                    + String.join(", ", Backends.names()) + ") with host/port/database");
        }
        try {
            return Backends.forConfig(cfg);
        } catch (IllegalArgumentException e) {
            YamlNode at = keys.getOrDefault("url", keys.getOrDefault("backend", node));
            throw errors.at(at, e.getMessage(), e);
        }
    }

    private void checkRequired(ConnectionConfig cfg, Backend backend, Map<String, YamlNode> keys, YamlNode node) {
        if (cfg.url() == null && (cfg.database() == null || cfg.database().isBlank())
                && (backend.name().equals("sqlite") || backend.name().equals("oracle"))) {
            throw errors.at(node, "missing required key 'database' for backend " + backend.name()
                    + (backend.name().equals("sqlite") ? " (a file path or :memory:)" : " (the service name, or the SID with options.oracleSid: true)"));
        }
        // Let the backend reject what it cannot honour (SSL on SQLite, an unknown charset, ...) now, at load time,
        // rather than on the first connection.
        // Certificate files are only read when connecting: a missing CA on this machine must not make the other
        // datasources of the file unusable.
        try {
            ConnectionConfig.SslMode mode = Backend.effectiveSslMode(cfg);
            ConnectionConfig withoutFiles = cfg.toBuilder().sslMode(mode).sslCa(null).sslCert(null).sslKey(null)
                    .sslKeyPassword(null).build();
            backend.buildUrl(withoutFiles);
            backend.driverProperties(withoutFiles);
        } catch (IllegalArgumentException e) {
            YamlNode at = keys.getOrDefault("ssl", node);
            throw errors.at(at, e.getMessage(), e);
        }
    }

    // ---- scalars -------------------------------------------------------------------------------------------------

    private String text(YamlNode v) {
        if (v.isNull()) {
            return null;
        }
        if (!v.isScalar()) {
            throw errors.at(v, "expected a single value, got " + v.kind());
        }
        try {
            return interpolator.apply(v.rawText(), Masking.isSensitiveKey(v.path()));
        } catch (IllegalArgumentException e) {
            throw errors.at(v, e.getMessage(), e);
        }
    }

    private String requireText(YamlNode v) {
        String t = text(v);
        if (t == null || t.isBlank()) {
            throw errors.at(v, "must not be empty");
        }
        return t.trim();
    }

    private int integer(YamlNode v) {
        String t = requireText(v);
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw errors.at(v, errors.key(v) + " must be an integer, got '" + mask(v, t) + "'");
        }
    }

    private boolean bool(YamlNode v) {
        String t = requireText(v).toLowerCase(Locale.ROOT);
        switch (t) {
            case "true": case "yes": case "on": return true;
            case "false": case "no": case "off": return false;
            default: throw errors.at(v, errors.key(v) + " must be true or false, got '" + t + "'");
        }
    }

    /**
     * A duration: a bare number is milliseconds (HikariCP's unit); otherwise a number with unit ms, s, m/min, h, d,
     * or an ISO-8601 duration such as PT30S.
     */
    private Duration duration(YamlNode v) {
        String t = requireText(v);
        Matcher m = DURATION.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "ms" : m.group(2).toLowerCase(Locale.ROOT);
            switch (unit) {
                case "ms": return Duration.ofMillis(n);
                case "s": return Duration.ofSeconds(n);
                case "m": case "min": return Duration.ofMinutes(n);
                case "h": return Duration.ofHours(n);
                default: return Duration.ofDays(n);
            }
        }
        if (t.regionMatches(true, 0, "PT", 0, 2) || t.regionMatches(true, 0, "P", 0, 1)) {
            try {
                return Duration.parse(t);
            } catch (DateTimeParseException ignored) {
                // fall through to the common message
            }
        }
        throw errors.at(v, errors.key(v) + " must be a duration (milliseconds, or a number with ms, s, m, h, d,"
                + " as in 30s), got '" + t + "'");
    }

    private void set(YamlNode v, Runnable setter) {
        try {
            setter.run();
        } catch (IllegalArgumentException e) {
            throw errors.at(v, e.getMessage(), e);
        }
    }

    private static String mask(YamlNode v, String value) {
        return Masking.isSensitiveKey(v.path()) ? "****" : value;
    }

    private static String sorted(Set<String> keys) {
        return String.join(", ", new java.util.TreeSet<>(keys));
    }

    // ---- URLs ----------------------------------------------------------------------------------------------------

    /**
     * Catches what would otherwise surface as a driver's "No suitable driver" or an unknown-host error on the first
     * connection: a URL that is not {@code jdbc:...}, contains blanks, or has a non-numeric or out-of-range port.
     */
    void checkUrl(YamlNode v, String url) {
        String shown = Masking.maskUrl(url);
        if (!url.regionMatches(true, 0, "jdbc:", 0, 5)) {
            throw errors.at(v, "malformed URL '" + shown + "': a JDBC URL starts with jdbc: (for example"
                    + " jdbc:postgresql://127.0.0.1:5432/test)");
        }
        if (url.chars().anyMatch(Character::isWhitespace)) {
            throw errors.at(v, "malformed URL '" + shown + "': it contains blanks");
        }
        if (Backends.findByUrl(url).isEmpty()) {
            List<String> prefixes = new ArrayList<>();
            Backends.all().forEach(bk -> prefixes.addAll(bk.urlPrefixes()));
            throw errors.at(v, "no backend for URL '" + shown + "'; known URL prefixes: " + String.join(", ", prefixes));
        }
        // The address is read from the masked form: there a password in the user info, even one holding '/' or
        // '@', is ****, so neither the split below nor a message about the port can show part of it.
        int slashes = shown.indexOf("//");
        if (slashes < 0) {
            return;
        }
        int end = slashes + 2;
        while (end < shown.length() && "/;?".indexOf(shown.charAt(end)) < 0) {
            end++;
        }
        String authority = shown.substring(slashes + 2, end);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        for (String hostPort : authority.split(",")) {
            String port = null;
            if (hostPort.startsWith("[")) {
                int close = hostPort.indexOf(']');
                if (close < 0) {
                    throw errors.at(v, "malformed URL '" + shown + "': unclosed IPv6 address '" + hostPort + "'");
                }
                if (close + 1 < hostPort.length() && hostPort.charAt(close + 1) == ':') {
                    port = hostPort.substring(close + 2);
                }
            } else {
                int colon = hostPort.lastIndexOf(':');
                // SQL Server's host\instance form carries no port
                if (colon >= 0) {
                    port = hostPort.substring(colon + 1);
                }
            }
            if (port != null) {
                int p;
                try {
                    p = Integer.parseInt(port);
                } catch (NumberFormatException e) {
                    throw errors.at(v, "malformed URL '" + shown + "': port '" + port + "' is not a number");
                }
                if (p < 1 || p > 65535) {
                    throw errors.at(v, "malformed URL '" + shown + "': port " + p + " is out of range 1..65535");
                }
            }
        }
    }
}
