package com.rhosocial.activerecord.dialect.differential;

import com.rhosocial.activerecord.dialect.Dialect;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The corpus file format (see {@code src/test/resources/corpus/README.md}). */
class CorpusParserTest {

    private static final String TWO_CASES = String.join("\n",
            "# comment",
            "== a-case",
            "source: mysql",
            "category: schema",
            "tags: paging, params",
            "params: 2, 'x, y', NULL, DATE '2024-01-02'",
            "order-insensitive",
            "cleanup: tmp_a, tmp_b",
            "sql:",
            "CREATE TABLE tmp_a (id INT);",
            "SELECT ?, ?, ?, ?",
            "check:",
            "SELECT 1",
            "expected:",
            "1 | 'a|b' | NULL | -2.50",
            "'it''s' | true | 2024-01-02 | ''",
            "",
            "== b-case",
            "source: oracle",
            "category: basic",
            "sql:",
            "SELECT 1 FROM DUAL",
            "expected:",
            "verify:",
            "SELECT 1 WHERE false");

    @Test
    void readsHeadersSectionsAndTypedCells() {
        List<CorpusCase> cases = CorpusParser.parse("t", TWO_CASES);
        assertEquals(2, cases.size());
        CorpusCase a = cases.get(0);
        assertEquals("a-case", a.id());
        assertEquals(Dialect.MYSQL, a.source());
        assertEquals("schema", a.category());
        assertEquals(List.of("paging", "params"), a.tags());
        assertEquals(Arrays.asList(2, "x, y", null, Date.valueOf("2024-01-02")), a.params());
        assertTrue(a.orderInsensitive());
        assertEquals(List.of("tmp_a", "tmp_b"), a.cleanupTables());
        assertEquals(List.of("CREATE TABLE tmp_a (id INT)", "SELECT ?, ?, ?, ?"), a.statements());
        assertEquals("SELECT 1", a.check());
        assertEquals(Arrays.asList(1, "a|b", null, new BigDecimal("-2.50")), a.expected().get(0));
        assertEquals(Arrays.asList("it's", true, "2024-01-02", ""), a.expected().get(1));
    }

    @Test
    void emptyExpectedSectionMeansNoRows() {
        CorpusCase b = CorpusParser.parse("t", TWO_CASES).get(1);
        assertEquals(List.of(), b.expected());
        assertEquals("SELECT 1 WHERE false", b.verify());
        assertNull(b.check());
    }

    @Test
    void rejectsUnknownHeadersAndMissingSource() {
        assertThrows(IllegalArgumentException.class,
                () -> CorpusParser.parse("t", "== x\nsource: mysql\ncategory: basic\nbogus: 1\nsql:\nSELECT 1\n"));
        assertThrows(IllegalArgumentException.class, () -> CorpusParser.parse("t", "== x\ncategory: basic\nsql:\nSELECT 1\n"));
        assertThrows(IllegalArgumentException.class,
                () -> CorpusParser.parse("t", "== x\nsource: mysql\ncategory: weird\nsql:\nSELECT 1\n"));
    }

    @Test
    void placeholderCountSkipsLiteralsCommentsAndMysqlBackslashes() {
        assertEquals(2, CaseRunner.countPlaceholders("SELECT ? , '?' , \"?\" -- ?\n, ? /* ? */", Dialect.POSTGRESQL));
        assertEquals(1, CaseRunner.countPlaceholders("SELECT 'it\\'s ?', ?", Dialect.MYSQL));
        assertEquals(1, CaseRunner.countPlaceholders("SELECT 'a''?', ?", Dialect.ORACLE));
    }

    @Test
    void everyCorpusFileParsesWithUniqueIds() throws Exception {
        List<CorpusCase> all = CorpusRun.loadCases();
        assertTrue(all.size() >= 250, "corpus has only " + all.size() + " cases");
        for (CorpusCase c : all) {
            if (Engine.nativeFor(c.source()) == null) {
                assertTrue(c.expected() != null, c.id() + ": Oracle / SQL Server cases need expected: rows");
            }
        }
    }
}
