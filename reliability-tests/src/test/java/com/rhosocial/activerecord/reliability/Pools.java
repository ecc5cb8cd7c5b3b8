package com.rhosocial.activerecord.reliability;

import com.rhosocial.activerecord.jdbc.ActiveRecordDriver;
import com.rhosocial.activerecord.jdbc.PoolStats;

/** Shared fixture: finds the driver's pool of a test by its {@code poolName}. */
final class Pools {

    private Pools() {
    }

    static PoolStats stats(String poolName) {
        return ActiveRecordDriver.pools().stream().filter(p -> poolName.equals(p.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no pool named " + poolName + " in " + ActiveRecordDriver.pools()));
    }

    /** Waits up to two seconds for the pool to have nothing borrowed (HikariCP returns connections asynchronously). */
    static PoolStats settled(String poolName) throws InterruptedException {
        PoolStats s = stats(poolName);
        for (int i = 0; i < 40 && (s.active() != 0 || s.idle() != s.total()); i++) {
            Thread.sleep(50);
            s = stats(poolName);
        }
        return s;
    }
}
