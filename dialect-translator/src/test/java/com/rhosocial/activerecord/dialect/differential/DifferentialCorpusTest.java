package com.rhosocial.activerecord.dialect.differential;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The differential corpus: every case of {@code src/test/resources/corpus/*.corpus} runs natively on its source
 * database (MariaDB for MySQL/MariaDB, PostgreSQL, SQLite; hand-written rows for Oracle and SQL Server) and,
 * translated, on every other engine; rows are compared by {@link ValueComparator}.
 *
 * <p>Gates, so the build stays green while the translator grows and fails on regressions:
 * <ul>
 *   <li>each case's source run must succeed and match its hand-written rows (a failure is a corpus bug);</li>
 *   <li>every pair in {@code corpus/must-pass.txt} must pass; other failing pairs are reported as skipped;</li>
 *   <li>the pass rate over real targets must reach {@code corpus/threshold.properties}.</li>
 * </ul>
 * The report goes to {@code target/corpus-report.md}; passing pairs to {@code target/corpus-passing.txt}.
 */
class DifferentialCorpusTest {

    private static CorpusRun run;
    private static Set<String> mustPass;

    @BeforeAll
    static void runCorpus() throws IOException, SQLException {
        quietDriverLogging();
        mustPass = CorpusRun.readPairList("corpus/must-pass.txt");
        run = CorpusRun.execute();
        CorpusReport.write(run, DifferentialCorpusTest::isMustPass);
        System.out.println(CorpusReport.summary(run));
        System.out.printf("real targets %.1f%%, H2 stand-ins %.1f%%, %d ms%n", 100 * run.passRate(true),
                100 * run.passRate(false), run.millis);
    }

    /**
     * Without a logback-test.xml in the module, logback logs at DEBUG, and the MariaDB driver then logs every query
     * (thousands of lines, seconds of run time). Only that driver's logger is raised, so other tests keep theirs.
     */
    private static void quietDriverLogging() {
        org.slf4j.Logger l = org.slf4j.LoggerFactory.getLogger("org.mariadb.jdbc");
        if (l instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DifferentialCorpusTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static boolean isMustPass(CorpusRun.PairResult p) {
        return CorpusRun.listed(mustPass, p.c(), p.target());
    }

    @TestFactory
    Stream<DynamicNode> corpusCasesGiveTheSourceRowsOnEveryTarget() {
        List<DynamicNode> nodes = new ArrayList<>();
        for (CorpusCase c : run.cases) {
            List<DynamicNode> tests = new ArrayList<>();
            CorpusRun.SourceResult src = run.sources.get(c.id());
            tests.add(DynamicTest.dynamicTest("source " + (src.engine() == null ? "(hand-written rows)" : "on " + src.engine()), () -> {
                if (!src.ok()) {
                    fail(c.file() + ": " + src.error());
                }
            }));
            for (CorpusRun.PairResult p : run.pairs) {
                if (p.c() != c) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest("-> " + p.target(), () -> {
                    if (p.passed()) {
                        return;
                    }
                    String msg = p.status() + ": " + p.detail() + "\n  translated: " + p.sql();
                    if (isMustPass(p)) {
                        fail("must-pass pair " + c.id() + " -> " + p.target().label() + " regressed (" + c.file() + ") " + msg);
                    }
                    Assumptions.abort("not yet translated correctly: " + msg);
                }));
            }
            nodes.add(DynamicContainer.dynamicContainer(c.id() + " [" + c.source().id() + ", " + c.category() + "]", tests));
        }
        return nodes.stream();
    }

    @Test
    void passRateOnRealTargetsReachesTheThreshold() throws IOException {
        Assumptions.assumeFalse(run.filtered, "filtered run: threshold not applicable");
        Properties p = new Properties();
        p.load(new java.io.StringReader(resource("corpus/threshold.properties")));
        double minReal = Double.parseDouble(p.getProperty("min-pass-rate.real", "0"));
        double minH2 = Double.parseDouble(p.getProperty("min-pass-rate.h2", "0"));
        assertTrue(run.passRate(true) >= minReal, String.format("real-target pass rate %.4f is below the threshold %.4f;"
                + " see target/corpus-report.md", run.passRate(true), minReal));
        assertTrue(run.passRate(false) >= minH2, String.format("H2 stand-in pass rate %.4f is below the threshold %.4f;"
                + " see target/corpus-report.md", run.passRate(false), minH2));
    }

    @Test
    void mustPassListNamesExistingPairs() {
        Assumptions.assumeFalse(run.filtered, "filtered run: not every pair ran");
        List<String> stale = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (CorpusRun.PairResult p : run.pairs) {
            known.add(p.c().id() + " *");
            known.add(p.c().id() + " " + p.target().label());
        }
        for (String m : mustPass) {
            if (!known.contains(m)) {
                stale.add(m);
            }
        }
        assertEquals(List.of(), stale, "must-pass.txt names pairs that do not exist");
    }

    @Test
    void corpusCoversEverySourceDialectAndCategory() {
        Assumptions.assumeFalse(run.filtered, "filtered run");
        Set<String> seen = new HashSet<>();
        for (CorpusCase c : run.cases) {
            seen.add(Engine.familyOf(c.source()).name());
            seen.add(c.category());
        }
        for (String want : List.of("MARIADB", "POSTGRESQL", "SQLITE", "H2_ORACLE", "H2_SQLSERVER", "basic", "semantic", "schema")) {
            assertTrue(seen.contains(want), "no corpus case for " + want);
        }
    }
}
