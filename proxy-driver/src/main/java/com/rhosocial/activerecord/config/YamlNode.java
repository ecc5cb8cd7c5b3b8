package com.rhosocial.activerecord.config;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A composed YAML node with its position, so that every error can name its line. We work on the node graph
 * (snakeyaml-engine's {@code Compose}) rather than on constructed Java objects because objects lose the marks, and
 * because all typing is ours: every scalar is read as text, interpolated, then converted with a message naming the
 * key on failure.
 */
final class YamlNode {

    private final Node node;
    private final String path;

    private YamlNode(Node node, String path) {
        this.node = node;
        this.path = path;
    }

    /**
     * Composes {@code yaml}; an empty document gives an empty optional.
     *
     * @throws ConfigurationException naming source and line for any YAML syntax error
     */
    static Optional<YamlNode> compose(String yaml, String source) {
        LoadSettings settings = LoadSettings.builder().setLabel(source).setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(50).build();
        try {
            return new Compose(settings).composeString(yaml).map(n -> new YamlNode(n, ""));
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            String context = e.getContext() == null ? "" : " (" + e.getContext().trim() + ")";
            String problem = String.valueOf(e.getProblem()).trim();
            String hint = problem.startsWith("mapping values are not allowed")
                    ? "; a value containing ': ' or ending in ':' must be quoted, as in url: 'jdbc:sqlite::memory:'"
                    : "";
            throw new ConfigurationException(source, line, null, null, "broken YAML: " + problem + context + hint,
                    withoutSourceText(e, problem + context));
        } catch (YamlEngineException e) {
            throw new ConfigurationException(source, 0, null, null, "broken YAML: " + e.getMessage(), null);
        }
    }

    /**
     * The parser's exception without its message: SnakeYAML's message quotes the offending source line with a caret,
     * and that line may be the one holding a password. The copy keeps the parser's stack trace for debugging.
     */
    private static YamlEngineException withoutSourceText(MarkedYamlEngineException e, String problem) {
        YamlEngineException copy = new YamlEngineException(e.getClass().getSimpleName() + ": " + problem);
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

    /** Dotted key path from the top ({@code datasources.orders.pool.maximumPoolSize}). */
    String path() {
        return path;
    }

    /** 1-based line of this node, or 0. */
    int line() {
        Optional<Mark> m = node.getStartMark();
        return m.map(mark -> mark.getLine() + 1).orElse(0);
    }

    boolean isMap() {
        return node instanceof MappingNode;
    }

    boolean isList() {
        return node instanceof SequenceNode;
    }

    boolean isScalar() {
        return node instanceof ScalarNode;
    }

    /** A scalar {@code null}, {@code ~} or empty value. */
    boolean isNull() {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    /** Raw scalar text (not interpolated), or null for a null scalar. */
    String rawText() {
        return isNull() ? null : ((ScalarNode) node).getValue();
    }

    /** What kind of node this is, for messages ("a mapping", "a list", "a scalar"). */
    String kind() {
        return isMap() ? "a mapping" : isList() ? "a list" : isNull() ? "empty" : "a value";
    }

    /**
     * The entries of a mapping in file order. Keys must be plain scalars.
     *
     * @throws IllegalStateException when this node is not a mapping (callers check first)
     */
    Map<String, YamlNode> entries(Errors errors) {
        if (!isMap()) {
            throw new IllegalStateException("not a mapping: " + path);
        }
        Map<String, YamlNode> out = new LinkedHashMap<>();
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            Node k = t.getKeyNode();
            if (!(k instanceof ScalarNode)) {
                throw errors.at(new YamlNode(k, path), "keys must be plain names, got a " + k.getNodeType());
            }
            String key = ((ScalarNode) k).getValue();
            YamlNode value = new YamlNode(t.getValueNode(), path.isEmpty() ? key : path + "." + key);
            if (out.put(key, value) != null) {
                throw errors.at(value, "duplicate key '" + key + "'");
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** The items of a list. */
    List<YamlNode> items() {
        if (!isList()) {
            throw new IllegalStateException("not a list: " + path);
        }
        List<YamlNode> out = new ArrayList<>();
        List<Node> values = ((SequenceNode) node).getValue();
        for (int i = 0; i < values.size(); i++) {
            out.add(new YamlNode(values.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    /**
     * Builds exceptions located at a node: knows the source and, when inside a datasource, its name and the path
     * prefix to strip so that keys read as {@code pool.maximumPoolSize}.
     */
    static final class Errors {
        final String source;
        final String datasource;
        final String prefix;

        Errors(String source, String datasource, String prefix) {
            this.source = source;
            this.datasource = datasource;
            this.prefix = prefix;
        }

        Errors forDatasource(String name, String pathPrefix) {
            return new Errors(source, name, pathPrefix);
        }

        String key(YamlNode n) {
            String p = n.path();
            if (prefix != null && p.equals(prefix)) {
                return null;
            }
            if (prefix != null && p.startsWith(prefix + ".")) {
                return p.substring(prefix.length() + 1);
            }
            return p.isEmpty() ? null : p;
        }

        ConfigurationException at(YamlNode n, String problem) {
            return new ConfigurationException(source, n.line(), datasource, key(n), problem, null);
        }

        ConfigurationException at(YamlNode n, String problem, Throwable cause) {
            return new ConfigurationException(source, n.line(), datasource, key(n), problem, cause);
        }
    }
}
