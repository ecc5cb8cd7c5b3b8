package com.rhosocial.activerecord.dialect;

import java.util.Locale;

/** What to do with a statement the target cannot express. */
public enum OnUnsupported {
    /** Send the original SQL and log once per distinct statement (default). */
    PASSTHROUGH,
    /** Raise a {@link TranslationException} (SQLState 42000) naming the construct and position. */
    FAIL;

    public static OnUnsupported of(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("onUnsupported must be passthrough or fail, got '" + value + "'");
        }
    }
}
