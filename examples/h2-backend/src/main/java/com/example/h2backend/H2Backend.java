package com.example.h2backend;

import com.rhosocial.activerecord.backend.Backend;
import com.rhosocial.activerecord.backend.BackendCapabilities;
import com.rhosocial.activerecord.backend.BackendCapabilities.RowLockStyle;
import com.rhosocial.activerecord.backend.BackendCapabilities.UpsertStyle;
import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.ServerVersion;
import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.FunctionRenames;
import com.rhosocial.activerecord.dialect.TargetProfile;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * H2 2.x (embedded or server) as a backend, written against the public SPI only: name and URL prefix, driver class,
 * URL building from {@link ConnectionConfig}, isolation levels, capability flags (no RETURNING: the driver reads
 * generated keys instead), the translator dialect, three function renames, a type rename and a rewrite hook on top of
 * it, and the version table. Everything else (credentials, the free {@code options}, {@code connect}) is inherited.
 *
 * <p>URLs: {@code jdbc:h2:mem:<database>} when the configuration names no host (an in-memory database kept alive
 * until the JVM ends, {@code DB_CLOSE_DELAY=-1}), {@code jdbc:h2:tcp://host:port/<database>} otherwise.
 * Stateless and thread-safe, as every backend must be.
 */
public class H2Backend extends Backend {

    /** H2 2.x: RETURNING is spelt {@code FINAL TABLE}, so the flag is off; upsert is MERGE; no transactional DDL. */
    private static final BackendCapabilities CAPABILITIES = new BackendCapabilities(
            false, UpsertStyle.MERGE, true, true, true, true, true, true, true, false,
            RowLockStyle.FOR_UPDATE, false, true);

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public List<String> aliases() {
        return List.of("h2database");
    }

    @Override
    public List<String> urlPrefixes() {
        return List.of("jdbc:h2:");
    }

    @Override
    public String driverClassName() {
        return "org.h2.Driver";
    }

    @Override
    public int defaultPort() {
        return 9092;
    }

    /** The translator already knows H2's default mode ({@link Dialect#H2}): SQL written for any dialect runs here. */
    @Override
    public Dialect dialect() {
        return Dialect.H2;
    }

    /**
     * Three MySQL/PostgreSQL functions H2 spells differently and the translator's H2 spec does not rename (yet):
     * {@code CONNECTION_ID()} is H2's {@code SESSION_ID()}, {@code VERSION()} its {@code H2VERSION()},
     * {@code BIT_COUNT()} its {@code BITCOUNT()}.
     */
    private static final FunctionRenames RENAMES = FunctionRenames.of(Map.of(
            "CONNECTION_ID", "SESSION_ID", "VERSION", "H2VERSION", "BIT_COUNT", "BITCOUNT"));

    @Override
    public FunctionRenames functionRenames() {
        return RENAMES;
    }

    /**
     * H2's JSON type turns a string written into it into a JSON string literal ({@code '{"a": 1}'} is stored as
     * {@code "{\"a\": 1}"}), while MySQL and PostgreSQL parse it: JSON columns are created as CLOB, which keeps the
     * text as written.
     */
    @Override
    public Map<String, String> typeRenames() {
        return Map.of("JSON", "CLOB");
    }

    /**
     * MySQL's {@code FORMAT(x, d)} (grouped thousands, {@code d} decimals) has no H2 function: it becomes
     * {@code TO_CHAR(x, 'FM999,...,990.00')}. Only a literal {@code d} can be turned into a pattern; anything else
     * is refused, which the translator reports as unsupported.
     */
    @Override
    public Map<String, TargetProfile.FunctionRewrite> functionRewrites() {
        return Map.of("FORMAT", H2Backend::format);
    }

    static String format(List<String> args) {
        if (args.size() != 2 || !args.get(1).matches("\\d{1,2}")) {
            throw new IllegalArgumentException("FORMAT needs a literal number of decimals on H2, got " + args);
        }
        int decimals = Integer.parseInt(args.get(1));
        return "TO_CHAR(" + args.get(0) + ", 'FM999,999,999,999,990" + (decimals > 0 ? "." + "0".repeat(decimals) : "")
                + "')";
    }

    @Override
    public BackendCapabilities capabilities() {
        return CAPABILITIES;
    }

    /** H2 before 1.4.198 had no window functions (H2's changelog for 1.4.198). */
    @Override
    public BackendCapabilities capabilities(ServerVersion v) {
        return v.atLeast(1, 4, 198) ? CAPABILITIES : CAPABILITIES.withWindowFunctions(false);
    }

    /** H2 accepts all four levels (MVStore implements each since 1.4.198). */
    @Override
    public Set<Integer> supportedIsolationLevels() {
        return Set.of(Connection.TRANSACTION_READ_UNCOMMITTED, Connection.TRANSACTION_READ_COMMITTED,
                Connection.TRANSACTION_REPEATABLE_READ, Connection.TRANSACTION_SERIALIZABLE);
    }

    @Override
    public String buildUrl(ConnectionConfig c) {
        if (c.url() != null) {
            return c.url();
        }
        if (c.database() == null || c.database().isBlank()) {
            throw new IllegalArgumentException("backend h2 needs a database name (or a url), got database="
                    + c.database());
        }
        if (c.host() == null || c.host().isBlank()) {
            return "jdbc:h2:mem:" + c.database() + ";DB_CLOSE_DELAY=-1";
        }
        return "jdbc:h2:tcp://" + urlHost(c) + ":" + portOrDefault(c) + "/" + c.database();
    }

    /** Only the login timeout has an H2 counterpart ({@code LOCK_TIMEOUT} is about locks, not sockets). */
    @Override
    protected void mapTimeouts(ConnectionConfig c, Properties p) {
        if (c.socketTimeout() != null) {
            throw new IllegalArgumentException("backend h2 has no socket timeout; remove socketTimeout="
                    + c.socketTimeout());
        }
    }

    /** H2's server mode can use TLS ({@code ssl://} URLs), which this example does not map: refuse instead of ignoring. */
    @Override
    protected void mapSsl(ConnectionConfig c, Properties p) {
        if (effectiveSslMode(c) != null && effectiveSslMode(c) != ConnectionConfig.SslMode.DISABLE) {
            throw new IllegalArgumentException("backend h2 (example) does not map TLS settings, got ssl.mode="
                    + effectiveSslMode(c).id());
        }
    }
}
