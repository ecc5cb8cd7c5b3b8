package com.rhosocial.activerecord.crossdb.xa;

import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import java.io.Serializable;

/**
 * A test XA resource enlisted first in the crash child: it prepares fine, and when Narayana starts the commit phase
 * (the decision is in the log, the database branches are prepared and not committed) it reports the in-doubt
 * branches on stdout and halts the JVM, the way a power cut would. Serializable, so Narayana stores it in the log
 * and recovery in another JVM (where {@link #armed} is false) can commit it as a no-op.
 */
final class HaltOnCommit implements XAResource, Serializable {

    private static final long serialVersionUID = 1L;

    /** Only the crash child arms it; a deserialized copy in the recovering JVM does nothing. */
    static volatile boolean armed;

    @Override
    public void commit(Xid xid, boolean onePhase) {
        if (!armed) {
            return;
        }
        try {
            System.out.println("IN-DOUBT pg=" + XaFixture.pgInDoubt().size()
                    + " maria=" + XaFixture.mariaInDoubt().size());
        } catch (Exception e) {
            System.out.println("IN-DOUBT unknown: " + e);
        }
        System.out.flush();
        Runtime.getRuntime().halt(77);
    }

    @Override
    public int prepare(Xid xid) {
        return XA_OK;
    }

    @Override
    public void rollback(Xid xid) {
    }

    @Override
    public void start(Xid xid, int flags) {
    }

    @Override
    public void end(Xid xid, int flags) {
    }

    @Override
    public void forget(Xid xid) {
    }

    @Override
    public Xid[] recover(int flag) {
        return new Xid[0];
    }

    @Override
    public boolean isSameRM(XAResource other) {
        return false;
    }

    @Override
    public int getTransactionTimeout() {
        return 0;
    }

    @Override
    public boolean setTransactionTimeout(int seconds) {
        return false;
    }
}
