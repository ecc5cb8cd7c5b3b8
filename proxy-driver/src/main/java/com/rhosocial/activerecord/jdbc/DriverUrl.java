package com.rhosocial.activerecord.jdbc;

import com.rhosocial.activerecord.backend.Masking;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A parsed {@code jdbc:activerecord:} URL: either a wrapped real URL ({@code jdbc:activerecord:postgresql://...})
 * or the name of a datasource in {@code activerecord.yaml} ({@code jdbc:activerecord:orders}), plus the driver's own
 * options found in the URL's parameters, which are removed from the real URL.
 */
final class DriverUrl {

    static final String PREFIX = "jdbc:activerecord:";
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");

    /** The real URL without our options, or null for a named datasource. */
    final String realUrl;
    /** The datasource name, or null for a wrapped URL. */
    final String name;
    /** Our options as found in the URL, in order. */
    final Map<String, String> options;
    /**
     * A {@code password} parameter moved out of the real URL, to be handed to the real driver as a property
     * instead: real drivers log and return the URL as given (PgJDBC logs "Connecting with URL: ..." at FINE and
     * returns it from {@code DatabaseMetaData.getURL()}), so a password left in it would be printed by them.
     */
    final Map<String, String> secrets;

    private DriverUrl(String realUrl, String name, Map<String, String> options, Map<String, String> secrets) {
        this.realUrl = realUrl;
        this.name = name;
        this.options = options;
        this.secrets = secrets;
    }

    static boolean accepts(String url) {
        return url != null && url.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    static DriverUrl parse(String url) throws SQLException {
        if (!accepts(url)) {
            throw ActiveRecordSqlState.CONNECTION_UNABLE_TO_CONNECT.exception(
                    "not a jdbc:activerecord: URL: " + Masking.maskUrl(url));
        }
        String rest = url.substring(PREFIX.length()).trim();
        if (rest.isEmpty()) {
            throw ActiveRecordSqlState.CONNECTION_UNABLE_TO_CONNECT.exception(
                    "jdbc:activerecord: URL names neither a datasource nor a real URL; expected jdbc:activerecord:<name>"
                            + " or jdbc:activerecord:<real URL without jdbc:>, e.g. jdbc:activerecord:postgresql://host/db");
        }
        Map<String, String> ours = new LinkedHashMap<>();
        int q = rest.indexOf('?');
        String head = q < 0 ? rest : rest.substring(0, q);
        if (head.indexOf(':') < 0) {
            // A datasource name, optionally with ?options; ";" options are accepted too for symmetry with SQL Server.
            int semi = head.indexOf(';');
            String name = semi < 0 ? head : head.substring(0, semi);
            if (!NAME.matcher(name).matches()) {
                throw ActiveRecordSqlState.CONNECTION_UNABLE_TO_CONNECT.exception("malformed jdbc:activerecord: URL "
                        + Masking.maskUrl(url) + ": '" + name + "' is neither a datasource name nor a real URL");
            }
            StringBuilder unknown = new StringBuilder();
            if (semi >= 0) {
                split(head.substring(semi + 1), ';', ours, unknown, null);
            }
            if (q >= 0) {
                split(rest.substring(q + 1), '&', ours, unknown, null);
            }
            if (unknown.length() > 0) {
                throw ActiveRecordSqlState.INVALID_PARAMETER_VALUE.exception("unknown option(s) " + Masking.maskUrl(unknown.toString())
                        + " in " + Masking.maskUrl(url) + "; a named datasource takes only the driver's own options");
            }
            return new DriverUrl(null, name, ours, Map.of());
        }
        String real = "jdbc:" + rest;
        Map<String, String> secrets = new LinkedHashMap<>();
        if (rest.regionMatches(true, 0, "sqlserver:", 0, 10)) {
            // SQL Server's own syntax: jdbc:sqlserver://host:port;key=value;key=value
            int semi = real.indexOf(';');
            if (semi >= 0) {
                StringBuilder kept = new StringBuilder();
                split(real.substring(semi + 1), ';', ours, kept, secrets);
                real = real.substring(0, semi) + (kept.length() == 0 ? "" : ";" + kept);
            }
        } else {
            int rq = real.indexOf('?');
            if (rq >= 0) {
                StringBuilder kept = new StringBuilder();
                split(real.substring(rq + 1), '&', ours, kept, secrets);
                real = real.substring(0, rq) + (kept.length() == 0 ? "" : "?" + kept);
            }
        }
        return new DriverUrl(real, null, ours, secrets);
    }

    /**
     * Splits {@code k=v<sep>k=v}: our keys go into {@code ours}, a plain {@code password} into {@code secrets} (when
     * not null), the others are appended to {@code kept}. A password with {@code %} or {@code +} stays in the URL,
     * since drivers differ in whether they decode URL parameters.
     */
    private static void split(String params, char sep, Map<String, String> ours, StringBuilder kept,
                              Map<String, String> secrets) {
        int start = 0;
        int len = params.length();
        while (start <= len) {
            int end = params.indexOf(sep, start);
            if (end < 0) {
                end = len;
            }
            String part = params.substring(start, end);
            if (!part.isEmpty()) {
                int eq = part.indexOf('=');
                String key = eq < 0 ? part : part.substring(0, eq);
                if (ActiveRecordProperty.forKey(key) != null) {
                    String value = eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
                    ours.put(key, value);
                } else if (secrets != null && eq > 0 && key.equalsIgnoreCase("password")
                        && part.indexOf('%', eq) < 0 && part.indexOf('+', eq) < 0) {
                    secrets.put("password", part.substring(eq + 1));
                } else {
                    if (kept.length() > 0) {
                        kept.append(sep);
                    }
                    kept.append(part);
                }
            }
            start = end + 1;
        }
    }
}
