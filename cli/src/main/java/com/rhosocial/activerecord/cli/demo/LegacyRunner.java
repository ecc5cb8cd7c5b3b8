package com.rhosocial.activerecord.cli.demo;

import com.rhosocial.activerecord.backend.Masking;
import com.rhosocial.activerecord.cli.CliContext;
import com.rhosocial.activerecord.cli.report.TextTable;
import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.dialect.Outcome;
import com.rhosocial.activerecord.dialect.Translation;
import com.rhosocial.activerecord.dialect.TranslationException;
import com.rhosocial.activerecord.jdbc.TranslatingConnection;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the {@link LegacyShop} program on one connection of the {@code jdbc:activerecord:} driver and prints, for each
 * call, the SQL as written, what the translator makes of it for the target, and the result. A statement the target
 * rejects is reported and the program goes on, as the demo must run to its end while the translator is incomplete.
 */
public final class LegacyRunner {

    /** How one step ended. */
    public enum Status {
        /** Ran as written: nothing needed translating. */
        RAN_UNCHANGED,
        /** Ran after the translator rewrote it. */
        RAN_TRANSLATED,
        /** The MySQL DDL was rejected; a portable form created the table instead. */
        FALLBACK,
        /** The target rejected it (or the translator refused it). */
        FAILED
    }

    /** One step's outcome: the translation (null when the translator refused), status and a note. */
    public record Result(int number, Step step, Translation translation, Status status, String note) {
    }

    private static final int MAX_ROWS = 10;

    private final Connection connection;
    private final Dialect target;
    private final CliContext.Translator translator;
    private final PrintWriter out;

    public LegacyRunner(Connection connection, Dialect target, CliContext.Translator translator, PrintWriter out) {
        this.connection = connection;
        this.target = target;
        this.translator = translator;
        this.out = out;
    }

    /** Drops what an earlier run left behind (unquoted names, so the statement needs no translation). */
    public void dropLeftovers() throws SQLException {
        for (String table : LegacyShop.TABLES) {
            try (Statement st = connection.createStatement()) {
                st.execute("DROP TABLE IF EXISTS " + table);
            }
        }
    }

    /** Runs every step and returns what happened, in order. */
    public List<Result> run(List<Step> steps) {
        List<Result> results = new ArrayList<>();
        int n = 0;
        for (Step step : steps) {
            results.add(runStep(++n, step));
        }
        return results;
    }

    private Result runStep(int number, Step step) {
        out.printf(Locale.ROOT, "%n[%d] %s%n", number, step.title());
        printSql("as written (mysql)", step.sql());
        if (!step.params().isEmpty()) {
            out.println("    parameters: " + step.params());
        }
        Translation translation = null;
        String refused = null;
        try {
            translation = translator.translate(step.sql(), Dialect.MYSQL, target, new MetadataSchema(connection));
            if (translation.outcome() == Outcome.UNCHANGED) {
                out.printf(Locale.ROOT, "    as run on %s: unchanged%n", target.id());
            } else {
                printSql("as run on " + target.id() + " (" + translation.outcome().name().toLowerCase(Locale.ROOT) + ")",
                        translation.sql());
            }
            translation.warnings().forEach(w -> out.println("    warning: " + w));
        } catch (TranslationException e) {
            refused = e.getMessage();
            out.println("    translator: cannot translate: " + refused);
        } catch (RuntimeException e) {
            // A translator bug must not end the demo: show it and let the driver's own attempt decide.
            refused = "translator error: " + e;
            out.println("    " + refused);
        }
        try {
            execute(step);
            Status status = translation == null || translation.outcome() == Outcome.UNCHANGED
                    ? Status.RAN_UNCHANGED : Status.RAN_TRANSLATED;
            return new Result(number, step, translation, status, null);
        } catch (SQLException | RuntimeException e) {
            String why = e instanceof SQLException se ? oneLine(se) : e.toString();
            String note = translation != null && translation.outcome() == Outcome.UNCHANGED
                    ? "not translated yet: the translator passed it through unchanged and " + target.id() + " rejected it: " + why
                    : "translated, but " + target.id() + " rejected it: " + why;
            if (refused != null) {
                note = "not translated: " + refused;
            }
            out.println("    FAILED - " + note);
            if (step.kind() == Step.Kind.DDL && !step.fallbacks().isEmpty()) {
                String used = runFallback(step);
                if (used != null) {
                    printSql("fallback, so that the demo can go on: created the table in its portable form", used);
                    return new Result(number, step, translation, Status.FALLBACK, note);
                }
            }
            return new Result(number, step, translation, Status.FAILED, note);
        }
    }

    private void execute(Step step) throws SQLException {
        switch (step.kind()) {
            case DDL -> {
                try (Statement st = connection.createStatement()) {
                    st.execute(step.sql());
                }
                out.println("    -> done");
            }
            case UPDATE -> {
                try (PreparedStatement ps = prepare(step)) {
                    int n = ps.executeUpdate();
                    out.printf(Locale.ROOT, "    -> %d row%s affected%n", n, n == 1 ? "" : "s");
                }
            }
            case QUERY -> {
                try (PreparedStatement ps = prepare(step); ResultSet rs = ps.executeQuery()) {
                    TextTable t = TextTable.of(rs, MAX_ROWS);
                    t.print(out, "    ");
                    out.printf(Locale.ROOT, "    (%d row%s)%n", t.size(), t.size() == 1 ? "" : "s");
                }
            }
            default -> throw new IllegalStateException("unknown step kind " + step.kind());
        }
    }

    private PreparedStatement prepare(Step step) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(step.sql());
        for (int i = 0; i < step.params().size(); i++) {
            ps.setObject(i + 1, step.params().get(i));
        }
        return ps;
    }

    /** Tries the portable DDL forms, written in the target's dialect so the driver passes them on as they are. */
    private String runFallback(Step step) {
        for (String ddl : step.fallbacks()) {
            try (Statement st = nativeStatement()) {
                st.execute(ddl);
                return ddl;
            } catch (SQLException ignored) {
                // Not this database's spelling; try the next one.
            }
        }
        return null;
    }

    private Statement nativeStatement() throws SQLException {
        if (connection.isWrapperFor(TranslatingConnection.class)) {
            return connection.unwrap(TranslatingConnection.class).createStatement(target);
        }
        return connection.createStatement();
    }

    private void printSql(String label, String sql) {
        String[] lines = sql.split("\n");
        if (lines.length == 1 && label.length() + sql.length() < 150) {
            out.println("    " + label + ": " + sql);
            return;
        }
        out.println("    " + label + ":");
        for (String l : lines) {
            out.println("      " + l);
        }
    }

    static String oneLine(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = Masking.maskText(m.replaceAll("\\s+", " ").strip());
        return m.length() > 200 ? m.substring(0, 199) + "…" : m;
    }
}
