package com.rhosocial.activerecord.cli;

import java.io.PrintWriter;

/** Part 2 of the demo: ActiveRecord models on the legacy program's datasource (wired to the facade when it lands). */
final class DemoModels {

    private DemoModels() {
    }

    static boolean run(DemoCommand.Target target, PrintWriter out) {
        out.println("  (the ActiveRecord facade is not part of this build yet)");
        return false;
    }
}
