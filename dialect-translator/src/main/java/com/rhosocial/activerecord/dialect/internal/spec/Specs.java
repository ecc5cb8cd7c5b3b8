package com.rhosocial.activerecord.dialect.internal.spec;

import com.rhosocial.activerecord.dialect.Dialect;
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
}
