package com.rhosocial.activerecord.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check} over hand-written inputs whose counts are known, with {@link FakeTranslator} so that the expected
 * numbers do not move with the real translator's progress. The HTML report is opened and its numbers read back.
 */
class CheckCommandTest {

    @TempDir
    Path dir;

    private Path copy(String resource) throws IOException {
        Path target = dir.resolve(resource);
        try (InputStream in = getClass().getResourceAsStream("/check/" + resource)) {
            Files.copy(in, target);
        }
        return target;
    }

    private static int number(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\">(\\d+)<").matcher(html);
        assertThat(m.find()).as("element #%s in the report", id).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static String ruleRow(String html, String rule) {
        Matcher m = Pattern.compile("<tr data-rule=\"" + Pattern.quote(rule) + "\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("row for rule %s", rule).isTrue();
        return m.group(1);
    }

    private static int cell(String row, String cls) {
        Matcher m = Pattern.compile("class=\"n " + cls + "\">(\\d+)<").matcher(row);
        assertThat(m.find()).as("cell %s in %s", cls, row).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void mysqlGeneralLogCountsEachQueryAndWritesTheDefaultHtmlReport() throws IOException {
        copy("general.log");
        CliRun r = CliRun.run(FakeTranslator.context(dir), "check", "--from", "mysql", "--to", "postgresql", "general.log");

        // 8 statements: SET NAMES, SELECT id, GROUP_CONCAT (3 lines), upsert, ROWNUM, (+), GROUP_CONCAT; SELECT 1
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILURES);
        assertThat(r.out()).contains("8 statements (8 distinct)", "MySQL general log");
        assertThat(r.out()).containsPattern("clean\\s+3\\s+\\(\\s*37.5%\\)");
        assertThat(r.out()).containsPattern("with warnings\\s+3\\s+\\(\\s*37.5%\\)");
        assertThat(r.out()).containsPattern("failed\\s+2\\s+\\(\\s*25.0%\\)");
        assertThat(r.out()).contains("line 11: SELECT * FROM orders WHERE ROWNUM <= 10");

        Path html = dir.resolve("activerecord-report.html");
        assertThat(html).exists();
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").doesNotContain("<script").doesNotContain("<link")
                .doesNotContain("src=\"http");
        assertThat(number(page, "count-total")).isEqualTo(8);
        assertThat(number(page, "count-clean")).isEqualTo(3);
        assertThat(number(page, "count-warnings")).isEqualTo(3);
        assertThat(number(page, "count-failed")).isEqualTo(2);

        String groupConcat = ruleRow(page, "group-concat-order");
        assertThat(cell(groupConcat, "statements")).isEqualTo(2);
        assertThat(cell(groupConcat, "failed")).isZero();
        assertThat(groupConcat).contains("line 7");
        assertThat(cell(ruleRow(page, "upsert-conflict-target"), "statements")).isEqualTo(1);
        assertThat(cell(ruleRow(page, "oracle-rownum"), "failed")).isEqualTo(1);
        assertThat(cell(ruleRow(page, "outer-join-plus"), "failed")).isEqualTo(1);
        // Failed constructs come first in the table.
        assertThat(page.indexOf("data-rule=\"oracle-rownum\"")).isLessThan(page.indexOf("data-rule=\"group-concat-order\""));
        // SQL is escaped, not injected.
        assertThat(page).contains("WHERE ROWNUM &lt;= 10");
    }

    @Test
    void sqlScriptIsSplitAtSemicolonsOutsideQuotesAndComments() throws IOException {
        copy("script.sql");
        CliRun r = CliRun.run(FakeTranslator.context(dir), "check", "--from", "mysql", "--to", "sqlite",
                "--html", "out/report.html", "script.sql");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILURES);
        String page = Files.readString(dir.resolve("out/report.html"));
        assertThat(number(page, "count-total")).isEqualTo(6);
        assertThat(number(page, "count-clean")).isEqualTo(3);
        assertThat(number(page, "count-warnings")).isEqualTo(2);
        assertThat(number(page, "count-failed")).isEqualTo(1);
        assertThat(r.out()).contains("line 13: SELECT * FROM t WHERE ROWNUM < 5");
    }

    @Test
    void pgStatStatementsCsvIsReadFromItsQueryColumnWithCallsAsWeights() throws IOException {
        copy("statements.csv");
        CliRun r = CliRun.run(FakeTranslator.context(dir), "check", "--from", "postgresql", "--to", "mysql",
                "--fail-on", "never", "statements.csv");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("pg_stat_statements CSV", "3 statements");
        String page = Files.readString(dir.resolve("activerecord-report.html"));
        assertThat(number(page, "count-clean")).isEqualTo(1);
        assertThat(number(page, "count-warnings")).isEqualTo(1);
        assertThat(number(page, "count-failed")).isEqualTo(1);
        assertThat(page).contains("id=\"calls-clean\">120<", "id=\"calls-warnings\">7<", "id=\"calls-failed\">3<");
    }

    @Test
    void warningsFailTheRunOnlyWhenAskedTo() throws IOException {
        Files.writeString(dir.resolve("w.sql"), "SELECT GROUP_CONCAT(a) FROM t; SELECT 1;");
        assertThat(CliRun.run(FakeTranslator.context(dir), "check", "--from", "mysql", "--to", "postgresql",
                "--no-html", "w.sql").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(CliRun.run(FakeTranslator.context(dir), "check", "--from", "mysql", "--to", "postgresql",
                "--no-html", "--fail-on", "warnings", "w.sql").exitCode()).isEqualTo(ExitCodes.FAILURES);
        assertThat(dir.resolve("activerecord-report.html")).doesNotExist();
    }

    @Test
    void missingInputIsAUsageErrorWithoutStackTrace() {
        CliRun r = CliRun.in(dir, "check", "--from", "mysql", "--to", "postgresql", "nope.sql");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("no such file").doesNotContain("\tat ");
    }

    @Test
    void unknownFormatIsAUsageError() throws IOException {
        Files.writeString(dir.resolve("a.sql"), "SELECT 1");
        CliRun r = CliRun.in(dir, "check", "--from", "mysql", "--to", "postgresql", "--format", "xml", "a.sql");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("unknown input format 'xml'");
    }

    @Test
    void realTranslatorReportsEveryStatementOfAPlainScript() throws IOException {
        Files.writeString(dir.resolve("plain.sql"), "SELECT 1;\nSELECT 2;\n");
        CliRun r = CliRun.in(dir, "check", "--from", "postgresql", "--to", "postgresql", "plain.sql");
        // Same dialect on both sides: nothing to translate, so both are clean whatever the translator's progress.
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).containsPattern("clean\\s+2\\s+\\(100.0%\\)");
    }

    @Test
    void realTranslatorCountsAMalformedStatementAsFailedAndAPagingRewriteAsClean() throws IOException {
        Files.writeString(dir.resolve("mixed.sql"), "SELECT `a` FROM t LIMIT 10, 5;\nSELEC broken FROM;\n");
        CliRun r = CliRun.in(dir, "check", "--from", "mysql", "--to", "postgresql", "mixed.sql");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILURES);
        String page = Files.readString(dir.resolve("activerecord-report.html"));
        assertThat(number(page, "count-total")).isEqualTo(2);
        assertThat(number(page, "count-clean")).isEqualTo(1);
        assertThat(number(page, "count-failed")).isEqualTo(1);
        assertThat(r.out()).contains("line 2: SELEC broken FROM");
    }
}
