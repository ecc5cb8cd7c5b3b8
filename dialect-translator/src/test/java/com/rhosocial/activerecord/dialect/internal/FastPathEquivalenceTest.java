package com.rhosocial.activerecord.dialect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.SchemaInfo;
import com.rhosocial.activerecord.dialect.Semantics;
import com.rhosocial.activerecord.dialect.Translation;
import com.rhosocial.activerecord.dialect.differential.CorpusCase;
import com.rhosocial.activerecord.dialect.differential.CorpusParser;
import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import com.rhosocial.activerecord.dialect.internal.spec.Specs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The fast path must be invisible: for every statement it accepts, the translation (statements, parameter map,
 * outcome, warnings) equals the full pipeline's. Checked on every statement of the differential corpus and of the
 * benchmark corpus, on respellings of each (case, spacing, line breaks), for every source/target pair and both
 * semantics.
 */
class FastPathEquivalenceTest {

    private static final String[] CORPORA = {"mysql", "postgresql", "sqlite", "oracle", "sqlserver", "integration"};

    @Test
    void everyStatementTheFastPathAcceptsTranslatesExactlyAsTheFullPipeline() throws IOException {
        List<String[]> statements = new ArrayList<>();
        for (String name : CORPORA) {
            for (CorpusCase c : CorpusParser.parseResource("corpus/" + name + ".corpus")) {
                for (String s : c.statements()) {
                    statements.add(new String[] {c.source().id(), s});
                }
            }
        }
        for (String d : new String[] {"mysql", "postgresql"}) {
            Path p = Path.of("..", "benchmarks", "src", "main", "resources", "corpus", d + ".sql");
            assertThat(p).as("benchmark corpus beside this module").exists();
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("--")) {
                    statements.add(new String[] {d, line.strip()});
                }
            }
        }
        int accepted = 0;
        int checked = 0;
        Set<String> acceptedSources = new LinkedHashSet<>();
        List<String> mismatches = new ArrayList<>();
        for (String[] st : statements) {
            Dialect from = Dialect.of(st[0]);
            for (String sql : respellings(st[1])) {
                for (Dialect to : Dialect.values()) {
                    if (Engine.sameFamily(from, to)) {
                        continue;
                    }
                    for (Semantics sem : Semantics.values()) {
                        checked++;
                        RenderContext probe = new RenderContext(Specs.of(from), Specs.of(to), SchemaInfo.NONE, sem, sql);
                        if (FastPath.render(sql, Specs.of(from), Specs.of(to), probe) == null) {
                            continue;
                        }
                        accepted++;
                        acceptedSources.add(st[1]);
                        Translation fast = Engine.translate(sql, from, to, SchemaInfo.NONE, sem, true).translation();
                        Translation full = Engine.translate(sql, from, to, SchemaInfo.NONE, sem, false).translation();
                        if (!same(fast, full)) {
                            mismatches.add(from.id() + ">" + to.id() + " " + sem + "\n  in:   " + sql + "\n  fast: "
                                    + describe(fast) + "\n  full: " + describe(full));
                        }
                    }
                }
            }
        }
        System.out.println("fast path: " + accepted + " of " + checked + " translations accepted ("
                + acceptedSources.size() + " distinct corpus statements), " + mismatches.size() + " mismatches");
        assertThat(mismatches).as("fast path differs from the full pipeline").isEmpty();
        // the comparison above means something only if the fast path takes a real share of the statements
        assertThat(acceptedSources.size()).isGreaterThan(150);
    }

    /** The statement and variants with the same tokens: keyword case, spacing around punctuation, line breaks. */
    static List<String> respellings(String sql) {
        Set<String> out = new LinkedHashSet<>();
        out.add(sql);
        out.add(outsideQuotes(sql, s -> s.toLowerCase(Locale.ROOT)));
        out.add(outsideQuotes(sql, s -> s.toUpperCase(Locale.ROOT)));
        out.add(outsideQuotes(sql, s -> s.replaceAll("\\s*([=,()<>]+)\\s*", "$1")));
        out.add(outsideQuotes(sql, s -> s.replaceAll("([=,()])", " $1 ").replace(" ", "\n\t ")));
        out.add("  " + sql + "\n");
        return new ArrayList<>(out);
    }

    private static String outsideQuotes(String sql, java.util.function.UnaryOperator<String> f) {
        StringBuilder out = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        char close = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (close != 0) {
                out.append(c);
                if (c == close) {
                    close = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
                out.append(f.apply(plain.toString()));
                plain.setLength(0);
                close = c == '[' ? ']' : c;
                out.append(c);
            } else {
                plain.append(c);
            }
        }
        out.append(f.apply(plain.toString()));
        return out.toString();
    }

    private static boolean same(Translation a, Translation b) {
        return a.statements().equals(b.statements()) && Arrays.equals(a.parameterMap(), b.parameterMap())
                && a.outcome() == b.outcome() && a.warnings().equals(b.warnings());
    }

    private static String describe(Translation t) {
        return t.outcome() + " " + t.statements() + " " + Arrays.toString(t.parameterMap()) + " " + t.warnings();
    }
}
