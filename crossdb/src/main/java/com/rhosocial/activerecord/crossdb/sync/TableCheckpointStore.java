package com.rhosocial.activerecord.crossdb.sync;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;

/**
 * Checkpoints in a table on the target: delete and insert in the chunk's transaction (portable everywhere, no upsert
 * needed), plain VARCHAR and INTEGER columns every backend knows.
 */
final class TableCheckpointStore implements CheckpointStore {

    private final String table;

    TableCheckpointStore(String table) {
        if (!SqlNames.isSimple(table)) {
            throw new IllegalArgumentException("checkpoint table name must be a plain identifier, got '" + table + "'");
        }
        this.table = table;
    }

    private void ensureTable(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        for (String candidate : new String[] {table, table.toLowerCase(Locale.ROOT), table.toUpperCase(Locale.ROOT)}) {
            try (ResultSet rs = md.getTables(c.getCatalog(), null, candidate, null)) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE " + table + " (job_id VARCHAR(200) NOT NULL PRIMARY KEY, sync_mode VARCHAR(40)"
                    + " NOT NULL, last_key VARCHAR(400), last_updated_at VARCHAR(64), complete INTEGER NOT NULL)");
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    @Override
    public Optional<Checkpoint> load(Connection target, String job) throws SQLException {
        ensureTable(target);
        try (PreparedStatement ps = target.prepareStatement("SELECT sync_mode, last_key, last_updated_at, complete FROM "
                + table + " WHERE job_id = ?")) {
            ps.setString(1, job);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Checkpoint(job, SyncMode.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getInt(4) != 0));
            }
        }
    }

    @Override
    public void save(Connection target, Checkpoint cp) throws SQLException {
        try (PreparedStatement del = target.prepareStatement("DELETE FROM " + table + " WHERE job_id = ?");
             PreparedStatement ins = target.prepareStatement("INSERT INTO " + table
                     + " (job_id, sync_mode, last_key, last_updated_at, complete) VALUES (?, ?, ?, ?, ?)")) {
            del.setString(1, cp.job());
            del.executeUpdate();
            ins.setString(1, cp.job());
            ins.setString(2, cp.mode().name());
            ins.setString(3, cp.lastKey());
            ins.setString(4, cp.lastUpdatedAt());
            ins.setInt(5, cp.complete() ? 1 : 0);
            ins.executeUpdate();
        }
    }
}
