package com.rhosocial.activerecord.jdbc;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A monotonic clock for the slow-statement log, read with one volatile load. A daemon thread copies
 * {@link System#nanoTime()} into it every {@link #TICK_NANOS}. It exists because the log times every statement:
 * on virtual machines one {@code nanoTime()} costs tens of nanoseconds, two per statement cost more than all the
 * driver's wrapping (issue 7). Only thresholds of at least {@link #MIN_THRESHOLD_NANOS} use it (the default is one
 * second), so its resolution and a late tick stay far below the threshold; shorter thresholds read
 * {@code nanoTime()} directly. The thread starts with the first connection settings that need it and, being a
 * daemon that holds no application object, runs until the JVM exits (200 short wake-ups a second).
 */
final class CoarseClock {

    /** How often the clock advances. */
    static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    /** Slow-statement thresholds from here up are timed with this clock. */
    static final long MIN_THRESHOLD_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private static volatile long now = System.nanoTime();
    private static Thread ticker;

    private CoarseClock() {
    }

    /** The time in nanoseconds, at most one tick (plus scheduling delay) behind {@link System#nanoTime()}. */
    static long now() {
        return now;
    }

    /** Starts the ticking thread if it is not running. */
    static synchronized void start() {
        if (ticker != null && ticker.isAlive()) {
            return;
        }
        now = System.nanoTime();
        Thread t = new Thread(CoarseClock::tick, "activerecord-slow-log-clock");
        t.setDaemon(true);
        // no reference to an application class loader from a thread that outlives a redeployment
        t.setContextClassLoader(null);
        ticker = t;
        t.start();
    }

    private static void tick() {
        while (true) {
            now = System.nanoTime();
            LockSupport.parkNanos(TICK_NANOS);
        }
    }
}
