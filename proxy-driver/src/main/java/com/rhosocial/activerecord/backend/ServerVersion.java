package com.rhosocial.activerecord.backend;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of the database server a connection talks to, for {@link Backend#capabilities(ServerVersion)}: a
 * backend adapts what it declares (RETURNING, OFFSET/FETCH, ...) to the server it actually reaches, as PgJDBC's
 * {@code ServerVersion} gates features. Immutable and thread-safe.
 *
 * <pre>{@code
 * ServerVersion v = ServerVersion.of(connection.getMetaData());   // e.g. 10.11.6 (MariaDB)
 * boolean returning = v.atLeast(10, 5);
 * }</pre>
 *
 * @param major   major version (PostgreSQL 15, MariaDB 10, SQL Server 16 = 2022, Oracle 19)
 * @param minor   minor version
 * @param patch   patch version, 0 when unknown
 * @param product the product version text as the server reported it (may name a fork, such as {@code MariaDB})
 */
public record ServerVersion(int major, int minor, int patch, String product) implements Comparable<ServerVersion> {

    /** MariaDB through a MySQL-protocol handshake reports {@code 5.5.5-10.11.6-MariaDB}: the real version follows. */
    private static final Pattern MARIADB_PREFIX = Pattern.compile("^5\\.5\\.5-(?=\\d+\\.\\d+)");
    private static final Pattern NUMBERS = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");

    public ServerVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version numbers must be >= 0, got " + major + "." + minor + "." + patch);
        }
        product = product == null ? major + "." + minor + "." + patch : product;
    }

    /** A version given as numbers only. */
    public static ServerVersion of(int major, int minor, int patch) {
        return new ServerVersion(major, minor, patch, null);
    }

    /**
     * Parses a product version as drivers report it: {@code 15.4}, {@code 15.4 (Debian 15.4-1)}, {@code 3.50.3},
     * {@code 8.0.36-0ubuntu0.22.04.1}, {@code 5.5.5-10.11.6-MariaDB}, {@code Oracle Database 19c Enterprise Edition
     * Release 19.0.0.0.0 - Production}, {@code 16.00.1000}.
     *
     * @throws IllegalArgumentException naming the text when it holds no version number
     */
    public static ServerVersion parse(String productVersion) {
        if (productVersion == null) {
            throw new IllegalArgumentException("server version text is null");
        }
        String text = productVersion.trim();
        String numbers = MARIADB_PREFIX.matcher(text).replaceFirst("");
        // Oracle writes "Release 19.0.0.0.0"; prefer the number after "Release" over the "19c" of the banner.
        int release = numbers.toLowerCase(Locale.ROOT).indexOf("release ");
        if (release >= 0) {
            numbers = numbers.substring(release + "release ".length());
        }
        Matcher m = NUMBERS.matcher(numbers);
        if (!m.find()) {
            throw new IllegalArgumentException("no version number in server version '" + productVersion + "'");
        }
        return new ServerVersion(Integer.parseInt(m.group(1)), group(m, 2), group(m, 3), text);
    }

    private static int group(Matcher m, int g) {
        String s = m.group(g);
        return s == null ? 0 : Integer.parseInt(s);
    }

    /**
     * The version of the server behind {@code metaData}: the product version text when it parses, else the driver's
     * {@code getDatabaseMajorVersion()}/{@code getDatabaseMinorVersion()}.
     *
     * @throws SQLException from the driver
     */
    public static ServerVersion of(DatabaseMetaData metaData) throws SQLException {
        String text = metaData.getDatabaseProductVersion();
        try {
            ServerVersion parsed = parse(text);
            String name = metaData.getDatabaseProductName();
            // MariaDB Connector/J reports "10.11.6-MariaDB-0+deb12u1"; keep the product name visible for isMariaDb().
            if (name != null && !parsed.product().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
                return new ServerVersion(parsed.major(), parsed.minor(), parsed.patch(), name + " " + parsed.product());
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            return new ServerVersion(metaData.getDatabaseMajorVersion(), metaData.getDatabaseMinorVersion(), 0, text);
        }
    }

    /** True when this version is {@code major.minor} or later. */
    public boolean atLeast(int major, int minor) {
        return atLeast(major, minor, 0);
    }

    /** True when this version is {@code major.minor.patch} or later. */
    public boolean atLeast(int major, int minor, int patch) {
        return compareTo(of(major, minor, patch)) >= 0;
    }

    /** True when the product text names MariaDB (a MySQL URL can reach a MariaDB server). */
    public boolean isMariaDb() {
        return product.toLowerCase(Locale.ROOT).contains("mariadb");
    }

    @Override
    public int compareTo(ServerVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c != 0 ? c : Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch + (product.equals(major + "." + minor + "." + patch) ? "" : " (" + product + ")");
    }
}
