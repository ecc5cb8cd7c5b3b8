package com.rhosocial.activerecord.benchmarks.translation;

import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.Outcome;
import com.rhosocial.activerecord.dialect.SqlTranslator;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The statements of {@code corpus/<dialect>.sql} (one per line, {@code --} lines are group names), and which of
 * them each tool handles, so that every tool is timed on the same statements.
 */
public final class Corpus {

    static {
        // jOOQ prints a logo and a tip of the day on first use; keep the benchmark output clean
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private Corpus() {
    }

    /** Every statement of the corpus written in {@code dialect} ({@code mysql} or {@code postgresql}). */
    public static List<String> load(String dialect) {
        String resource = "/corpus/" + dialect + ".sql";
        InputStream in = Corpus.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("no corpus for dialect '" + dialect + "' (" + resource + ")");
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("--")) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** jOOQ's name for one of our dialects. */
    public static SQLDialect jooqDialect(String dialect) {
        switch (dialect.toLowerCase(Locale.ROOT)) {
            case "mysql": return SQLDialect.MYSQL;
            case "mariadb": return SQLDialect.MARIADB;
            case "postgresql": return SQLDialect.POSTGRES;
            case "sqlite": return SQLDialect.SQLITE;
            case "h2": return SQLDialect.H2;
            default:
                throw new IllegalArgumentException("jOOQ OSS has no dialect for '" + dialect + "'");
        }
    }

    /**
     * True when our translator translates {@code sql} without an exception and without giving up on it (outcome
     * {@link Outcome#UNSUPPORTED}, which passes the text through untranslated under the default policy).
     */
    public static boolean oursHandles(SqlTranslator t, String sql, String from, String to) {
        try {
            return t.translate(sql, Dialect.of(from), Dialect.of(to)).outcome() != Outcome.UNSUPPORTED;
        } catch (Exception | StackOverflowError e) {
            return false;
        }
    }

    /** True when our translation of {@code sql} differs from it (so the translator did rewrite something). */
    static boolean oursChanges(SqlTranslator t, String sql, String from, String to) {
        try {
            return !t.translate(sql, Dialect.of(from), Dialect.of(to)).sql().equals(sql);
        } catch (Exception | StackOverflowError e) {
            return false;
        }
    }

    /** True when jOOQ parses {@code sql} in {@code from} and renders it in {@code to} without an exception. */
    public static boolean jooqHandles(String sql, String from, String to) {
        try {
            DSL.using(jooqDialect(to)).render(DSL.using(jooqDialect(from)).parser().parseQuery(sql));
            return true;
        } catch (Exception | StackOverflowError e) {
            return false;
        }
    }

    /** True when JSqlParser parses {@code sql}. */
    public static boolean jsqlparserHandles(String sql) {
        try {
            CCJSqlParserUtil.newParser(sql).Statement();
            return true;
        } catch (Exception | StackOverflowError e) {
            return false;
        }
    }

    /** The statements of {@code from}'s corpus that ours, jOOQ and JSqlParser all handle for {@code from -> to}. */
    public static List<String> common(String from, String to) {
        SqlTranslator probe = SqlTranslator.builder().cacheSize(0).build();
        List<String> out = new ArrayList<>();
        for (String sql : load(from)) {
            if (oursHandles(probe, sql, from, to) && jooqHandles(sql, from, to) && jsqlparserHandles(sql)) {
                out.add(sql);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no statement of the " + from + " corpus is handled by every tool");
        }
        return out;
    }

    /**
     * Prints, per direction, how many statements each tool handles; {@code run.sh} stores it beside the results
     * and the report generator shows it under the translation table.
     */
    public static void main(String[] args) {
        String[][] directions = {{"mysql", "postgresql"}, {"postgresql", "mysql"}, {"mysql", "sqlite"}};
        SqlTranslator probe = SqlTranslator.builder().cacheSize(0).build();
        for (String[] d : directions) {
            List<String> all = load(d[0]);
            int ours = 0;
            int jooq = 0;
            int jsp = 0;
            int changed = 0;
            for (String sql : all) {
                ours += oursHandles(probe, sql, d[0], d[1]) ? 1 : 0;
                changed += oursChanges(probe, sql, d[0], d[1]) ? 1 : 0;
                jooq += jooqHandles(sql, d[0], d[1]) ? 1 : 0;
                jsp += jsqlparserHandles(sql) ? 1 : 0;
            }
            System.out.println(d[0] + ">" + d[1] + " total=" + all.size() + " ours=" + ours + " jooq=" + jooq
                    + " jsqlparser=" + jsp + " common=" + common(d[0], d[1]).size() + " ours_rewrote=" + changed);
        }
    }
}
