package com.rhosocial.activerecord;

import java.sql.SQLException;

/**
 * A database operation of the facade failed. When a {@link SQLException} caused it, that exception is the cause and
 * its SQLState is available from {@link #sqlState()}.
 */
public class ActiveRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ActiveRecordException(String message) {
        super(message);
    }

    public ActiveRecordException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The SQLState of the underlying {@link SQLException}, or null. */
    public String sqlState() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                return ((SQLException) t).getSQLState();
            }
        }
        return null;
    }
}
