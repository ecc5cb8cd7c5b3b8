package com.rhosocial.activerecord.cli;

import com.rhosocial.activerecord.backend.ConnectionConfig;
import com.rhosocial.activerecord.backend.Masking;
import com.rhosocial.activerecord.cli.report.TextTable;
import com.rhosocial.activerecord.config.DataSourceDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code ping}: connects to configured datasources (and their replicas) through the driver's pools and reports
 * backend, server version, time to connect, round-trip latency and the pool, so an operator sees at once which
 * database of {@code activerecord.yaml} is reachable.
 */
@Command(name = "ping", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Connect to each configured datasource (all of them when no NAME is given) and report "
                + "backend, server version, pool and latency."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every datasource answered", "2:configuration error or unknown datasource name",
                "3:at least one datasource could not be reached"})
final class PingCommand extends BaseCommand {

    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Datasources to ping (default: all configured).")
    List<String> names = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "Give up on a datasource after this many seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--no-replicas", description = "Ping the primaries only.")
    boolean noReplicas;

    @Override
    public Integer call() {
        if (timeoutSeconds < 1) {
            throw CliException.usage("--timeout must be at least 1 second, got " + timeoutSeconds);
        }
        Configs configs = configs();
        List<DataSourceDefinition> defs = configs.select(names);
        out().println("Configuration: " + configs.describe());
        TextTable table = new TextTable("datasource", "backend", "server", "connect", "round trip", "pool", "result");
        List<String> failures = new ArrayList<>();
        for (DataSourceDefinition def : defs) {
            ping(def, table, failures);
            if (!noReplicas) {
                for (DataSourceDefinition replica : def.replicas()) {
                    ping(replica, table, failures);
                }
            }
        }
        table.print(out(), "  ");
        for (String f : failures) {
            out().println("  " + f);
        }
        out().flush();
        return failures.isEmpty() ? ExitCodes.OK : ExitCodes.CONNECTION;
    }

    private void ping(DataSourceDefinition def, TextTable table, List<String> failures) {
        String backend = def.backend().name();
        long start = System.nanoTime();
        try {
            Pools.Handle pool = Pools.open(withTimeouts(def));
            try (Connection c = pool.dataSource().getConnection()) {
                long connectNanos = System.nanoTime() - start;
                DatabaseMetaData md = c.getMetaData();
                String server = md.getDatabaseProductName() + " " + md.getDatabaseProductVersion();
                long[] rtt = new long[3];
                for (int i = 0; i < rtt.length; i++) {
                    long t0 = System.nanoTime();
                    if (!c.isValid(timeoutSeconds)) {
                        throw new SQLException("connection did not answer within " + timeoutSeconds + " s", "08006");
                    }
                    rtt[i] = System.nanoTime() - t0;
                }
                Arrays.sort(rtt);
                table.row(def.name(), backend, server, millis(connectNanos), millis(rtt[1]), pool.describe(), "ok");
            }
        } catch (SQLException | RuntimeException e) {
            table.row(def.name(), backend, "-", millis(System.nanoTime() - start), "-", "-", "FAILED");
            failures.add(def.name() + " (" + Masking.maskUrl(def.jdbcUrl()) + "): "
                    + Masking.maskText(ActiveRecordCli.messageOf(rootSql(e))));
            if (common.verbose) {
                ActiveRecordCli.printMaskedStackTrace(e, err());
            }
        }
    }

    /** The definition with connect timeouts bounded by --timeout, so an unreachable host cannot hang the command. */
    private DataSourceDefinition withTimeouts(DataSourceDefinition def) {
        Duration t = Duration.ofSeconds(timeoutSeconds);
        ConnectionConfig c = def.connection();
        ConnectionConfig.Builder b = c.toBuilder();
        if (c.connectionTimeout() == null || c.connectionTimeout().compareTo(t) > 0) {
            b.connectionTimeout(t);
        }
        if (c.connectTimeout() == null || c.connectTimeout().compareTo(t) > 0) {
            b.connectTimeout(t);
        }
        return DataSourceDefinition.of(def.name(), b.build(), def.sourceDialect().orElse(null), def.properties(), List.of());
    }

    private static Throwable rootSql(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                return t;
            }
        }
        return e;
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1_000_000.0);
    }
}
