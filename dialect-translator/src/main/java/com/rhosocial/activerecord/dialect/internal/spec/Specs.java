package com.rhosocial.activerecord.dialect.internal.spec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.TargetProfile;
import java.util.EnumMap;
import java.util.Map;

/** The one registry from {@link Dialect} to its spec; the only place that pairs the enum with a class. */
public final class Specs {
    private static final Map<Dialect, DialectSpec> SPECS = new EnumMap<>(Dialect.class);

    static {
        SPECS.put(Dialect.MYSQL, new MySqlSpec());
        SPECS.put(Dialect.MARIADB, new MariaDbSpec());
        SPECS.put(Dialect.POSTGRESQL, new PostgresSpec());
        SPECS.put(Dialect.ORACLE, new OracleSpec());
        SPECS.put(Dialect.SQLSERVER, new SqlServerSpec());
        SPECS.put(Dialect.SQLITE, new SqliteSpec());
        SPECS.put(Dialect.H2, new H2Spec());
    }

    private Specs() {
    }

    public static DialectSpec of(Dialect d) {
        return SPECS.get(d);
    }

    /** Profiled specs by profile; a process has a few (one per custom backend and server version). */
    private static final Cache<TargetProfile, DialectSpec> PROFILED = Caffeine.newBuilder().maximumSize(256)
            .executor(Runnable::run).build();

    /**
     * The spec for {@code profile}: the dialect's own when the profile overrides no capability or type (renames and
     * rewrites apply to the rendered text), else the dialect's seen through the profile.
     */
    public static DialectSpec of(TargetProfile profile) {
        if (!profile.hasFeatureOverrides()) {
            return SPECS.get(profile.dialect());
        }
        return PROFILED.get(profile, p -> SPECS.get(p.dialect()).withProfile(p));
    }
}
