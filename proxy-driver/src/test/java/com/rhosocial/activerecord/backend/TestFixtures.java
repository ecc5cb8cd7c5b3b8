package com.rhosocial.activerecord.backend;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeMap;

/** Shared test fixtures: the TLS files under {@code src/test/resources/tls} and the local servers' addresses. */
public final class TestFixtures {

    private TestFixtures() {
    }

    /** Absolute path of a file under {@code src/test/resources/tls}. */
    public static String tls(String name) {
        URL url = TestFixtures.class.getResource("/tls/" + name);
        if (url == null) {
            throw new IllegalStateException("missing test resource tls/" + name);
        }
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Properties as a sorted map, for readable assertions. */
    public static TreeMap<String, String> sorted(Properties p) {
        TreeMap<String, String> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }

    /** Host of the local PostgreSQL ({@code AR_PG_HOST}, default 127.0.0.1). */
    public static String pgHost() {
        return env("AR_PG_HOST", "127.0.0.1");
    }

    /** Port of the local PostgreSQL ({@code AR_PG_PORT}, default 5432). */
    public static int pgPort() {
        return Integer.parseInt(env("AR_PG_PORT", "5432"));
    }

    /**
     * CA of a TLS-enabled PostgreSQL named by {@code AR_PG_HOST}/{@code AR_PG_PORT} ({@code AR_PG_TLS_CA}), or
     * null. The recipe for such a server is in {@code docs/backends/postgresql.md}.
     */
    public static String pgTlsCa() {
        String v = System.getenv("AR_PG_TLS_CA");
        return v == null || v.isBlank() ? null : v;
    }

    /** Host of the local MariaDB ({@code AR_MARIADB_HOST}, default 127.0.0.1). */
    public static String mariadbHost() {
        return env("AR_MARIADB_HOST", "127.0.0.1");
    }

    /** Port of the local MariaDB ({@code AR_MARIADB_PORT}, default 3306). */
    public static int mariadbPort() {
        return Integer.parseInt(env("AR_MARIADB_PORT", "3306"));
    }

    /**
     * CA of a TLS-enabled MariaDB named by {@code AR_MARIADB_HOST}/{@code AR_MARIADB_PORT}
     * ({@code AR_MARIADB_TLS_CA}), or null. The recipe for such a server is in {@code docs/backends/mysql_mariadb.md}.
     */
    public static String mariadbTlsCa() {
        String v = System.getenv("AR_MARIADB_TLS_CA");
        return v == null || v.isBlank() ? null : v;
    }

    private static String env(String key, String dflt) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? dflt : v;
    }
}
