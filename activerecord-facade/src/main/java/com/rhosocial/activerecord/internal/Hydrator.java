package com.rhosocial.activerecord.internal;

import com.rhosocial.activerecord.ActiveRecord;
import com.rhosocial.activerecord.model.ModelMeta;
import com.rhosocial.activerecord.model.Property;
import com.rhosocial.activerecord.model.TypeMapping;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Builds model instances from result-set rows. */
public final class Hydrator {

    private Hydrator() {
    }

    /** A new record of {@code meta}'s model from the current row (columns absent from the row keep their defaults). */
    public static <T> T read(ModelMeta meta, TypeMapping types, ResultSet rs, ColumnIndex idx) throws SQLException {
        T record = meta.newInstance();
        List<Property> props = meta.properties();
        int[] positions = idx.positions(meta);
        Object[] snapshot = new Object[positions.length];
        for (int k = 0; k < positions.length; k++) {
            Property p = props.get(k);
            int i = positions[k];
            Object v;
            if (i > 0) {
                v = types.read(rs, i, p.kind(), p.type());
                p.set(record, v);
                if (v == null && p.isPrimitive()) {
                    v = p.get(record); // the setter left the field at its default
                }
            } else {
                v = p.get(record);
            }
            // the value just set is what the field now holds (a primitive reads back as an equal box): no read-back
            snapshot[k] = v;
        }
        RecordAccess.get().loaded((ActiveRecord) record, snapshot, false, null);
        return record;
    }

    /** Fills the properties of {@code record} from the current row (used by reload and insert read-back). */
    public static void fill(ModelMeta meta, TypeMapping types, Object record, ResultSet rs, ColumnIndex idx,
                            Object[] snapshot) throws SQLException {
        List<Property> props = meta.properties();
        int[] positions = idx.positions(meta);
        for (int k = 0; k < positions.length; k++) {
            Property p = props.get(k);
            int i = positions[k];
            if (i > 0) {
                p.set(record, types.read(rs, i, p.kind(), p.type()));
            }
            snapshot[k] = p.get(record);
        }
    }
}
