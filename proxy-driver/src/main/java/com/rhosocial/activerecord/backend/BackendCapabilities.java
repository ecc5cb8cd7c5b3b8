package com.rhosocial.activerecord.backend;

/**
 * What a database can do, as data, for code that chooses between SQL forms: consult these flags instead of switching
 * on a backend's or dialect's name. The translator reads them through {@link Backend#targetProfile(ServerVersion)}
 * (the flags that differ from its dialect's rules), the facade through the data source's capabilities. {@link Backend#capabilities()} describes
 * the server versions named in {@code docs/backends/} (MySQL 8.0+, MariaDB 10.5+, PostgreSQL 12+, Oracle 19c+,
 * SQL Server 2019+, SQLite 3.35+); {@link Backend#capabilities(ServerVersion)} adjusts them to the server a
 * connection actually reaches (MariaDB 10.4 has no RETURNING, SQL Server 2008 no OFFSET/FETCH, ...). Where a newer
 * version adds a feature (Oracle 23ai's BOOLEAN, for example) the version-free flag stays at the conservative value.
 *
 * <p>A subclass of a built-in backend overrides only what differs with the {@code with...} methods:
 * <pre>{@code
 * public BackendCapabilities capabilities() { return super.capabilities().withReturning(false); }
 * }</pre>
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
 * @param rowLocking             how a query locks the rows it reads ({@code FOR UPDATE}, a table hint, or nothing)
 * @param skipLocked             {@code FOR UPDATE SKIP LOCKED} (or SQL Server's {@code READPAST}) for queue readers
 * @param offsetFetch            standard paging {@code OFFSET m ROWS FETCH NEXT n ROWS ONLY}
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
        boolean transactionalDdl,
        RowLockStyle rowLocking,
        boolean skipLocked,
        boolean offsetFetch) {

    public BackendCapabilities {
        if (upsertStyle == null || rowLocking == null) {
            throw new IllegalArgumentException("upsertStyle and rowLocking must not be null, got " + upsertStyle
                    + " and " + rowLocking);
        }
    }

    /**
     * The first ten flags, with {@code FOR UPDATE} row locking, no {@code SKIP LOCKED} and standard OFFSET/FETCH (the
     * constructor's shape before those three flags existed).
     */
    public BackendCapabilities(boolean returning, UpsertStyle upsertStyle, boolean windowFunctions,
                               boolean commonTableExpressions, boolean recursiveCte, boolean json, boolean booleanType,
                               boolean sequences, boolean identityColumns, boolean transactionalDdl) {
        this(returning, upsertStyle, windowFunctions, commonTableExpressions, recursiveCte, json, booleanType,
                sequences, identityColumns, transactionalDdl, RowLockStyle.FOR_UPDATE, false, true);
    }

    /** The form of insert-or-update a database offers. */
    public enum UpsertStyle {
        /** {@code INSERT ... ON CONFLICT (...) DO UPDATE} (PostgreSQL, SQLite). */
        ON_CONFLICT,
        /** {@code INSERT ... ON DUPLICATE KEY UPDATE} (MySQL, MariaDB). */
        ON_DUPLICATE_KEY,
        /** {@code MERGE INTO ... USING ...} (Oracle, SQL Server, H2). */
        MERGE,
        /** No single-statement upsert. */
        NONE
    }

    /** How a query asks for row locks. */
    public enum RowLockStyle {
        /** {@code SELECT ... FOR UPDATE} (MySQL, MariaDB, PostgreSQL, Oracle, H2). */
        FOR_UPDATE,
        /** A table hint: {@code FROM t WITH (UPDLOCK, ROWLOCK)} (SQL Server). */
        TABLE_HINT,
        /** Nothing to ask for: the database locks on write only (SQLite locks the whole file). */
        NONE
    }

    /** A copy with {@link #returning()} set; returns the copy. */
    public BackendCapabilities withReturning(boolean v) {
        return new BackendCapabilities(v, upsertStyle, windowFunctions, commonTableExpressions, recursiveCte, json,
                booleanType, sequences, identityColumns, transactionalDdl, rowLocking, skipLocked, offsetFetch);
    }

    /** A copy with {@link #upsertStyle()} set; returns the copy. */
    public BackendCapabilities withUpsertStyle(UpsertStyle v) {
        return new BackendCapabilities(returning, v, windowFunctions, commonTableExpressions, recursiveCte, json,
                booleanType, sequences, identityColumns, transactionalDdl, rowLocking, skipLocked, offsetFetch);
    }

    /** A copy with {@link #windowFunctions()} set; returns the copy. */
    public BackendCapabilities withWindowFunctions(boolean v) {
        return new BackendCapabilities(returning, upsertStyle, v, commonTableExpressions, recursiveCte, json,
                booleanType, sequences, identityColumns, transactionalDdl, rowLocking, skipLocked, offsetFetch);
    }

    /** A copy with {@link #commonTableExpressions()} and {@link #recursiveCte()} set; returns the copy. */
    public BackendCapabilities withCtes(boolean cte, boolean recursive) {
        return new BackendCapabilities(returning, upsertStyle, windowFunctions, cte, recursive, json,
                booleanType, sequences, identityColumns, transactionalDdl, rowLocking, skipLocked, offsetFetch);
    }

    /** A copy with {@link #json()} set; returns the copy. */
    public BackendCapabilities withJson(boolean v) {
        return new BackendCapabilities(returning, upsertStyle, windowFunctions, commonTableExpressions, recursiveCte, v,
                booleanType, sequences, identityColumns, transactionalDdl, rowLocking, skipLocked, offsetFetch);
    }

    /** A copy with {@link #booleanType()} set; returns the copy. */
    public BackendCapabilities withBooleanType(boolean v) {
        return new BackendCapabilities(returning, upsertStyle, windowFunctions, commonTableExpressions, recursiveCte,
                json, v, sequences, identityColumns, transactionalDdl, rowLocking, skipLocked, offsetFetch);
    }

    /** A copy with {@link #sequences()} set; returns the copy. */
    public BackendCapabilities withSequences(boolean v) {
        return new BackendCapabilities(returning, upsertStyle, windowFunctions, commonTableExpressions, recursiveCte,
                json, booleanType, v, identityColumns, transactionalDdl, rowLocking, skipLocked, offsetFetch);
    }

    /** A copy with {@link #identityColumns()} set; returns the copy. */
    public BackendCapabilities withIdentityColumns(boolean v) {
        return new BackendCapabilities(returning, upsertStyle, windowFunctions, commonTableExpressions, recursiveCte,
                json, booleanType, sequences, v, transactionalDdl, rowLocking, skipLocked, offsetFetch);
    }

    /** A copy with {@link #transactionalDdl()} set; returns the copy. */
    public BackendCapabilities withTransactionalDdl(boolean v) {
        return new BackendCapabilities(returning, upsertStyle, windowFunctions, commonTableExpressions, recursiveCte,
                json, booleanType, sequences, identityColumns, v, rowLocking, skipLocked, offsetFetch);
    }

    /** A copy with {@link #rowLocking()} and {@link #skipLocked()} set; returns the copy. */
    public BackendCapabilities withRowLocking(RowLockStyle style, boolean skip) {
        return new BackendCapabilities(returning, upsertStyle, windowFunctions, commonTableExpressions, recursiveCte,
                json, booleanType, sequences, identityColumns, transactionalDdl, style, skip, offsetFetch);
    }

    /** A copy with {@link #offsetFetch()} set; returns the copy. */
    public BackendCapabilities withOffsetFetch(boolean v) {
        return new BackendCapabilities(returning, upsertStyle, windowFunctions, commonTableExpressions, recursiveCte,
                json, booleanType, sequences, identityColumns, transactionalDdl, rowLocking, skipLocked, v);
    }
}
