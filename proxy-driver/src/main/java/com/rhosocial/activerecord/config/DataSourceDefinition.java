package com.rhosocial.activerecord.config;

import com.rhosocial.activerecord.backend.Backend;
import com.rhosocial.activerecord.backend.Backends;
import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.Masking;
import com.rhosocial.activerecord.dialect.Dialect;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One named datasource of {@code activerecord.yaml}: where the database is ({@link #connection()}), which
 * {@link Backend} reaches it, which dialect the application's SQL is written in ({@link #sourceDialect()}), its read
 * replicas, and every other datasource-level key as a string ({@link #properties()}: {@code translate},
 * {@code readOnlyRouting}, {@code onUnsupported}, {@code semantics}, {@code slowQueryThreshold}, ...), which the
 * driver and the facade interpret. Immutable and thread-safe; {@link #toString()} masks secrets.
 */
public final class DataSourceDefinition {

    private final String name;
    private final ConnectionConfig connection;
    private final Backend backend;
    private final Dialect sourceDialect;
    private final Map<String, String> properties;
    private final List<DataSourceDefinition> replicas;
    private final String origin;

    private DataSourceDefinition(String name, ConnectionConfig connection, Backend backend, Dialect sourceDialect,
                                 Map<String, String> properties, List<DataSourceDefinition> replicas, String origin) {
        this.name = name;
        this.connection = connection;
        this.backend = backend;
        this.sourceDialect = sourceDialect;
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        this.replicas = List.copyOf(replicas);
        this.origin = origin;
    }

    /**
     * A definition built in code rather than read from a file; the backend is resolved from the configuration's
     * backend name or URL.
     *
     * @param sourceDialect dialect of the application's SQL, or null to use the target's own
     * @throws IllegalArgumentException when no backend can be resolved
     */
    public static DataSourceDefinition of(String name, ConnectionConfig connection, Dialect sourceDialect,
                                          Map<String, String> properties, List<DataSourceDefinition> replicas) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(connection, "connection");
        return new DataSourceDefinition(name, connection, Backends.forConfig(connection), sourceDialect,
                properties == null ? Map.of() : properties, replicas == null ? List.of() : replicas, null);
    }

    /** A definition with no source dialect, properties or replicas. */
    public static DataSourceDefinition of(String name, ConnectionConfig connection) {
        return of(name, connection, null, Map.of(), List.of());
    }

    static DataSourceDefinition parsed(String name, ConnectionConfig connection, Backend backend, Dialect sourceDialect,
                                       Map<String, String> properties, List<DataSourceDefinition> replicas,
                                       String origin) {
        return new DataSourceDefinition(name, connection, backend, sourceDialect, properties, replicas, origin);
    }

    /** The datasource's name (for a replica: its {@code name:} or {@code <primary>.replicas[i]}). */
    public String name() {
        return name;
    }

    /** Where the database is and how to connect and pool. */
    public ConnectionConfig connection() {
        return connection;
    }

    /** The backend that reaches the database. */
    public Backend backend() {
        return backend;
    }

    /** The dialect the application's SQL is written in, when configured. */
    public Optional<Dialect> sourceDialect() {
        return Optional.ofNullable(sourceDialect);
    }

    /** The JDBC URL to the real database ({@link Backend#buildUrl}); may contain secrets, mask before printing. */
    public String jdbcUrl() {
        return backend.buildUrl(connection);
    }

    /**
     * Every other datasource-level key, as text: scalars as written (after {@code ${...}} interpolation), nested
     * mappings flattened with dots ({@code routing.readOnly}), lists joined with commas. Pool settings HikariCP
     * knows but {@link ConnectionConfig} does not model appear as {@code pool.<name>}.
     */
    public Map<String, String> properties() {
        return properties;
    }

    /** One property, if set. */
    public Optional<String> property(String key) {
        return Optional.ofNullable(properties.get(key));
    }

    /** Read replicas; each inherits credentials and settings from this datasource unless it gives its own. */
    public List<DataSourceDefinition> replicas() {
        return replicas;
    }

    /** Where this definition was read ({@code activerecord.yaml, line 3}), or empty when built in code. */
    public Optional<String> origin() {
        return Optional.ofNullable(origin);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("DataSourceDefinition{name=").append(name)
                .append(", backend=").append(backend.name())
                .append(", connection=").append(connection);
        if (sourceDialect != null) {
            sb.append(", sourceDialect=").append(sourceDialect.id());
        }
        if (!properties.isEmpty()) {
            sb.append(", properties=").append(Masking.maskProperties(properties));
        }
        if (!replicas.isEmpty()) {
            sb.append(", replicas=").append(replicas);
        }
        return sb.append('}').toString();
    }
}
