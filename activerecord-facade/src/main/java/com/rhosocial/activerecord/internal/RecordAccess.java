package com.rhosocial.activerecord.internal;

import com.rhosocial.activerecord.ActiveRecord;
import com.rhosocial.activerecord.relation.StrictLoading;

import java.util.Map;

/**
 * Bridge to the package-private state of {@link ActiveRecord} (snapshot, relation cache, loading flags) for the
 * query and relation packages, so that this state stays out of the public API. Set by {@code ActiveRecord}'s
 * static initializer.
 */
public abstract class RecordAccess {

    private static volatile RecordAccess instance;

    public static RecordAccess get() {
        RecordAccess a = instance;
        if (a == null) {
            // initialising ActiveRecord installs the bridge
            try {
                Class.forName(ActiveRecord.class.getName(), true, RecordAccess.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            a = instance;
        }
        return a;
    }

    public static void install(RecordAccess access) {
        instance = access;
    }

    /** Marks {@code r} as loaded from the database with the given column snapshot. */
    public abstract void loaded(ActiveRecord r, Object[] snapshot, boolean fromMultiRowQuery, StrictLoading strict);

    /** The relation cache of {@code r}. */
    public abstract Map<String, Object> relations(ActiveRecord r);

    /** Whether {@code r} came from a query that returned several rows. */
    public abstract boolean fromMultiRowQuery(ActiveRecord r);

    /** The strict-loading mode the query that loaded {@code r} asked for, or null. */
    public abstract StrictLoading strictLoading(ActiveRecord r);
}
