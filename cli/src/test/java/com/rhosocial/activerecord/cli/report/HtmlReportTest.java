package com.rhosocial.activerecord.cli.report;

import com.rhosocial.activerecord.cli.input.SqlStatement;
import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.Translation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportTest {

    @Test
    void emptyInputSaysSoWithZeroCounts() {
        ReadinessReport r = ReadinessReport.build("empty.sql", "SQL script", List.of(), Dialect.MYSQL, Dialect.SQLITE,
                (sql, from, to) -> Translation.unchanged(sql, 0));
        String html = HtmlReport.render(r);
        assertThat(html).contains("id=\"count-total\">0<", "id=\"count-failed\">0<", "The input held no statements.",
                "No construct needed attention.");
    }

    @Test
    void sourceNamesAndStatementsAreEscaped() {
        ReadinessReport r = ReadinessReport.build("<x>.sql", "SQL script",
                List.of(new SqlStatement("SELECT '<script>alert(1)</script>'", 1)), Dialect.MYSQL, Dialect.SQLITE,
                (sql, from, to) -> Translation.unchanged(sql, 0));
        String html = HtmlReport.render(r);
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;", "&lt;x&gt;.sql",
                "Every statement translates cleanly");
    }
}
