package com.rhosocial.activerecord.cli;

import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.Masking;
import com.rhosocial.activerecord.cli.demo.LegacyRunner;
import com.rhosocial.activerecord.cli.demo.LegacyShop;
import com.rhosocial.activerecord.config.ActiveRecordConfig;
import com.rhosocial.activerecord.config.DataSourceDefinition;
import com.rhosocial.activerecord.dialect.Dialect;
import com.rhosocial.activerecord.jdbc.TranslatingConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code demo}: the main job. A legacy JDBC program written for MySQL runs unchanged through
 * {@code jdbc:activerecord:} on an embedded SQLite database (or a configured PostgreSQL or MariaDB), then ActiveRecord
 * models work on the same datasource and pool, and the command prints every statement as written and as run, the
 * results, and the pool statistics.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a legacy JDBC program written for MySQL, unchanged, through jdbc:activerecord: on an "
                + "embedded SQLite database (or a configured datasource), then ActiveRecord models on the same pool."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the demo ran (statements the target rejected are reported; see --strict)",
                "1:--strict and a statement failed",
                "2:configuration error or unknown datasource", "3:the database could not be reached"})
final class DemoCommand extends BaseCommand {

    static final String DB_FILE = "shop.db";

    @Option(names = "--datasource", paramLabel = "NAME",
            description = "Run against this datasource of activerecord.yaml (e.g. a PostgreSQL or MariaDB) instead of "
                    + "an embedded SQLite file.")
    String datasource;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Directory for the SQLite database (default: a new temporary directory).")
    Path dir;

    @Option(names = "--keep", description = "Keep the demo's ar_demo_* tables on a configured datasource "
            + "(they are dropped at the end otherwise; the SQLite file is always kept).")
    boolean keep;

    @Option(names = "--strict", description = "Exit with 1 when any statement of the legacy program failed.")
    boolean strict;

    /** Where the demo runs: the datasource definition and the URL the legacy code uses. */
    record Target(DataSourceDefinition definition, String legacyUrl, Dialect dialect, String description,
                  boolean configuredByName) {
    }

    @Override
    public Integer call() throws SQLException {
        Target target = datasource == null ? sqliteTarget() : configuredTarget();
        PrintWriter out = out();
        out.println("rhosocial ActiveRecord demo");
        out.println("  database:   " + target.description());
        out.println("  legacy URL: " + Masking.maskUrl(target.legacyUrl()));
        out.println();
        out.println("Part 1 - a legacy JDBC program written for MySQL; only its JDBC URL was changed");
        out.println("-------------------------------------------------------------------------------");
        List<LegacyRunner.Result> results;
        // What the legacy code does: DriverManager and a URL, nothing else of ours.
        try (Connection c = DriverManager.getConnection(target.legacyUrl())) {
            TranslatingConnection tc = c.unwrap(TranslatingConnection.class);
            out.printf(Locale.ROOT, "The driver translates this connection's SQL from %s to %s.%n",
                    tc.sourceDialect().id(), tc.targetDialect().id());
            LegacyRunner runner = new LegacyRunner(c, target.dialect(), context().translator(), out);
            runner.dropLeftovers();
            results = runner.run(LegacyShop.steps());
        }
        out.flush();

        out.println();
        out.println("Part 2 - ActiveRecord models on the same datasource and pool");
        out.println("-------------------------------------------------------------");
        boolean modelsRan = DemoModels.run(target, out);

        out.println();
        out.println("Part 3 - pools");
        out.println("--------------");
        DemoPools.print(out, target, modelsRan);

        int failed = summary(results, target, out);
        if (datasource != null && !keep) {
            dropTables(target);
            out.println("The ar_demo_* tables were dropped again (--keep keeps them).");
        } else if (datasource == null) {
            out.println("The SQLite database stays at " + target.definition().connection().database()
                    + " for a look (sqlite3 " + target.definition().connection().database() + ").");
        }
        out.flush();
        return strict && failed > 0 ? ExitCodes.FAILURES : ExitCodes.OK;
    }

    private Target sqliteTarget() {
        Path base;
        try {
            base = dir == null ? Files.createTempDirectory("activerecord-demo-") : Files.createDirectories(resolve(dir));
        } catch (IOException e) {
            throw new CliException(ExitCodes.USAGE, "cannot create the demo directory: " + e.getMessage(), e);
        }
        Path db = base.resolve(DB_FILE).toAbsolutePath();
        try {
            Files.deleteIfExists(db); // a fresh database on every run
        } catch (IOException e) {
            throw new CliException(ExitCodes.USAGE, "cannot replace " + db + ": " + e.getMessage(), e);
        }
        ConnectionConfig cc = ConnectionConfig.builder().backend("sqlite").database(db.toString()).build();
        DataSourceDefinition def = DataSourceDefinition.of("demo", cc, Dialect.MYSQL, Map.of(), List.of());
        return new Target(def, "jdbc:activerecord:sqlite:" + db + "?sourceDialect=mysql", Dialect.SQLITE,
                "SQLite file " + db + " (embedded, created now)", false);
    }

    private Target configuredTarget() {
        Configs configs = configs();
        DataSourceDefinition def = configs.require(datasource);
        Path file = configs.file();
        if (file != null) {
            // The driver resolves jdbc:activerecord:<name> through this property; point it at our file.
            System.setProperty(ActiveRecordConfig.CONFIG_PROPERTY, file.toAbsolutePath().toString());
        }
        Dialect dialect = def.backend().dialect();
        return new Target(def, "jdbc:activerecord:" + datasource + "?sourceDialect=mysql", dialect,
                "datasource '" + datasource + "' of " + configs.describe() + ": " + def.backend().name() + " at "
                        + Masking.maskUrl(def.jdbcUrl()), true);
    }

    private static int summary(List<LegacyRunner.Result> results, Target target, PrintWriter out) {
        Map<LegacyRunner.Status, List<LegacyRunner.Result>> by = results.stream()
                .collect(Collectors.groupingBy(LegacyRunner.Result::status));
        int unchanged = by.getOrDefault(LegacyRunner.Status.RAN_UNCHANGED, List.of()).size();
        int translated = by.getOrDefault(LegacyRunner.Status.RAN_TRANSLATED, List.of()).size();
        List<LegacyRunner.Result> fallback = by.getOrDefault(LegacyRunner.Status.FALLBACK, List.of());
        List<LegacyRunner.Result> failed = by.getOrDefault(LegacyRunner.Status.FAILED, List.of());
        out.println();
        out.println("Summary");
        out.println("-------");
        out.printf(Locale.ROOT, "  legacy statements: %d; ran as written: %d; ran translated for %s: %d; "
                        + "failed: %d%n", results.size(), unchanged, target.dialect().id(), translated,
                failed.size() + fallback.size());
        if (!fallback.isEmpty() || !failed.isEmpty()) {
            out.println("  rejected by " + target.dialect().id() + " (not translated, or not fully, yet):");
            for (LegacyRunner.Result r : fallback) {
                out.printf(Locale.ROOT, "    [%d] %s (table created with the portable form instead)%n", r.number(),
                        r.step().title());
            }
            for (LegacyRunner.Result r : failed) {
                out.printf(Locale.ROOT, "    [%d] %s%n", r.number(), r.step().title());
            }
        }
        return failed.size() + fallback.size();
    }

    private static void dropTables(Target target) throws SQLException {
        try (Connection c = DriverManager.getConnection(target.legacyUrl()); Statement st = c.createStatement()) {
            for (String table : LegacyShop.TABLES) {
                st.execute("DROP TABLE IF EXISTS " + table);
            }
        }
    }
}
