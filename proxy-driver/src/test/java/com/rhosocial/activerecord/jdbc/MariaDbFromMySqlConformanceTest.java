package com.rhosocial.activerecord.jdbc;

/**
 * The MariaDB conformance suite with translation switched on ({@code sourceDialect=mysql}): every statement of the
 * suite goes through the translation engine, schema lookups and DDL invalidation, and must behave the same.
 */
class MariaDbFromMySqlConformanceTest extends MariaDbConformanceTest {

    @Override
    String proxyUrl() throws Exception {
        return super.proxyUrl() + "&sourceDialect=mysql";
    }
}
