package com.rhosocial.activerecord.config;

import com.rhosocial.activerecord.backend.Masking;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The parsed {@code activerecord.yaml}: named datasources, the default one, and any other top-level sections for
 * other components. Immutable and thread-safe.
 *
 * <pre>{@code
 * datasources:
 *   orders:
 *     url: jdbc:postgresql://127.0.0.1:5432/test
 *     username: postgres
 *     password: ${PGPASSWORD:}
 *     sourceDialect: mysql
 *     pool: { maximumPoolSize: 10 }
 *     replicas:
 *       - url: jdbc:postgresql://replica:5432/test
 * }</pre>
 *
 * <p>{@link #load()} finds the file through the system property {@value #CONFIG_PROPERTY}, then the environment
 * variable {@value #CONFIG_ENV}, then {@value #CONFIG_RESOURCE} on the classpath. {@code ${NAME}} and
 * {@code ${NAME:default}} in values are replaced from the environment. Every problem is a
 * {@link ConfigurationException} naming file, line, datasource and key. The full format is in
 * {@code docs/configuration.md}.
 */
public final class ActiveRecordConfig {

    /** System property naming the configuration file (a path, or {@code classpath:name}). */
    public static final String CONFIG_PROPERTY = "activerecord.config";
    /** Environment variable naming the configuration file, read when the system property is unset. */
    public static final String CONFIG_ENV = "ACTIVERECORD_CONFIG";
    /** Classpath resource read when neither the property nor the variable is set. */
    public static final String CONFIG_RESOURCE = "activerecord.yaml";

    private static final ActiveRecordConfig EMPTY = new ActiveRecordConfig(null, Map.of(), null, Map.of());

    private final String source;
    private final Map<String, DataSourceDefinition> datasources;
    private final String defaultName;
    private final Map<String, Map<String, String>> sections;

    private ActiveRecordConfig(String source, Map<String, DataSourceDefinition> datasources, String defaultName,
                               Map<String, Map<String, String>> sections) {
        this.source = source;
        this.datasources = Collections.unmodifiableMap(new LinkedHashMap<>(datasources));
        this.defaultName = defaultName;
        this.sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }

    /** A configuration with no datasources. */
    public static ActiveRecordConfig empty() {
        return EMPTY;
    }

    /**
     * Finds and parses the configuration: system property {@value #CONFIG_PROPERTY}, then environment variable
     * {@value #CONFIG_ENV}, then {@value #CONFIG_RESOURCE} on the classpath; an empty configuration when none is
     * there.
     *
     * @throws ConfigurationException when the named file is missing or the file is invalid
     */
    public static ActiveRecordConfig load() {
        return load(System::getenv);
    }

    /** As {@link #load()}, with {@code env} standing for the process environment (also for {@value #CONFIG_ENV}). */
    public static ActiveRecordConfig load(Function<String, String> env) {
        String location = System.getProperty(CONFIG_PROPERTY);
        String via = "system property " + CONFIG_PROPERTY;
        if (location == null || location.isBlank()) {
            location = env.apply(CONFIG_ENV);
            via = "environment variable " + CONFIG_ENV;
        }
        if (location != null && !location.isBlank()) {
            location = location.trim();
            if (location.startsWith("classpath:")) {
                String resource = location.substring("classpath:".length());
                return fromResource(resource, env)
                        .orElseThrow(() -> new ConfigurationException(null, 0, null, null, "configuration resource '"
                                + resource + "' named by " + CONFIG_PROPERTY + "/" + CONFIG_ENV
                                + " is not on the classpath", null));
            }
            Path path = Path.of(location);
            if (!Files.isRegularFile(path)) {
                throw new ConfigurationException(null, 0, null, null, via + " names configuration file '"
                        + location + "', which does not exist", null);
            }
            return load(path, env);
        }
        return fromResource(CONFIG_RESOURCE, env).orElse(EMPTY);
    }

    private static Optional<ActiveRecordConfig> fromResource(String resource, Function<String, String> env) {
        ClassLoader tccl = Thread.currentThread().getContextClassLoader();
        URL url = tccl == null ? null : tccl.getResource(resource);
        if (url == null) {
            url = ActiveRecordConfig.class.getClassLoader().getResource(resource);
        }
        if (url == null) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            return Optional.of(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + resource, env));
        } catch (IOException e) {
            throw new ConfigurationException("classpath:" + resource, 0, null, null,
                    "cannot read configuration: " + e.getMessage(), e);
        }
    }

    /**
     * Reads and parses one file.
     *
     * @throws ConfigurationException when the file is missing, unreadable or invalid
     */
    public static ActiveRecordConfig load(Path file) {
        return load(file, System::getenv);
    }

    /** As {@link #load(Path)}, with {@code env} standing for the process environment. */
    public static ActiveRecordConfig load(Path file, Function<String, String> env) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigurationException(file.toString(), 0, null, null, "configuration file does not exist", e);
        } catch (IOException e) {
            throw new ConfigurationException(file.toString(), 0, null, null,
                    "cannot read configuration file: " + e, e);
        }
        return parse(text, file.toString(), env);
    }

    /**
     * Parses YAML text; {@code sourceName} appears in error messages.
     *
     * @throws ConfigurationException for any problem, naming source, line, datasource and key
     */
    public static ActiveRecordConfig parse(String yaml, String sourceName) {
        return parse(yaml, sourceName, System::getenv);
    }

    /** As {@link #parse(String, String)}, with {@code env} standing for the process environment. */
    public static ActiveRecordConfig parse(String yaml, String sourceName, Function<String, String> env) {
        String source = sourceName == null ? "activerecord.yaml" : sourceName;
        Optional<YamlNode> root = YamlNode.compose(yaml == null ? "" : yaml, source);
        if (root.isEmpty() || root.get().isNull()) {
            return new ActiveRecordConfig(source, Map.of(), null, Map.of());
        }
        YamlNode.Errors errors = new YamlNode.Errors(source, null, null);
        YamlNode top = root.get();
        if (!top.isMap()) {
            throw errors.at(top, "the configuration must be a mapping with a 'datasources' key, got " + top.kind());
        }
        Interpolator interpolator = new Interpolator(env);
        Map<String, YamlNode> keys = top.entries(errors);
        Map<String, DataSourceDefinition> datasources = new LinkedHashMap<>();
        YamlNode ds = keys.get("datasources");
        if (ds != null && !ds.isNull()) {
            if (!ds.isMap()) {
                throw errors.at(ds, "datasources must be a mapping of names to datasources, got " + ds.kind());
            }
            for (Map.Entry<String, YamlNode> e : ds.entries(errors).entrySet()) {
                String name = e.getKey();
                YamlNode.Errors dsErrors = errors.forDatasource(name, e.getValue().path());
                datasources.put(name, new DataSourceParser(interpolator, dsErrors, name).parse(e.getValue()));
            }
        }
        String defaultName = null;
        YamlNode d = keys.get("default");
        if (d != null && !d.isNull()) {
            if (!d.isScalar()) {
                throw errors.at(d, "default must name a datasource, got " + d.kind());
            }
            try {
                defaultName = interpolator.apply(d.rawText()).trim();
            } catch (IllegalArgumentException ex) {
                throw errors.at(d, ex.getMessage(), ex);
            }
            if (!datasources.containsKey(defaultName)) {
                throw errors.at(d, "default names unknown datasource '" + defaultName + "'; configured: "
                        + describe(datasources.keySet()));
            }
        }
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : keys.entrySet()) {
            if (!e.getKey().equals("datasources") && !e.getKey().equals("default")) {
                Map<String, String> flat = new TreeMap<>();
                flattenSection(e.getKey(), e.getValue(), flat, interpolator, errors);
                Map<String, String> relative = new TreeMap<>();
                flat.forEach((k, v) -> relative.put(k.startsWith(e.getKey() + ".")
                        ? k.substring(e.getKey().length() + 1) : k, v));
                sections.put(e.getKey(), Collections.unmodifiableMap(relative));
            }
        }
        return new ActiveRecordConfig(source, datasources, defaultName, sections);
    }

    private static void flattenSection(String prefix, YamlNode n, Map<String, String> out, Interpolator interpolator,
                                       YamlNode.Errors errors) {
        if (n.isMap()) {
            for (Map.Entry<String, YamlNode> e : n.entries(errors).entrySet()) {
                flattenSection(prefix + "." + e.getKey(), e.getValue(), out, interpolator, errors);
            }
        } else if (n.isList()) {
            int i = 0;
            for (YamlNode item : n.items()) {
                flattenSection(prefix + "[" + i++ + "]", item, out, interpolator, errors);
            }
        } else {
            try {
                out.put(prefix, n.isNull() ? "" : interpolator.apply(n.rawText(), Masking.isSensitiveKey(prefix)));
            } catch (IllegalArgumentException ex) {
                throw errors.at(n, ex.getMessage(), ex);
            }
        }
    }

    /** Where the configuration came from (file path or {@code classpath:...}), if anywhere. */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /** The datasource with this name. */
    public Optional<DataSourceDefinition> datasource(String name) {
        return Optional.ofNullable(datasources.get(name));
    }

    /**
     * The datasource with this name.
     *
     * @throws IllegalArgumentException "unknown datasource 'x'; configured: a, b"
     */
    public DataSourceDefinition require(String name) {
        DataSourceDefinition d = datasources.get(name);
        if (d == null) {
            throw new ConfigurationException(source, 0, null, null, "unknown datasource '" + name + "'; configured: "
                    + describe(datasources.keySet()), null);
        }
        return d;
    }

    /** The datasource names, in file order. */
    public Set<String> names() {
        return datasources.keySet();
    }

    /** All datasources by name, in file order. */
    public Map<String, DataSourceDefinition> datasources() {
        return datasources;
    }

    /** The top-level {@code default:} datasource, or the only datasource when there is exactly one. */
    public Optional<String> defaultDatasource() {
        if (defaultName != null) {
            return Optional.of(defaultName);
        }
        return datasources.size() == 1 ? Optional.of(datasources.keySet().iterator().next()) : Optional.empty();
    }

    /**
     * Another top-level section (anything but {@code datasources} and {@code default}), flattened to dotted keys
     * with interpolated text values, for components with settings of their own; empty when absent.
     */
    public Map<String, String> section(String name) {
        return sections.getOrDefault(name, Map.of());
    }

    private static String describe(Set<String> names) {
        return names.isEmpty() ? "(none)" : String.join(", ", names);
    }

    @Override
    public String toString() {
        return "ActiveRecordConfig{source=" + source + ", datasources=" + datasources.values()
                + (defaultName == null ? "" : ", default=" + defaultName) + "}";
    }
}
