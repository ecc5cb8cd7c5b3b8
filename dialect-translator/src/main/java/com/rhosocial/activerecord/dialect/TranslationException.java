package com.rhosocial.activerecord.dialect;

import java.sql.SQLSyntaxErrorException;

/**
 * Raised when a statement cannot be parsed or cannot keep its meaning on the target and the policy is
 * {@code onUnsupported=fail}. SQLState 42000 (syntax error or access rule violation), the message names the
 * construct and its position.
 */
public class TranslationException extends SQLSyntaxErrorException {
    private static final long serialVersionUID = 1L;

    private final String rule;
    private final int line;
    private final int column;

    public TranslationException(String rule, int line, int column, String message, Throwable cause) {
        super(message, "42000", 0, cause);
        this.rule = rule;
        this.line = line;
        this.column = column;
    }

    public String rule() {
        return rule;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
