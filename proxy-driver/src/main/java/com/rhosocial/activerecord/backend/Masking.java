package com.rhosocial.activerecord.backend;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The one place that hides secrets in anything we print: URLs, property maps and messages.
 * Every log line, {@code toString()} and exception message that may carry a URL or properties goes through here.
 */
public final class Masking {

    private static final String MASK = "****";
    // user:password@host in URLs. The password runs to the last '@' before a blank or an '=': a password typed
    // unencoded may hold '/', '?', ';' or '@' (p@ss/w0rd), while an '=' means the '@' belongs to a parameter
    // (?user=admin@server, Azure's user names) and the '//host:' before it held no password.
    private static final Pattern USERINFO = Pattern.compile("(//[^/:@?;\\s]*:)[^\\s=]*(@)");
    // Oracle's thin URL carries credentials as user/password@ before the address: jdbc:oracle:thin:scott/tiger@host
    private static final Pattern ORACLE_USERINFO = Pattern.compile("(?i)(jdbc:oracle:\\w+:[^/@:\\s]+/)[^\\s=]*(@)");
    // password-like key=value pairs in query strings and SQL Server's ;k=v form
    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)((?:password|passwd|pwd|secret|sslpassword|sslkeypassword|keystorepassword|truststorepassword|trustStorePassword|keyStorePassword|accessToken|token)\\s*=)([^&;,\\s)]*)");

    private Masking() {
    }

    /** Masks passwords in a JDBC URL (user info and password-like parameters). Null stays null. */
    public static String maskUrl(String url) {
        if (url == null) {
            return null;
        }
        String s = USERINFO.matcher(url).replaceAll("$1" + MASK + "$2");
        s = ORACLE_USERINFO.matcher(s).replaceAll("$1" + MASK + "$2");
        return KEY_VALUE.matcher(s).replaceAll("$1" + MASK);
    }

    /** Masks any secret that may be embedded in free text, such as a driver's exception message. */
    public static String maskText(String text) {
        return maskUrl(text);
    }

    /** True for property keys whose values must never be printed. */
    public static boolean isSensitiveKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.contains("password") || k.contains("passwd") || k.equals("pwd") || k.contains("secret")
                || k.contains("token") || k.contains("credential");
    }

    /** A sorted copy of {@code props} with sensitive values replaced. */
    public static Map<String, String> maskProperties(Map<?, ?> props) {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<?, ?> e : props.entrySet()) {
            String k = String.valueOf(e.getKey());
            out.put(k, isSensitiveKey(k) ? MASK : maskUrl(String.valueOf(e.getValue())));
        }
        return out;
    }
}
