package com.rhosocial.activerecord.jdbc;

import com.rhosocial.activerecord.backend.Backend;

import java.util.List;
import java.util.Properties;

/**
 * One physical database as a pool needs it: backend, real URL, driver properties (credentials included), SQL to run
 * on each new connection, and HikariCP settings beyond {@link PoolSettings} ({@code pool.<name>} in the file).
 */
record Target(Backend backend, String url, Properties properties, List<String> initSql, Properties hikariExtras) {

    Target(Backend backend, String url, Properties properties) {
        this(backend, url, properties, List.of(), new Properties());
    }
}
