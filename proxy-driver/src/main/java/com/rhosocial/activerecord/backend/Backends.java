package com.rhosocial.activerecord.backend;

import com.rhosocial.activerecord.backend.impl.mariadb.MariaDBBackend;
import com.rhosocial.activerecord.backend.impl.mysql.MySQLBackend;
import com.rhosocial.activerecord.backend.impl.oracle.OracleBackend;
import com.rhosocial.activerecord.backend.impl.postgresql.PostgreSQLBackend;
import com.rhosocial.activerecord.backend.impl.sqlite.SQLiteBackend;
import com.rhosocial.activerecord.backend.impl.sqlserver.SQLServerBackend;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/**
 * The registry of backends: the six built-ins plus every class listed in
 * {@code META-INF/services/com.rhosocial.activerecord.backend.Backend}. A service-loaded backend whose
 * {@link Backend#name()} equals a built-in's replaces it, so a project can extend, say, {@code PostgreSQLBackend}
 * and keep the name {@code postgresql}. Lookups by name accept {@link Backend#aliases()} and ignore case.
 *
 * <p>The registry is read once, on first use, and is immutable afterwards; all methods are thread-safe.
 *
 * <pre>{@code
 * Backend pg = Backends.forName("postgres");
 * Backend maria = Backends.forUrl("jdbc:mariadb://127.0.0.1:3306/test");
 * }</pre>
 */
public final class Backends {

    private Backends() {
    }

    private static final class Holder {
        static final Map<String, Backend> BY_NAME = load(null);
    }

    /** Built-ins plus the backends {@code loader} (or the context class loader when null) lists; visible for tests. */
    static Map<String, Backend> load(ClassLoader loaderOrNull) {
        Map<String, Backend> byName = new LinkedHashMap<>();
        for (Backend b : List.of(new MySQLBackend(), new MariaDBBackend(), new PostgreSQLBackend(),
                new OracleBackend(), new SQLServerBackend(), new SQLiteBackend())) {
            byName.put(b.name(), b);
        }
        ClassLoader cl = loaderOrNull != null ? loaderOrNull : Thread.currentThread().getContextClassLoader();
        ServiceLoader<Backend> loader = ServiceLoader.load(Backend.class,
                cl != null ? cl : Backends.class.getClassLoader());
        try {
            for (Backend b : loader) {
                byName.put(b.name().toLowerCase(Locale.ROOT), b);
            }
        } catch (ServiceConfigurationError e) {
            throw new IllegalStateException("cannot load a backend listed in META-INF/services/"
                    + Backend.class.getName() + ": " + e.getMessage(), e);
        }
        return Collections.unmodifiableMap(byName);
    }

    /** Every registered backend, built-ins first. */
    public static List<Backend> all() {
        return List.copyOf(Holder.BY_NAME.values());
    }

    /** The registered names (without aliases), sorted. */
    public static Set<String> names() {
        return Collections.unmodifiableSet(new TreeSet<>(Holder.BY_NAME.keySet()));
    }

    /** The backend with this name or alias, ignoring case and surrounding blanks. */
    public static Optional<Backend> findByName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        Backend b = Holder.BY_NAME.get(n);
        if (b != null) {
            return Optional.of(b);
        }
        for (Backend candidate : Holder.BY_NAME.values()) {
            for (String alias : candidate.aliases()) {
                if (alias.equalsIgnoreCase(n)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The backend with this name or alias ({@code postgres}, {@code pg}, {@code mssql}, {@code sqlite3}, ...).
     *
     * @throws IllegalArgumentException naming the value and the known backends
     */
    public static Backend forName(String name) {
        return findByName(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown backend '" + name + "'; known backends: " + describeNames()));
    }

    /** The backend whose URL prefix matches {@code jdbcUrl}. */
    public static Optional<Backend> findByUrl(String jdbcUrl) {
        if (jdbcUrl == null) {
            return Optional.empty();
        }
        String url = jdbcUrl.trim();
        // Service-loaded backends come after the built-ins; prefer the longest matching prefix so that a custom
        // backend for, say, "jdbc:postgresql:replication:" could coexist with the plain one.
        Backend best = null;
        int bestLength = -1;
        for (Backend b : Holder.BY_NAME.values()) {
            for (String prefix : b.urlPrefixes()) {
                if (url.regionMatches(true, 0, prefix, 0, prefix.length()) && prefix.length() > bestLength) {
                    best = b;
                    bestLength = prefix.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The backend serving {@code jdbcUrl} ({@code jdbc:mariadb://...} gives MariaDB, {@code jdbc:mysql://...}
     * MySQL Connector/J).
     *
     * @throws IllegalArgumentException naming the (masked) URL and the known URL prefixes
     */
    public static Backend forUrl(String jdbcUrl) {
        return findByUrl(jdbcUrl).orElseThrow(() -> {
            List<String> prefixes = new ArrayList<>();
            for (Backend b : Holder.BY_NAME.values()) {
                prefixes.addAll(b.urlPrefixes());
            }
            return new IllegalArgumentException("no backend for URL '" + Masking.maskUrl(jdbcUrl)
                    + "'; known URL prefixes: " + String.join(", ", prefixes));
        });
    }

    /**
     * The registered instance of {@code type} (or of a registered subclass replacing it), or a new instance when
     * the class is not registered.
     *
     * @throws IllegalArgumentException when an unregistered class has no public no-argument constructor
     */
    public static <B extends Backend> B forClass(Class<B> type) {
        for (Backend b : Holder.BY_NAME.values()) {
            if (b.getClass() == type) {
                return type.cast(b);
            }
        }
        for (Backend b : Holder.BY_NAME.values()) {
            if (type.isInstance(b)) {
                return type.cast(b);
            }
        }
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("backend class " + type.getName()
                    + " needs a public no-argument constructor", e);
        }
    }

    /**
     * The backend a configuration names: its {@link ConnectionConfig#backend()} if set, else the one serving its
     * {@link ConnectionConfig#url()}.
     *
     * @throws IllegalArgumentException when neither is set, or they disagree
     */
    public static Backend forConfig(ConnectionConfig config) {
        if (config.backend() != null) {
            Backend b = forName(config.backend());
            if (config.url() != null && !b.acceptsUrl(config.url())) {
                throw new IllegalArgumentException("backend '" + config.backend() + "' does not serve URL '"
                        + Masking.maskUrl(config.url()) + "'; its URLs start with " + String.join(" or ", b.urlPrefixes()));
            }
            return b;
        }
        if (config.url() != null) {
            return forUrl(config.url());
        }
        throw new IllegalArgumentException("configuration names no backend: give a url or a backend (one of "
                + describeNames() + ")");
    }

    private static String describeNames() {
        return String.join(", ", names());
    }
}
