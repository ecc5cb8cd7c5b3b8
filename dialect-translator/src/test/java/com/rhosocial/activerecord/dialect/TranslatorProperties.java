package com.rhosocial.activerecord.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property tests: random well-formed statements (built from a small grammar with {@code ?} parameters) and random
 * garbage never make the translator throw anything but {@link TranslationException}; every target {@code ?} maps
 * to an existing source parameter, and every statement is translated within a bounded time.
 */
class TranslatorProperties {
    private static final SqlTranslator T = SqlTranslator.builder().cacheSize(0).build();
    private static final long BOUND_NANOS = 2_000_000_000L;

    @Property(tries = 600)
    void wellFormedStatementsKeepTheirParametersConsistent(@ForAll("statements") String sql,
                                                           @ForAll("dialects") Dialect from,
                                                           @ForAll("dialects") Dialect to) throws Exception {
        long start = System.nanoTime();
        Translation t = T.translate(sql, from, to);
        assertThat(System.nanoTime() - start).isLessThan(BOUND_NANOS);
        int sourceParams = Translation.countParameters(sql, from);
        assertThat(t.targetParameterCount()).isEqualTo(countAll(t.statements(), to));
        for (int i = 1; i <= t.targetParameterCount(); i++) {
            assertThat(t.sourceParameter(i)).isBetween(1, Math.max(1, sourceParams));
        }
    }

    @Property(tries = 300)
    void garbageNeverThrowsAnythingButTranslationException(@ForAll("garbage") String sql,
                                                          @ForAll("dialects") Dialect from,
                                                          @ForAll("dialects") Dialect to) {
        SqlTranslator strict = SqlTranslator.builder().cacheSize(0).onUnsupported(OnUnsupported.FAIL).build();
        try {
            Translation t = strict.translate(sql, from, to);
            assertThat(t.targetParameterCount()).isEqualTo(countAll(t.statements(), to));
        } catch (TranslationException expected) {
            assertThat(expected.getSQLState()).isEqualTo("42000");
        }
    }

    /** Placeholders of target statements, read by the target's literal rules as its server will. */
    static int countAll(List<String> statements, Dialect to) {
        int n = 0;
        for (String s : statements) {
            n += Translation.countParameters(s, to);
        }
        return n;
    }

    @Provide
    Arbitrary<Dialect> dialects() {
        return Arbitraries.of(Dialect.MYSQL, Dialect.MARIADB, Dialect.POSTGRESQL, Dialect.ORACLE, Dialect.SQLSERVER,
                Dialect.SQLITE);
    }

    @Provide
    Arbitrary<String> statements() {
        Arbitrary<String> col = Arbitraries.of("id", "name", "price", "created_at", "qty", "`order`", "\"user\"");
        Arbitrary<String> value = Arbitraries.of("?", "1", "'x'", "NULL", "2.5", "?", "'it''s'");
        Arbitrary<String> cond = Combinators.combine(col, Arbitraries.of("=", "<>", "<", ">=", "LIKE"), value)
                .as((c, op, v) -> c + " " + op + " " + v);
        Arbitrary<String> fn = Combinators.combine(Arbitraries.of("COALESCE", "IFNULL", "NVL", "UPPER", "LENGTH",
                "CONCAT", "ABS", "ROUND"), col).as((f, c) -> f.equals("COALESCE") || f.equals("IFNULL")
                || f.equals("NVL") || f.equals("CONCAT") ? f + "(" + c + ", ?)" : f + "(" + c + ")");
        Arbitrary<String> paging = Arbitraries.of("", " LIMIT ?", " LIMIT ?, ?", " LIMIT ? OFFSET ?",
                " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", " LIMIT 10");
        Arbitrary<String> select = Combinators.combine(fn, col, cond, cond, paging)
                .as((f, c, a, b, p) -> "SELECT " + f + ", " + c + " FROM t WHERE " + a + " AND " + b
                        + " ORDER BY " + c + p);
        Arbitrary<String> insert = Combinators.combine(col, value, value)
                .as((c, a, b) -> "INSERT INTO t (id, " + c + ") VALUES (" + a + ", " + b + ")");
        Arbitrary<String> update = Combinators.combine(col, value, cond)
                .as((c, v, w) -> "UPDATE t SET " + c + " = " + v + " WHERE " + w);
        Arbitrary<String> delete = cond.map(w -> "DELETE FROM t WHERE " + w);
        Arbitrary<String> top = Combinators.combine(col, cond).as((c, w) -> "SELECT TOP (?) " + c + " FROM t WHERE " + w);
        return Arbitraries.oneOf(select, insert, update, delete, top);
    }

    @Provide
    Arbitrary<String> garbage() {
        Arbitrary<String> tokens = Arbitraries.of("SELECT", "FROM", "WHERE", "(", ")", "?", "'", "\"", "`", "[", "]",
                ",", ";", "--", "/*", "*/", "{fn", "}", "{d '2020-01-01'}", "LIMIT", "CASE", "WHEN", "END", "x", "1",
                "||", "::", "(+)", "ON DUPLICATE KEY", "\\'", "#", "$$", "E'a\\'b'", "ROWNUM", "TOP");
        return tokens.list().ofMinSize(0).ofMaxSize(25).map(l -> String.join(" ", l));
    }
}
