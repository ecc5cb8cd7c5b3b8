package com.rhosocial.activerecord.cli;

import java.io.PrintWriter;

/** Part 3 of the demo: the driver's pool statistics. */
final class DemoPools {

    private DemoPools() {
    }

    static void print(PrintWriter out) {
        out.println("  (pool statistics arrive with the driver)");
    }
}
