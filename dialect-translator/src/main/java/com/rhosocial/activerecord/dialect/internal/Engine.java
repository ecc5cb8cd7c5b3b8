package com.rhosocial.activerecord.dialect.internal;

import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.Outcome;
import com.rhosocial.activerecord.dialect.SchemaInfo;
import com.rhosocial.activerecord.dialect.TargetProfile;
import com.rhosocial.activerecord.dialect.Semantics;
import com.rhosocial.activerecord.dialect.Translation;
import com.rhosocial.activerecord.dialect.TranslationWarning;
import com.rhosocial.activerecord.dialect.internal.render.StatementRenderer;
import com.rhosocial.activerecord.dialect.internal.spec.DialectSpec;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import com.rhosocial.activerecord.dialect.internal.spec.Specs;
import com.rhosocial.activerecord.dialect.internal.text.Postpass;
import com.rhosocial.activerecord.dialect.internal.text.Prepass;
import com.rhosocial.activerecord.dialect.internal.rules.ProfileChecks;
import com.rhosocial.activerecord.dialect.internal.rules.SchemaScripts;
import com.rhosocial.activerecord.dialect.internal.rules.Sequences;
import com.rhosocial.activerecord.dialect.internal.rules.StatementRules;
import com.rhosocial.activerecord.dialect.internal.rules.Transactions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.Statements;

/**
 * The translation pipeline for one SQL string: pre-pass, parse (in the caller's thread, bounded), render each
 * statement for the target, post-pass (parameter map, quoting), outcome. Stateless and thread-safe.
 */
public final class Engine {

    /** Result of {@link #translate}: the translation, plus the unsupported constructs found (empty when none). */
    public record Result(Translation translation, List<TranslationWarning> unsupported) {
    }

    /**
     * {@link FastPath} on (default) or off ({@code -Dactiverecord.translator.fastPath=false}), e.g. to rule it out
     * when investigating a translation.
     */
    private static final boolean FAST_PATH =
            !"false".equalsIgnoreCase(System.getProperty("activerecord.translator.fastPath"));
    /**
     * The hand-written parser tried before JSqlParser (default) or not
     * ({@code -Dactiverecord.translator.handParser=false}).
     */
    private static final boolean HAND_PARSER =
            !"false".equalsIgnoreCase(System.getProperty("activerecord.translator.handParser"));

    private Engine() {
    }

    /** True when {@code from} and {@code to} read each other's SQL unchanged. */
    public static boolean sameFamily(Dialect from, Dialect to) {
        return from == to || Specs.of(from).family().equals(Specs.of(to).family());
    }

    public static Result translate(String sql, Dialect fromDialect, Dialect toDialect, SchemaInfo schema,
                                   Semantics semantics) {
        return translate(sql, Specs.of(fromDialect), Specs.of(toDialect), schema, semantics, true, true);
    }

    /**
     * As {@link #translate(String, Dialect, Dialect, SchemaInfo, Semantics)} for a target profile: its capability
     * and type overrides reach the rules through the spec, its renames and rewrites apply to the rendered text.
     */
    public static Result translate(String sql, Dialect fromDialect, TargetProfile to, SchemaInfo schema,
                                   Semantics semantics) {
        Result r = translate(sql, Specs.of(fromDialect), Specs.of(to), schema, semantics, true, true);
        if (r.translation().outcome() == Outcome.UNSUPPORTED) {
            return r;
        }
        try {
            return new Result(ProfileText.apply(r.translation(), to), r.unsupported());
        } catch (IllegalArgumentException e) {
            TranslationWarning w = new TranslationWarning("profile", 0, 0, e.getMessage());
            List<TranslationWarning> all = new ArrayList<>(r.translation().warnings());
            all.add(w);
            int n = Parameters.count(sql, Specs.of(to.dialect()).backslashEscapes());
            return new Result(new Translation(sql, List.of(sql), identity(n), Outcome.UNSUPPORTED,
                    all), List.of(w));
        }
    }

    /** SQL already in the profile's dialect: only the profile's text-level renames and rewrites apply. */
    public static Translation textOnly(String sql, TargetProfile to) {
        Translation t = Translation.unchanged(sql, Parameters.count(sql, Specs.of(to.dialect()).backslashEscapes()));
        try {
            return ProfileText.apply(t, to);
        } catch (IllegalArgumentException e) {
            TranslationWarning w = new TranslationWarning("profile", 0, 0, e.getMessage());
            return new Translation(sql, List.of(sql), t.parameterMap(), Outcome.UNSUPPORTED, List.of(w));
        }
    }

    /**
     * As {@link #translate(String, Dialect, Dialect, SchemaInfo, Semantics)}; {@code fastPath=false} always runs
     * the full pipeline (the equivalence test compares both).
     */
    static Result translate(String sql, Dialect fromDialect, Dialect toDialect, SchemaInfo schema,
                            Semantics semantics, boolean fastPath) {
        return translate(sql, Specs.of(fromDialect), Specs.of(toDialect), schema, semantics, fastPath, true);
    }

    /**
     * As {@link #translate(String, Dialect, Dialect, SchemaInfo, Semantics, boolean)}; {@code handParser=false}
     * always parses with JSqlParser (the hand parser's equivalence test compares both).
     */
    static Result translate(String sql, Dialect fromDialect, Dialect toDialect, SchemaInfo schema,
                            Semantics semantics, boolean fastPath, boolean handParser) {
        return translate(sql, Specs.of(fromDialect), Specs.of(toDialect), schema, semantics, fastPath, handParser);
    }

    private static Result translate(String sql, DialectSpec from, DialectSpec to, SchemaInfo schema,
                                    Semantics semantics, boolean fastPath, boolean handParser) {
        String trimmed = sql.trim();
        if (trimmed.isEmpty() || isCallEscape(trimmed)) {
            // JDBC {call ...} / {? = call ...}: the target's driver understands the escape itself.
            return new Result(Translation.unchanged(sql, Parameters.count(sql, to.backslashEscapes())), List.of());
        }
        String tx = Transactions.rewrite(sql, to);
        if (tx != null) {
            return new Result(new Translation(sql, List.of(tx), new int[0],
                    normalize(tx).equals(normalize(sql)) ? Outcome.UNCHANGED : Outcome.TRANSLATED, List.of()), List.of());
        }
        RenderContext ctx = new RenderContext(from, to, schema, semantics, sql);
        List<String> script = SchemaScripts.rewrite(sql, ctx);
        if (script == null) {
            script = Sequences.ddl(sql, ctx);
        }
        if (script != null) {
            return scripted(sql, script, ctx);
        }
        List<String> out = new ArrayList<>(2);
        int resultStatement = -1;
        int[] map = new int[0];
        int sourceParameters;
        // the fast path reproduces the rules of the dialects' own specs: a profiled target takes the full pipeline
        FastPath.Rendered fast = fastPath && FAST_PATH && (schema == null || schema == SchemaInfo.NONE)
                && to == Specs.of(to.dialect()) ? FastPath.render(sql, from, to, ctx) : null;
        if (fast != null) {
            Postpass.Result post = Postpass.apply(fast.sql(), from, to, true);
            out.add(post.sql().trim());
            map = post.parameterMap();
            sourceParameters = fast.parameterCount();
        } else {
            Prepass.Result pre = Prepass.apply(Sequences.mark(SchemaScripts.normalize(sql, ctx)), from.prepassOptions());
            sourceParameters = pre.parameterCount();
            // after the pre-pass: the copies of a multi-table insert's subquery keep their numbered placeholders
            String text = com.rhosocial.activerecord.dialect.internal.rules.ConditionalInserts.rewrite(pre.sql(), ctx);
            if (!ctx.unsupportedConstructs().isEmpty()) {
                return unsupported(sql, ctx);
            }
            Statements statements;
            try {
                statements = Parsing.parse(text, from, handParser && HAND_PARSER);
            } catch (Parsing.RefusedException e) {
                if (e.line() > 0) {
                    ctx.unsupported(e.rule(), e.line(), e.column(), e.getMessage());
                } else {
                    ctx.unsupported(e.rule(), null, e.getMessage());
                }
                return unsupported(sql, ctx);
            }
            for (Statement st : statements) {
                if (st == null) {
                    continue;
                }
                String rendered;
                try {
                    rendered = render(st, ctx);
                } catch (RuntimeException e) {
                    ctx.unsupported("render", null, "cannot render " + st.getClass().getSimpleName() + ": " + e);
                    return unsupported(sql, ctx);
                }
                if (rendered == null || rendered.isEmpty() || !ctx.unsupportedConstructs().isEmpty()) {
                    if (ctx.unsupportedConstructs().isEmpty()) {
                        ctx.unsupported("render", null, "nothing rendered for " + st.getClass().getSimpleName());
                    }
                    return unsupported(sql, ctx);
                }
                rendered = Sequences.unmark(rendered, ctx);
                if (!ctx.unsupportedConstructs().isEmpty()) {
                    return unsupported(sql, ctx);
                }
                if (ctx.takeRowsFromFirstPart()) {
                    resultStatement = out.size();
                }
                boolean raw = rendered.startsWith(StatementRules.RAW);
                Postpass.Result post = Postpass.apply(raw ? rendered.substring(1) : rendered, from, to, !raw);
                for (String part : post.sql().split("\u0000")) {
                    if (!part.isBlank()) {
                        out.add(part.trim());
                    }
                }
                int[] m = Arrays.copyOf(map, map.length + post.parameterMap().length);
                System.arraycopy(post.parameterMap(), 0, m, map.length, post.parameterMap().length);
                map = m;
            }
        }
        if (out.isEmpty()) {
            ctx.unsupported("parse", null, "no statement recognised");
            return unsupported(sql, ctx);
        }
        if (!ctx.unsupportedConstructs().isEmpty()) {
            return unsupported(sql, ctx);
        }
        int counted = 0;
        for (String o : out) {
            counted += Parameters.count(o, to.backslashEscapes());
        }
        if (counted != map.length) {
            // The rendered text would bind differently from the map (a ? the scanners read differently): refuse.
            ctx.unsupported("parameters", null, "parameter positions could not be mapped");
            return unsupported(sql, ctx);
        }
        for (int v : map) {
            if (v < 1 || v > Math.max(sourceParameters, maxIndex(map))) {
                ctx.unsupported("parameters", null, "parameter ?" + v + " out of range");
                return unsupported(sql, ctx);
            }
        }
        Outcome outcome;
        if (ctx.isEmulated()) {
            outcome = Outcome.EMULATED;
        } else if (!ctx.isChanged() && out.size() == 1 && normalize(out.get(0)).equals(normalize(sql))) {
            return new Result(new Translation(sql, List.of(sql), map, Outcome.UNCHANGED, ctx.warnings()), List.of());
        } else {
            outcome = Outcome.TRANSLATED;
        }
        return new Result(new Translation(sql, out, map, outcome, ctx.warnings())
                .withGeneratedKeyColumns(ctx.generatedKeyColumns()).withResultStatement(resultStatement), List.of());
    }

    /** A statement recognised on its text (session settings, sequences, script DDL): no parameters to move. */
    private static Result scripted(String sql, List<String> script, RenderContext ctx) {
        int n = Parameters.count(sql, ctx.from().backslashEscapes());
        int counted = 0;
        for (String s : script) {
            counted += Parameters.count(s, ctx.to().backslashEscapes());
        }
        if (!ctx.unsupportedConstructs().isEmpty() || script.isEmpty() || counted != n) {
            if (ctx.unsupportedConstructs().isEmpty()) {
                ctx.unsupported("parameters", null, "parameter positions could not be mapped");
            }
            return unsupported(sql, ctx);
        }
        Outcome outcome = ctx.isEmulated() ? Outcome.EMULATED
                : script.size() == 1 && normalize(script.get(0)).equals(normalize(sql)) ? Outcome.UNCHANGED
                : Outcome.TRANSLATED;
        return new Result(new Translation(sql, outcome == Outcome.UNCHANGED ? List.of(sql) : script, identity(n), outcome,
                ctx.warnings()), List.of());
    }

    private static int maxIndex(int[] map) {
        int m = 0;
        for (int v : map) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static String render(Statement st, RenderContext ctx) {
        ProfileChecks.check(st, ctx);
        if (!ctx.unsupportedConstructs().isEmpty()) {
            return null;
        }
        StatementRenderer r = StatementRenderer.create(ctx);
        String special = StatementRules.render(st, r);
        if (special != null) {
            return special;
        }
        st.accept(r, null);
        return r.getBuilder().toString();
    }

    private static Result unsupported(String sql, RenderContext ctx) {
        List<TranslationWarning> all = new ArrayList<>(ctx.warnings());
        all.addAll(ctx.unsupportedConstructs());
        // passed on as written: the target reads its placeholders with its own literal rules
        int n = Parameters.count(sql, ctx.to().backslashEscapes());
        Translation t = new Translation(sql, List.of(sql), identity(n), Outcome.UNSUPPORTED, all);
        return new Result(t, ctx.unsupportedConstructs());
    }

    static int[] identity(int n) {
        int[] m = new int[n];
        for (int i = 0; i < n; i++) {
            m[i] = i + 1;
        }
        return m;
    }

    private static boolean isCallEscape(String s) {
        if (s.charAt(0) != '{') {
            return false;
        }
        String t = s.substring(1).trim().toLowerCase(Locale.ROOT);
        return t.startsWith("call") || t.startsWith("?");
    }

    /**
     * Whitespace- and keyword-case-insensitive form of a statement, used to tell "unchanged" from "translated".
     * Text inside quotes keeps its case: a quoted identifier re-cased for the target ({@code "users"} to
     * {@code "USERS"} for Oracle) or a string literal is a real change, not a spelling variant.
     */
    private static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        char close = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (close != 0) {
                b.append(c);
                if (c == close) {
                    close = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                close = c;
                b.append(c);
            } else if (c == '[') {
                close = ']';
                b.append(c);
            } else if (!Character.isWhitespace(c) && c != ';') {
                b.append(Character.toUpperCase(c));
            }
        }
        return b.toString();
    }
}
