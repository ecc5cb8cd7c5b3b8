package com.rhosocial.activerecord.crossdb.xa;

import com.arjuna.ats.jta.resources.LastResourceCommitOptimisation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain JDBC connection (a backend without XA, such as SQLite) taking part in an XA transaction as Narayana's
 * "last resource": every XA branch is prepared first, then this connection commits in one phase, then the XA
 * branches commit; when this commit fails they roll back. The gap: when the process dies after this commit and
 * before the decision reaches the log, or an XA branch later fails to commit, the two sides disagree; the user's
 * compensation hooks run for the second case. Package-private engine code behind the best-effort opt-in.
 */
final class BestEffortResource implements XAResource, LastResourceCommitOptimisation {

    private static final Logger LOG = LoggerFactory.getLogger(BestEffortResource.class);

    private final String name;
    private final Connection connection;
    private final List<Runnable> compensations = new ArrayList<>();
    private volatile boolean committed;

    BestEffortResource(String name, Connection connection) {
        this.name = name;
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    boolean committed() {
        return committed;
    }

    void addCompensation(Runnable hook) {
        compensations.add(hook);
    }

    /** Runs the compensation hooks once, in reverse registration order; a failing hook does not stop the rest. */
    void compensate() {
        for (int i = compensations.size() - 1; i >= 0; i--) {
            try {
                compensations.get(i).run();
            } catch (RuntimeException e) {
                LOG.error("{} - compensation hook failed", name, e);
            }
        }
        compensations.clear();
    }

    @Override
    public void commit(Xid xid, boolean onePhase) throws XAException {
        try {
            connection.commit();
            committed = true;
        } catch (SQLException e) {
            LOG.warn("{} - best-effort commit failed, the XA branches roll back: {}", name, e.getMessage());
            XAException x = new XAException(XAException.XA_RBROLLBACK);
            x.initCause(e);
            throw x;
        }
    }

    @Override
    public void rollback(Xid xid) throws XAException {
        try {
            connection.rollback();
        } catch (SQLException e) {
            XAException x = new XAException(XAException.XAER_RMERR);
            x.initCause(e);
            throw x;
        }
    }

    @Override
    public int prepare(Xid xid) {
        // Never called for a last resource: Narayana commits it in one phase instead.
        return XA_OK;
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
        return other == this;
    }

    @Override
    public int getTransactionTimeout() {
        return 0;
    }

    @Override
    public boolean setTransactionTimeout(int seconds) {
        return false;
    }

    @Override
    public String toString() {
        return "BestEffortResource[" + name + "]";
    }
}
