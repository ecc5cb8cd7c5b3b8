package com.rhosocial.activerecord.dialect.internal.spec;

/** How a dialect treats the letter case of unquoted names. */
public enum IdentifierCase {
    /** Unquoted names fold to lower case (PostgreSQL). */
    LOWER,
    /** Unquoted names fold to upper case (Oracle, H2). */
    UPPER,
    /** Names compare case-insensitively whether quoted or not (MySQL columns, SQL Server, SQLite). */
    INSENSITIVE
}
