package com.rhosocial.activerecord.jdbc;

/**
 * The PostgreSQL conformance suite with translation switched on ({@code sourceDialect=postgresql} written SQL read
 * as PostgreSQL is a no-op, so this uses {@code sourceDialect=sqlite}, whose syntax the suite's portable SQL also
 * is): every statement goes through the translation engine and must behave the same.
 */
class PostgreSqlFromSqliteConformanceTest extends PostgreSqlConformanceTest {

    @Override
    String proxyUrl() throws Exception {
        return super.proxyUrl() + "&sourceDialect=sqlite";
    }
}
