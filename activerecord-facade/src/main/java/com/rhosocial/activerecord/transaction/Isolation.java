package com.rhosocial.activerecord.transaction;

import java.sql.Connection;

/** Transaction isolation levels; each backend declares which it accepts, and others fail instead of downgrading. */
public enum Isolation {
    READ_UNCOMMITTED(Connection.TRANSACTION_READ_UNCOMMITTED),
    READ_COMMITTED(Connection.TRANSACTION_READ_COMMITTED),
    REPEATABLE_READ(Connection.TRANSACTION_REPEATABLE_READ),
    SERIALIZABLE(Connection.TRANSACTION_SERIALIZABLE);

    private final int jdbcLevel;

    Isolation(int jdbcLevel) {
        this.jdbcLevel = jdbcLevel;
    }

    /** The {@link Connection} constant. */
    public int jdbcLevel() {
        return jdbcLevel;
    }
}
