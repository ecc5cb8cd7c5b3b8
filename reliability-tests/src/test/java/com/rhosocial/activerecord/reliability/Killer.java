package com.rhosocial.activerecord.reliability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Shared fixture: ends other sessions of a database from the server side, as an administrator or a failover would:
 * {@code pg_terminate_backend} on PostgreSQL, {@code KILL CONNECTION} on MariaDB. Uses the real driver.
 */
final class Killer {

    private Killer() {
    }

    /** Ends every session connected to {@code database} except the killer's own; returns how many. */
    static int killAll(Databases.Server server, String database) throws SQLException {
        try (Connection c = server.direct(server == Databases.Server.POSTGRESQL ? "postgres" : "test");
             Statement s = c.createStatement()) {
            if (server == Databases.Server.POSTGRESQL) {
                int n = 0;
                try (ResultSet rs = s.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        + " WHERE datname = '" + database + "' AND pid <> pg_backend_pid()")) {
                    while (rs.next()) {
                        n += rs.getBoolean(1) ? 1 : 0;
                    }
                }
                return n;
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT id FROM information_schema.processlist WHERE db = '" + database
                    + "' AND id <> CONNECTION_ID()")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            int n = 0;
            for (long id : ids) {
                try {
                    s.execute("KILL CONNECTION " + id);
                    n++;
                } catch (SQLException gone) {
                    // 1094 unknown thread: it ended by itself meanwhile
                }
            }
            return n;
        }
    }

    /** Ends one session by its server id (PostgreSQL backend pid, MariaDB connection id). */
    static void kill(Databases.Server server, long id) throws SQLException {
        try (Connection c = server.direct(server == Databases.Server.POSTGRESQL ? "postgres" : "test");
             Statement s = c.createStatement()) {
            s.execute(server == Databases.Server.POSTGRESQL ? "SELECT pg_terminate_backend(" + id + ")"
                    : "KILL CONNECTION " + id);
        }
    }

    /** The server's id of the session behind {@code c}. */
    static long sessionId(Databases.Server server, Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                server == Databases.Server.POSTGRESQL ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
