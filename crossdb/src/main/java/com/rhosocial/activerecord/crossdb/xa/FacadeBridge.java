package com.rhosocial.activerecord.crossdb.xa;

import com.rhosocial.activerecord.ActiveRecord;
import com.rhosocial.activerecord.transaction.Transactions;

import java.sql.Connection;

/**
 * Makes facade models join an XA branch, when the facade is on the classpath (an optional dependency). The facade
 * classes are referenced only from here and this class is loaded only after {@link #PRESENT} said yes. Package-private.
 */
final class FacadeBridge {

    static final boolean PRESENT = present();

    private FacadeBridge() {
    }

    private static boolean present() {
        try {
            Class.forName("com.rhosocial.activerecord.transaction.Transactions", false, FacadeBridge.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** A joined datasource; {@link #close(boolean)} leaves it. */
    interface Joined {
        void close(boolean committed);
    }

    static Joined join(String datasource, Connection connection) {
        Transactions.External ext = ActiveRecord.joinExternalTransaction(datasource, connection);
        return committed -> {
            if (committed) {
                ext.committed();
            }
            ext.close();
        };
    }
}
