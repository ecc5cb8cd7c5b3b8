package com.example.h2backend;

import com.rhosocial.activerecord.backend.BackendCapabilities;
import com.rhosocial.activerecord.backend.ServerVersion;
import com.rhosocial.activerecord.backend.impl.postgresql.PostgreSQLBackend;
import java.sql.Connection;
import java.util.List;
import java.util.Set;

/**
 * The second worked example: a "CockroachDB-style" PostgreSQL variant that extends {@link PostgreSQLBackend} and
 * overrides only what differs (name, isolation levels, two flags, a type rename, the version table). PgJDBC, the URL form, the TLS
 * mapping and the PostgreSQL dialect are inherited. Tested against the local PostgreSQL 15, which stands in for the
 * variant here. Not registered through ServiceLoader: it keeps {@code jdbc:postgresql:} URLs, which the built-in
 * serves; it is selected by class.
 */
public class PgVariantBackend extends PostgreSQLBackend {

    @Override
    public String name() {
        return "pgvariant";
    }

    @Override
    public List<String> aliases() {
        return List.of("cockroach-style");
    }

    /** Like CockroachDB: SERIALIZABLE by default, READ COMMITTED as the only other level. */
    @Override
    public int defaultIsolationLevel() {
        return Connection.TRANSACTION_SERIALIZABLE;
    }

    @Override
    public Set<Integer> supportedIsolationLevels() {
        return Set.of(Connection.TRANSACTION_READ_COMMITTED, Connection.TRANSACTION_SERIALIZABLE);
    }

    /** Schema changes inside transactions have limits there; no SKIP LOCKED in older releases. */
    @Override
    public BackendCapabilities capabilities() {
        return super.capabilities().withTransactionalDdl(false).withRowLocking(
                BackendCapabilities.RowLockStyle.FOR_UPDATE, false);
    }

    /**
     * The variant keeps JSON documents as written (key order and duplicates, as its clients compare them), so the
     * translator's {@code JSONB} is rendered as {@code JSON}.
     */
    @Override
    public java.util.Map<String, String> typeRenames() {
        return java.util.Map.of("JSONB", "JSON");
    }

    /** The variant reports its own version numbers, not PostgreSQL's: the PostgreSQL version table does not apply. */
    @Override
    public BackendCapabilities capabilities(ServerVersion v) {
        return capabilities();
    }
}
