package com.rhosocial.activerecord.benchmarks.translation;

import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.SqlTranslator;
import com.rhosocial.activerecord.dialect.Translation;
import org.jooq.DSLContext;
import org.jooq.Parser;
import org.jooq.impl.DSL;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Suite 3: time to translate one statement, cycling through the statements of the corpus that every tool handles
 * (see {@link Corpus#common}), so each figure is an average over the corpus:
 * <ul>
 *   <li>{@code oursCold}: our translator with the cache disabled ({@code cacheSize(0)}): parse + rewrite + print;</li>
 *   <li>{@code oursCached}: our translator with its cache, warmed: the lookup a prepared statement pays;</li>
 *   <li>{@code jooq}: jOOQ OSS parser then renderer ({@code DSL.using(from).parser().parseQuery},
 *       {@code DSL.using(to).render});</li>
 *   <li>{@code jsqlparserParse}: JSqlParser's parse alone, in the caller thread, as a reference.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class TranslationBenchmark {

    @Param({"mysql>postgresql", "postgresql>mysql", "mysql>sqlite"})
    public String direction;

    private String[] statements;
    private int next;
    private Dialect from;
    private Dialect to;
    private SqlTranslator cold;
    private SqlTranslator cached;
    private Parser jooqParser;
    private DSLContext jooqTarget;

    @Setup(Level.Trial)
    public void load() throws Exception {
        String[] d = direction.split(">");
        List<String> common = Corpus.common(d[0], d[1]);
        statements = common.toArray(new String[0]);
        from = Dialect.of(d[0]);
        to = Dialect.of(d[1]);
        cold = SqlTranslator.builder().cacheSize(0).build();
        cached = SqlTranslator.builder().cacheSize(10_000).build();
        for (String sql : statements) {
            cached.translate(sql, from, to);
        }
        jooqParser = DSL.using(Corpus.jooqDialect(d[0])).parser();
        jooqTarget = DSL.using(Corpus.jooqDialect(d[1]));
    }

    private String nextStatement() {
        String sql = statements[next];
        next = next + 1 == statements.length ? 0 : next + 1;
        return sql;
    }

    @Benchmark
    public Translation oursCold() throws Exception {
        return cold.translate(nextStatement(), from, to);
    }

    @Benchmark
    public Translation oursCached() throws Exception {
        return cached.translate(nextStatement(), from, to);
    }

    @Benchmark
    public String jooq() {
        return jooqTarget.render(jooqParser.parseQuery(nextStatement()));
    }

    @Benchmark
    public Object jsqlparserParse() throws Exception {
        return net.sf.jsqlparser.parser.CCJSqlParserUtil.newParser(nextStatement()).Statement();
    }
}
