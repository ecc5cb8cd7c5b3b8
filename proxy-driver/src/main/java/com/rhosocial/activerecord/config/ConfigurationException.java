package com.rhosocial.activerecord.config;

/**
 * A problem in {@code activerecord.yaml} (or in a configuration built in code): unknown backend, missing or
 * unknown key, value of the wrong type, malformed URL, variable without a value, broken YAML. The message always says
 * where: source (file name), line when known, datasource and key, for example
 * {@code activerecord.yaml, line 7: datasource 'orders': pool.maximumPoolSize must be an integer, got 'ten'}.
 * Secrets never appear in it. The parts are available separately for tools.
 */
public class ConfigurationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String datasource;
    private final String key;
    private final String problem;

    /**
     * @param source     file or resource name, or null
     * @param line       1-based line, or 0 when unknown
     * @param datasource datasource name, or null
     * @param key        the key path inside the datasource (or from the top), or null
     * @param problem    what is wrong, with the offending value (masked when secret)
     * @param cause      the underlying exception, or null
     */
    public ConfigurationException(String source, int line, String datasource, String key, String problem,
                                  Throwable cause) {
        super(format(source, line, datasource, key, problem), cause);
        this.source = source;
        this.line = line;
        this.datasource = datasource;
        this.key = key;
        this.problem = problem;
    }

    private static String format(String source, int line, String datasource, String key, String problem) {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source);
            if (line > 0) {
                sb.append(", line ").append(line);
            }
            sb.append(": ");
        }
        if (datasource != null) {
            sb.append("datasource '").append(datasource).append("': ");
        }
        if (key != null && !problem.startsWith(key)) {
            sb.append(key).append(": ");
        }
        return sb.append(problem).toString();
    }

    /** The file or resource the configuration came from, or null. */
    public String source() {
        return source;
    }

    /** The 1-based line of the offending value, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The datasource concerned, or null for top-level problems. */
    public String datasource() {
        return datasource;
    }

    /** The key path concerned ({@code pool.maximumPoolSize}), or null. */
    public String key() {
        return key;
    }

    /** The problem alone, without the location. */
    public String problem() {
        return problem;
    }
}
