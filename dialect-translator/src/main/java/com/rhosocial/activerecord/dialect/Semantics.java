package com.rhosocial.activerecord.dialect;

import java.util.Locale;

/** How far the translator goes to keep a statement's meaning. */
public enum Semantics {
    /** Keep results identical, adding guards where the same spelling means something else (default). */
    PRESERVE,
    /** Translate the spelling only; cheaper output, results may differ in edge cases (NULL ordering, division). */
    SYNTAX;

    public static Semantics of(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("semantics must be preserve or syntax, got '" + value + "'");
        }
    }
}
