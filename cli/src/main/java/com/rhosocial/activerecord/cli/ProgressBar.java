package com.rhosocial.activerecord.cli;

import com.rhosocial.activerecord.crossdb.sync.SyncListener;
import com.rhosocial.activerecord.crossdb.sync.SyncProgress;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line text progress bar on standard error, fed by the sync engine's {@link SyncListener} after every
 * committed chunk: rows read of the rows counted at start, percentage, rate and estimated time left.
 */
final class ProgressBar implements SyncListener {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private final boolean enabled;
    private long lastPrint;
    private boolean open;

    ProgressBar(PrintWriter err, String label, boolean enabled) {
        this.err = err;
        this.label = label;
        this.enabled = enabled;
    }

    @Override
    public void onChunk(SyncProgress p) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        long total = p.estimatedRows();
        boolean last = total >= 0 && p.rowsRead() >= total;
        if (!last && open && now - lastPrint < 100_000_000L) {
            return; // at most ten updates a second
        }
        lastPrint = now;
        print(p);
    }

    /** Ends the bar's line with the final numbers (the last chunk may have been throttled away). */
    void finish(SyncProgress p) {
        if (!enabled) {
            return;
        }
        print(p);
        err.println();
        err.flush();
        open = false;
    }

    private void print(SyncProgress p) {
        long total = Math.max(p.estimatedRows(), p.rowsRead());
        double fraction = total <= 0 ? 1 : Math.min(1, (double) p.rowsRead() / total);
        int filled = (int) Math.round(fraction * WIDTH);
        String eta = p.estimatedRemaining().filter(d -> p.rowsRead() < total)
                .map(d -> String.format(Locale.ROOT, ", ETA %d s", d.toSeconds())).orElse("");
        err.printf(Locale.ROOT, "\r  %-24s [%s%s] %3.0f%% %d/%d rows, %.0f rows/s%s   ", label, "#".repeat(filled),
                ".".repeat(WIDTH - filled), fraction * 100, p.rowsRead(), total, p.rowsPerSecond(), eta);
        err.flush();
        open = true;
    }
}
