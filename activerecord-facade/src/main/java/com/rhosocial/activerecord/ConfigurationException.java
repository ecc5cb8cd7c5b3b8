package com.rhosocial.activerecord;

/**
 * A model or its configuration cannot work: a missing key, an unmapped field type, no datasource, a backend whose
 * driver is absent. Thrown at {@code configure()} (or first use) with a message naming the model and what is missing.
 */
public class ConfigurationException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
