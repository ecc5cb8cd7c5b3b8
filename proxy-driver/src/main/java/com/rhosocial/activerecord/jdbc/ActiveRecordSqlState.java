package com.rhosocial.activerecord.jdbc;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;

/**
 * The SQLStates the driver raises for errors of its own (PgJDBC's {@code PSQLState} in small). Errors of the real
 * driver are never re-labelled: they pass through with their own SQLState and vendor code.
 *
 * <pre>{@code
 * throw ActiveRecordSqlState.CONNECTION_UNABLE_TO_CONNECT.exception("cannot reach " + maskedUrl, cause);
 * }</pre>
 */
public enum ActiveRecordSqlState {
    /** 07009: a parameter index outside 1..n. */
    INVALID_PARAMETER_INDEX("07009"),
    /** 08001: the client could not establish the connection (server down, bad URL, unknown datasource). */
    CONNECTION_UNABLE_TO_CONNECT("08001"),
    /** 08003: the connection or statement is already closed. */
    CONNECTION_DOES_NOT_EXIST("08003"),
    /** 08006: the connection broke while in use. */
    CONNECTION_FAILURE("08006"),
    /** 0A000: a JDBC feature the driver does not offer in this situation. */
    FEATURE_NOT_SUPPORTED("0A000"),
    /** 22023: an option of the driver has a value it cannot accept. */
    INVALID_PARAMETER_VALUE("22023"),
    /** 42000: SQL that cannot be parsed or translated for the target. */
    SYNTAX_ERROR("42000"),
    /** HY000: anything else. */
    GENERAL_ERROR("HY000"),
    /** HYT00: a timeout expired. */
    TIMEOUT("HYT00");

    private final String state;

    ActiveRecordSqlState(String state) {
        this.state = state;
    }

    /** The five-character SQLState. */
    public String state() {
        return state;
    }

    /** A new exception of the most fitting {@link SQLException} subclass with this state. */
    public SQLException exception(String message) {
        return exception(message, null);
    }

    /** As {@link #exception(String)}, keeping {@code cause}. */
    public SQLException exception(String message, Throwable cause) {
        switch (this) {
            case CONNECTION_UNABLE_TO_CONNECT:
            case CONNECTION_FAILURE:
                return new SQLNonTransientConnectionException(message, state, cause);
            case FEATURE_NOT_SUPPORTED:
                return new SQLFeatureNotSupportedException(message, state, cause);
            case SYNTAX_ERROR:
                return new SQLSyntaxErrorException(message, state, cause);
            case TIMEOUT:
                return new SQLTimeoutException(message, state, cause);
            default:
                return new SQLException(message, state, cause);
        }
    }

    /** True when {@code sqlState} says the connection is unusable (class 08, PostgreSQL's 57P01..57P03). */
    public static boolean isConnectionError(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P0"));
    }
}
