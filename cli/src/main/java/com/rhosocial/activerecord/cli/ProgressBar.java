package com.rhosocial.activerecord.cli;

import com.rhosocial.activerecord.cli.sync.TableSync;

import java.io.PrintWriter;
import java.util.Locale;

/** A one-line text progress bar on standard error: rows done, percentage, rate and time left. */
final class ProgressBar implements TableSync.Progress {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastPrint;

    ProgressBar(PrintWriter err, String label, boolean enabled) {
        this.err = err;
        this.label = label;
        this.enabled = enabled;
    }

    @Override
    public void rows(long done, long total) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastPrint < 100_000_000L) {
            return; // at most ten updates a second
        }
        lastPrint = now;
        double seconds = Math.max(1e-3, (now - start) / 1e9);
        double rate = done / seconds;
        double fraction = total <= 0 ? 1 : Math.min(1, (double) done / total);
        int filled = (int) Math.round(fraction * WIDTH);
        String eta = rate > 0 && total > done ? String.format(Locale.ROOT, ", %.0f s left", (total - done) / rate) : "";
        err.printf(Locale.ROOT, "\r  %-24s [%s%s] %3.0f%% %d/%d rows, %.0f rows/s%s   ", label, "#".repeat(filled),
                ".".repeat(WIDTH - filled), fraction * 100, done, total, rate, eta);
        if (done >= total) {
            err.println();
        }
        err.flush();
    }
}
