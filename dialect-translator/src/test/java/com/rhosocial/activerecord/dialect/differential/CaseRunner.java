package com.rhosocial.activerecord.dialect.differential;

import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.SqlTranslator;
import com.rhosocial.activerecord.dialect.Translation;
import com.rhosocial.activerecord.dialect.TranslationException;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs corpus cases on one set of open connections: natively on the source engine, or translated with
 * {@link SqlTranslator} for a target engine with the parameters rebound through the parameter map.
 *
 * <p>Every case runs in a transaction that is rolled back. Cases that use {@code audit_log} get it emptied with
 * its counter restarted first; {@code cleanup:} tables are dropped before and after (MariaDB commits DDL
 * implicitly). After a case that changed data, a row-count fingerprint of the fixture is compared and the
 * fixture is reloaded when it differs, so one bad translation cannot poison later cases. Not thread-safe.
 */
final class CaseRunner implements AutoCloseable {

    /** How one execution ended. */
    enum Status { PASS, MISMATCH, EXEC_ERROR, TRANSLATE_ERROR }

    /** Rows (normalised) or an error, plus the SQL actually executed. */
    record Execution(List<List<Object>> rows, String error, String sql, boolean translateError) {
        boolean ok() {
            return error == null;
        }
    }

    private record Step(String sql, List<Object> values) {
    }

    private final SqlTranslator translator;
    private final Map<Engine, Connection> connections = new EnumMap<>(Engine.class);
    private final Map<Engine, JdbcSchemaInfo> schemas = new EnumMap<>(Engine.class);
    private final Map<Engine, List<Long>> fingerprints = new EnumMap<>(Engine.class);
    private final Map<Engine, Integer> reloads = new EnumMap<>(Engine.class);

    CaseRunner(SqlTranslator translator, List<Engine> engines) throws SQLException, IOException {
        this.translator = translator;
        for (Engine e : engines) {
            Connection c = e.open();
            connections.put(e, c);
            e.loadFixture(c);
            schemas.put(e, new JdbcSchemaInfo(c));
            fingerprints.put(e, fingerprint(c));
        }
    }

    boolean has(Engine e) {
        return connections.containsKey(e);
    }

    int reloads(Engine e) {
        return reloads.getOrDefault(e, 0);
    }

    /** Runs the case's SQL unchanged on {@code e}. */
    Execution runNative(CorpusCase c, Engine e) {
        List<Step> steps = new ArrayList<>();
        int next = 0;
        for (String s : c.statements()) {
            int n = countPlaceholders(s, c.source());
            if (next + n > c.params().size()) {
                return new Execution(null, "corpus error: " + (next + n) + " placeholders but " + c.params().size()
                        + " params", s, false);
            }
            steps.add(new Step(s, c.params().subList(next, next + n)));
            next += n;
        }
        if (next != c.params().size()) {
            return new Execution(null, "corpus error: " + next + " placeholders but " + c.params().size() + " params",
                    String.join(";\n", c.statements()), false);
        }
        return execute(c, e, steps);
    }

    /** Translates every statement of the case for {@code e} and runs the result there. */
    Execution runTranslated(CorpusCase c, Engine e) {
        List<Step> steps = new ArrayList<>();
        StringBuilder shown = new StringBuilder();
        int next = 0;
        for (String s : c.statements()) {
            int n = countPlaceholders(s, c.source());
            List<Object> sourceValues = c.params().subList(next, Math.min(c.params().size(), next + n));
            next += n;
            Translation t;
            try {
                t = translator.translate(s, c.source(), e.dialect(), schemas.get(e));
            } catch (TranslationException | RuntimeException ex) {
                return new Execution(null, "translate: " + ex, s, true);
            }
            int[] map = t.parameterMap();
            int used = 0;
            for (String ts : t.statements()) {
                if (shown.length() > 0) {
                    shown.append(";\n");
                }
                shown.append(ts);
                int k = countPlaceholders(ts, e.dialect());
                if (used + k > map.length) {
                    return new Execution(null, "parameter map has " + map.length + " entries but the target SQL has more ?",
                            shown.toString(), true);
                }
                List<Object> values = new ArrayList<>();
                for (int i = used; i < used + k; i++) {
                    int src = map[i];
                    if (src < 1 || src > sourceValues.size()) {
                        return new Execution(null, "parameter map entry " + src + " out of range 1.." + sourceValues.size(),
                                shown.toString(), true);
                    }
                    values.add(sourceValues.get(src - 1));
                }
                used += k;
                steps.add(new Step(ts, values));
            }
            if (used != map.length) {
                return new Execution(null, "parameter map has " + map.length + " entries but the target SQL has "
                        + used + " ?", shown.toString(), true);
            }
        }
        Execution ex = execute(c, e, steps);
        return new Execution(ex.rows(), ex.error(), shown.toString(), false);
    }

    /**
     * Runs the steps; when the connection died meanwhile (a server restarted by another process on this shared
     * machine), reconnects, reloads the fixture and runs the case once more, so the run reports translations, not
     * outages.
     */
    private Execution execute(CorpusCase c, Engine e, List<Step> steps) {
        Execution ex = executeOnce(c, e, steps);
        if (!ex.ok() && !alive(connections.get(e))) {
            reconnect(e);
            ex = executeOnce(c, e, steps);
        }
        return ex;
    }

    private static boolean alive(Connection c) {
        try {
            return c.isValid(5);
        } catch (SQLException ex) {
            return false;
        }
    }

    private void reconnect(Engine e) {
        try {
            connections.get(e).close();
        } catch (SQLException ignored) {
            // Already broken; a fresh connection replaces it.
        }
        SQLException last = null;
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                Connection c = e.open();
                e.loadFixture(c);
                connections.put(e, c);
                schemas.put(e, new JdbcSchemaInfo(c));
                fingerprints.put(e, fingerprint(c));
                reloads.merge(e, 1, Integer::sum);
                return;
            } catch (SQLException ex) {
                last = ex;
            } catch (IOException ex) {
                throw new IllegalStateException("cannot reload the fixture on " + e, ex);
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("lost the connection to " + e + " and could not reconnect within 90 s", last);
    }

    private Execution executeOnce(CorpusCase c, Engine e, List<Step> steps) {
        Connection conn = connections.get(e);
        String sqlText = String.join(";\n", steps.stream().map(Step::sql).toList());
        boolean mutates = mutates(c);
        try {
            prepare(c, e, conn);
            List<List<Object>> rows = null;
            conn.setAutoCommit(false);
            try {
                for (Step step : steps) {
                    List<List<Object>> r = run(conn, step.sql(), step.values(), c.compareColumns());
                    if (r != null) {
                        rows = r;
                    }
                }
                if (c.check() != null) {
                    rows = run(conn, c.check(), List.of(), c.compareColumns());
                }
            } finally {
                try {
                    conn.rollback();
                } finally {
                    conn.setAutoCommit(true);
                }
            }
            if (rows == null) {
                return new Execution(null, "no result set (add a check: select to the case)", sqlText, false);
            }
            return new Execution(rows, null, sqlText, false);
        } catch (SQLException ex) {
            return new Execution(null, "[" + ex.getSQLState() + "] " + firstLine(ex.getMessage()), sqlText, false);
        } finally {
            try {
                finish(c, e, conn, mutates);
            } catch (SQLException | IOException ex) {
                if (alive(conn)) {
                    throw new IllegalStateException("cannot restore the fixture on " + e + " after " + c.id() + ": " + ex, ex);
                }
                // A dead connection: execute() reconnects and reloads the fixture.
            }
        }
    }

    private void prepare(CorpusCase c, Engine e, Connection conn) throws SQLException {
        for (String t : c.cleanupTables()) {
            e.dropTable(conn, t);
        }
        if (c.usesAuditLog()) {
            e.resetAuditLog(conn);
        }
    }

    private void finish(CorpusCase c, Engine e, Connection conn, boolean mutates) throws SQLException, IOException {
        if (!conn.getAutoCommit()) {
            conn.rollback();
            conn.setAutoCommit(true);
        }
        for (String t : c.cleanupTables()) {
            e.dropTable(conn, t);
        }
        if (!c.cleanupTables().isEmpty()) {
            schemas.get(e).clear();
        }
        if (mutates && !fingerprint(conn).equals(fingerprints.get(e))) {
            e.loadFixture(conn);
            schemas.get(e).clear();
            reloads.merge(e, 1, Integer::sum);
        }
    }

    private static boolean mutates(CorpusCase c) {
        for (String s : c.statements()) {
            String head = s.stripLeading().toLowerCase(Locale.ROOT);
            if (!(head.startsWith("select") || head.startsWith("(") || head.startsWith("show")
                    || head.startsWith("describe") || head.startsWith("desc ") || head.startsWith("{"))) {
                return true;
            }
        }
        return false;
    }

    /** Row counts of the fixture tables ({@code -1} when one is missing), to notice a case that changed them. */
    static List<Long> fingerprint(Connection c) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            for (String t : Engine.FIXTURE_TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + t)) {
                    rs.next();
                    out.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            out.add(-1L);
        }
        if (!c.getAutoCommit()) {
            c.rollback();
        }
        return out;
    }

    private static List<List<Object>> run(Connection conn, String sql, List<Object> values, int columns)
            throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setQueryTimeout(20);
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v == null) {
                    ps.setNull(i + 1, Types.NULL);
                } else {
                    ps.setObject(i + 1, v);
                }
            }
            return drain(ps, ps.execute(), columns);
        }
    }

    /**
     * The rows of the last result set {@code st} produced ({@code isResult}: what {@code execute} returned), reading
     * past update counts; null when there was none. Shared with the proxy driver's corpus run.
     */
    static List<List<Object>> drain(Statement st, boolean isResult, int columns) throws SQLException {
        List<List<Object>> last = null;
        while (true) {
            if (isResult) {
                try (ResultSet rs = st.getResultSet()) {
                    last = read(rs, columns);
                }
            } else if (st.getUpdateCount() == -1) {
                break;
            }
            isResult = st.getMoreResults();
        }
        return last;
    }

    private static List<List<Object>> read(ResultSet rs, int columns) throws SQLException {
        int n = rs.getMetaData().getColumnCount();
        if (columns > 0) {
            n = Math.min(n, columns);
        }
        List<List<Object>> rows = new ArrayList<>();
        while (rs.next()) {
            List<Object> row = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                row.add(ValueComparator.normalise(rs.getObject(i)));
            }
            rows.add(row);
            if (rows.size() > 10_000) {
                throw new SQLException("more than 10,000 rows: runaway query", "HY000");
            }
        }
        return rows;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    /**
     * Counts {@code ?} placeholders outside quotes and comments. Backslash escapes inside strings count only for
     * MySQL and MariaDB.
     */
    static int countPlaceholders(String sql, Dialect dialect) {
        boolean backslash = dialect == Dialect.MYSQL || dialect == Dialect.MARIADB;
        int n = 0;
        int len = sql.length();
        for (int i = 0; i < len; i++) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int j = i + 1;
                while (j < len) {
                    char d = sql.charAt(j);
                    if (d == '\\' && backslash && c == '\'') {
                        j += 2;
                        continue;
                    }
                    if (d == c) {
                        if (j + 1 < len && sql.charAt(j + 1) == c) {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                i = j;
            } else if (c == '-' && i + 1 < len && sql.charAt(i + 1) == '-') {
                while (i < len && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < len && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? len : end + 1;
            } else if (c == '?') {
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() {
        for (Connection c : connections.values()) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Closing at the end of the run; nothing left to protect.
            }
        }
    }
}
