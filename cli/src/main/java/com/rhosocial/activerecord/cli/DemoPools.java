package com.rhosocial.activerecord.cli;

import com.rhosocial.activerecord.backend.Masking;
import com.rhosocial.activerecord.cli.report.TextTable;
import com.rhosocial.activerecord.jdbc.ActiveRecordDriver;
import com.rhosocial.activerecord.jdbc.PoolStats;

import java.io.PrintWriter;
import java.util.List;

/** Part 3 of the demo: the driver's pool statistics, one row per physical HikariCP pool of this JVM. */
final class DemoPools {

    private DemoPools() {
    }

    /** Prints the pools of the demo's database (all pools of the JVM when none matches its URL). */
    static void print(PrintWriter out, DemoCommand.Target target, boolean modelsRan) {
        String url = Masking.maskUrl(target.definition().jdbcUrl());
        List<PoolStats> all = ActiveRecordDriver.pools();
        List<PoolStats> pools = all.stream().filter(p -> url.equals(p.url())).toList();
        if (pools.isEmpty()) {
            pools = all;
        }
        if (pools.isEmpty()) {
            out.println("  (no pool has started)");
            return;
        }
        TextTable t = new TextTable("pool", "backend", "database", "open", "active", "idle", "max", "borrowed",
                "failures");
        for (PoolStats p : pools) {
            t.row(p.name() + (p.replica() ? " (replica)" : ""), p.backend(), p.url(), p.total(), p.active(), p.idle(),
                    p.maximumPoolSize(), p.borrowed(), p.failures());
        }
        t.print(out, "  ");
        if (pools.size() == 1) {
            out.println(modelsRan
                    ? "  One pool served the legacy JDBC code and the models: same database, same connections."
                    : "  One pool served the legacy JDBC code.");
        }
    }
}
