package com.rhosocial.activerecord.backend;

/**
 * What a database can do, as data, for code that chooses between SQL forms (the facade, the translator's callers).
 * The flags describe the server versions named in {@code docs/backends/}: MySQL 8.0+, MariaDB 10.5+,
 * PostgreSQL 12+, Oracle 19c+, SQL Server 2019+ and SQLite 3.35+; where a newer version adds a feature (Oracle 23ai's
 * BOOLEAN, for example) the flag stays at the conservative value.
 *
 * @param returning              {@code INSERT/UPDATE/DELETE ... RETURNING} usable as a result set
 * @param upsertStyle            how an insert-or-update is written
 * @param windowFunctions        {@code OVER (...)} window functions
 * @param commonTableExpressions {@code WITH} queries
 * @param recursiveCte           {@code WITH RECURSIVE} (or Oracle's/SQL Server's recursive {@code WITH})
 * @param json                   JSON functions or a JSON type
 * @param booleanType            a real boolean column type (not an integer alias)
 * @param sequences              {@code CREATE SEQUENCE}
 * @param identityColumns        auto-generated keys ({@code IDENTITY}, {@code AUTO_INCREMENT}, {@code SERIAL}, rowid)
 * @param transactionalDdl       DDL statements can be rolled back
 */
public record BackendCapabilities(
        boolean returning,
        UpsertStyle upsertStyle,
        boolean windowFunctions,
        boolean commonTableExpressions,
        boolean recursiveCte,
        boolean json,
        boolean booleanType,
        boolean sequences,
        boolean identityColumns,
        boolean transactionalDdl) {

    /** The form of insert-or-update a database offers. */
    public enum UpsertStyle {
        /** {@code INSERT ... ON CONFLICT (...) DO UPDATE} (PostgreSQL, SQLite). */
        ON_CONFLICT,
        /** {@code INSERT ... ON DUPLICATE KEY UPDATE} (MySQL, MariaDB). */
        ON_DUPLICATE_KEY,
        /** {@code MERGE INTO ... USING ...} (Oracle, SQL Server). */
        MERGE,
        /** No single-statement upsert. */
        NONE
    }
}
