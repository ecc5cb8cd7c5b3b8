package com.rhosocial.activerecord.crossdb.xa;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of the JVM's one transaction manager: where its recovery log lives, the node identifier written into
 * every Xid (recovery only touches in-doubt branches carrying it, so two applications sharing a database must use
 * different identifiers), the default transaction timeout and whether recovery runs in a background thread.
 *
 * <p>Read from the {@code xa:} section of {@code activerecord.yaml} by {@link #fromSection(Map)}:
 * <pre>{@code
 * xa:
 *   logDir: /var/lib/myapp/tx-log   # default: ./activerecord-tx-log
 *   nodeId: orders-app-1            # default: activerecord; at most 28 bytes
 *   timeout: 60s                    # default 60s
 *   backgroundRecovery: true        # default true: a periodic recovery thread (every 2 min)
 * }</pre>
 *
 * @param logDir             directory of Narayana's object store (the recovery log); created when missing
 * @param nodeId             Narayana node identifier, 1..28 bytes of {@code [A-Za-z0-9_.-]}
 * @param timeout            default transaction timeout
 * @param backgroundRecovery whether a periodic recovery thread runs; when false call
 *                           {@link XaTransactionManager#recover()} yourself
 */
public record XaSettings(Path logDir, String nodeId, Duration timeout, boolean backgroundRecovery) {

    /** Default log directory, relative to the working directory. */
    public static final String DEFAULT_LOG_DIR = "activerecord-tx-log";

    /** Validates the values. */
    public XaSettings {
        Objects.requireNonNull(logDir, "logDir");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(timeout, "timeout");
        if (!nodeId.matches("[A-Za-z0-9_.-]{1,28}")) {
            throw new IllegalArgumentException("xa.nodeId must be 1 to 28 characters of [A-Za-z0-9_.-] (it is written"
                    + " into every Xid), got '" + nodeId + "'");
        }
        if (timeout.isNegative() || timeout.isZero() || timeout.toSeconds() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("xa.timeout must be a positive number of seconds, got " + timeout);
        }
        logDir = logDir.toAbsolutePath().normalize();
    }

    /** Settings with the given log directory and defaults for the rest. */
    public static XaSettings of(Path logDir) {
        return new XaSettings(logDir, "activerecord", Duration.ofSeconds(60), true);
    }

    /** Returns a copy with another node identifier. */
    public XaSettings withNodeId(String id) {
        return new XaSettings(logDir, id, timeout, backgroundRecovery);
    }

    /** Returns a copy with another default timeout. */
    public XaSettings withTimeout(Duration t) {
        return new XaSettings(logDir, nodeId, t, backgroundRecovery);
    }

    /** Returns a copy with background recovery on or off. */
    public XaSettings withBackgroundRecovery(boolean on) {
        return new XaSettings(logDir, nodeId, timeout, on);
    }

    /**
     * Settings from the flattened {@code xa:} section ({@code ActiveRecordConfig.section("xa")}).
     *
     * @throws IllegalArgumentException naming the key and value when one is invalid
     */
    public static XaSettings fromSection(Map<String, String> xa) {
        XaSettings s = of(Path.of(xa.getOrDefault("logDir", DEFAULT_LOG_DIR)));
        if (xa.containsKey("nodeId")) {
            s = s.withNodeId(xa.get("nodeId").trim());
        }
        if (xa.containsKey("timeout")) {
            s = s.withTimeout(duration("xa.timeout", xa.get("timeout")));
        }
        if (xa.containsKey("backgroundRecovery")) {
            String v = xa.get("backgroundRecovery").trim();
            if (!v.equals("true") && !v.equals("false")) {
                throw new IllegalArgumentException("xa.backgroundRecovery must be true or false, got '" + v + "'");
            }
            s = s.withBackgroundRecovery(Boolean.parseBoolean(v));
        }
        return s;
    }

    private static Duration duration(String key, String text) {
        String t = text.trim();
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            if (t.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            if (t.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            return Duration.ofSeconds(Long.parseLong(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a duration such as 30s, 500ms or 2m, got '" + text + "'", e);
        }
    }
}
