package com.rhosocial.activerecord.jdbc;

import com.rhosocial.activerecord.backend.Backend;
import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.TargetProfile;
import com.rhosocial.activerecord.dialect.OnUnsupported;
import com.rhosocial.activerecord.dialect.SchemaInfo;
import com.rhosocial.activerecord.dialect.Semantics;
import com.rhosocial.activerecord.dialect.SqlTranslator;
import com.rhosocial.activerecord.dialect.Translation;
import com.rhosocial.activerecord.dialect.TranslationStats;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * How one logical connection behaves, resolved once from the options: source and target dialect, whether to
 * translate, the translator, the slow-statement threshold and read-only routing. Immutable and shared.
 */
final class ConnectionSettings {

    /** The translation step as the wrappers call it; a seam so tests can drive parameter remapping. */
    interface Translator {
        Translation translate(String sql, Dialect from, TargetProfile to, SchemaInfo schema) throws SQLException;
    }

    private static final Map<String, SqlTranslator> TRANSLATORS = new ConcurrentHashMap<>();
    /** Set by tests only: replaces the SqlTranslator for connections created afterwards. */
    static volatile Translator testTranslator;

    final String label;
    final Dialect source;
    final Dialect target;
    /** True when plain JDBC SQL must go through the translator (translate=true and source != target). */
    final boolean translating;
    final Translator translator;
    final long slowNanos;
    /** True when statements are timed with {@link CoarseClock} (long thresholds), false for {@code nanoTime()}. */
    final boolean coarseClock;
    final boolean logParameters;
    final boolean readOnlyRouting;
    /**
     * True when date and time parameters are bound as ISO text ({@link Backend#temporalParametersAsText()}), and
     * only while translating: legacy SQL from another database compares them with text dates.
     */
    final boolean temporalsAsText;

    private ConnectionSettings(String label, Dialect source, Dialect target, boolean translate, Translator translator,
                               long slowMillis, boolean logParameters, boolean readOnlyRouting) {
        this(label, source, target, translate, translator, slowMillis, logParameters, readOnlyRouting, false);
    }

    private ConnectionSettings(String label, Dialect source, Dialect target, boolean translate, Translator translator,
                               long slowMillis, boolean logParameters, boolean readOnlyRouting,
                               boolean temporalsAsText) {
        this.label = label;
        this.source = source;
        this.target = target;
        this.translating = translate && source != target;
        this.translator = translator;
        this.slowNanos = slowMillis <= 0 ? 0 : TimeUnit.MILLISECONDS.toNanos(slowMillis);
        this.coarseClock = slowNanos >= CoarseClock.MIN_THRESHOLD_NANOS;
        if (coarseClock) {
            CoarseClock.start();
        }
        this.logParameters = logParameters;
        this.readOnlyRouting = readOnlyRouting;
        this.temporalsAsText = temporalsAsText && this.translating;
    }

    /**
     * Settings from options (already merged by precedence).
     *
     * @param defaultSource the source dialect when the options name none (a datasource's configured one, or null)
     */
    static ConnectionSettings from(String label, Map<String, String> options, Dialect target, Dialect defaultSource)
            throws SQLException {
        Dialect source = ActiveRecordProperty.SOURCE_DIALECT.getDialect(options);
        if (source == null) {
            source = defaultSource != null ? defaultSource : target;
        }
        boolean translate = ActiveRecordProperty.TRANSLATE.getBoolean(options);
        OnUnsupported onUnsupported = OnUnsupported.of(ActiveRecordProperty.ON_UNSUPPORTED.getChoice(options));
        Semantics semantics = Semantics.of(ActiveRecordProperty.SEMANTICS.getChoice(options));
        Translator t = testTranslator;
        if (t == null) {
            SqlTranslator st = TRANSLATORS.computeIfAbsent(onUnsupported + "/" + semantics,
                    k -> SqlTranslator.builder().onUnsupported(onUnsupported).semantics(semantics).build());
            t = st::translate;
        }
        long slow = ActiveRecordProperty.SLOW_QUERY_THRESHOLD.getMillis(options);
        boolean logParams = ActiveRecordProperty.LOG_PARAMETERS.getBoolean(options);
        boolean routing = ActiveRecordProperty.READ_ONLY_ROUTING.getBoolean(options);
        return new ConnectionSettings(label, source, target, translate, t, slow, logParams, routing);
    }

    /**
     * Settings for {@code backend}: as {@link #from(String, Map, Dialect, Dialect)} with its dialect as the target.
     * What the translator writes for it is the backend's {@link Backend#targetProfile(com.rhosocial.activerecord.backend.ServerVersion)} for the server
     * the pool reaches ({@link PhysicalPool#profile}): capabilities, renames and rewrite hooks.
     */
    static ConnectionSettings from(String label, Map<String, String> options, Backend backend, Dialect defaultSource)
            throws SQLException {
        ConnectionSettings s = from(label, options, backend.dialect(), defaultSource);
        if (!backend.temporalParametersAsText()) {
            return s;
        }
        return new ConnectionSettings(s.label, s.source, s.target, s.translating, s.translator,
                TimeUnit.NANOSECONDS.toMillis(s.slowNanos), s.logParameters, s.readOnlyRouting, true);
    }

    /** Cache statistics of each translator in use, keyed by its policy ({@code PASSTHROUGH/PRESERVE}, ...). */
    static Map<String, TranslationStats> translatorStats() {
        Map<String, TranslationStats> out = new java.util.TreeMap<>();
        TRANSLATORS.forEach((k, v) -> out.put(k, v.stats()));
        return out;
    }

    @Override
    public String toString() {
        return "ConnectionSettings[" + label + ", " + source.id() + "->" + target.id() + (translating ? "" : " (no translation)")
                + ", slowQueryThreshold=" + TimeUnit.NANOSECONDS.toMillis(slowNanos) + "ms, readOnlyRouting=" + readOnlyRouting + "]";
    }
}
