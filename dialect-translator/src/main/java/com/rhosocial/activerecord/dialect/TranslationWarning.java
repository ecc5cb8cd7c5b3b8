package com.rhosocial.activerecord.dialect;

/**
 * A note about one construct of a translated statement: which rule, where in the source text (1-based line and
 * column, 0 when unknown), and why.
 */
public record TranslationWarning(String rule, int line, int column, String message) {
    @Override
    public String toString() {
        return rule + (line > 0 ? " at line " + line + ", column " + column : "") + ": " + message;
    }
}
