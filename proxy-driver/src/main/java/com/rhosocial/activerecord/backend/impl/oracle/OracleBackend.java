package com.rhosocial.activerecord.backend.impl.oracle;

import com.rhosocial.activerecord.backend.Backend;
import com.rhosocial.activerecord.backend.BackendCapabilities;
import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.dialect.Dialect;

import java.sql.Connection;
import java.util.List;
import java.util.Set;

/** Oracle Database through ojdbc11 (thin driver). */
public class OracleBackend extends Backend {

    @Override
    public String name() {
        return "oracle";
    }

    private static final BackendCapabilities CAPABILITIES = new BackendCapabilities(
            false, BackendCapabilities.UpsertStyle.MERGE, true, true, true, true, false, true, true, false);

    @Override
    public List<String> aliases() {
        return List.of("oracledb", "ora");
    }

    @Override
    public BackendCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public List<String> urlPrefixes() {
        return List.of("jdbc:oracle:");
    }

    @Override
    public String driverClassName() {
        return "oracle.jdbc.OracleDriver";
    }

    @Override
    public int defaultPort() {
        return 1521;
    }

    @Override
    public Dialect dialect() {
        return Dialect.ORACLE;
    }

    @Override
    public Set<Integer> supportedIsolationLevels() {
        return Set.of(Connection.TRANSACTION_READ_COMMITTED, Connection.TRANSACTION_SERIALIZABLE);
    }

    @Override
    public String buildUrl(ConnectionConfig c) {
        if (c.url() != null) {
            return c.url();
        }
        String host = c.host() == null ? "127.0.0.1" : c.host();
        int port = c.port() == null ? defaultPort() : c.port();
        String db = c.database() == null ? "" : c.database();
        return "jdbc:oracle:thin:@//" + host + ":" + port + "/" + db;
    }
}
