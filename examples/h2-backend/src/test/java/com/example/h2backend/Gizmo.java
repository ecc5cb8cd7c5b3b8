package com.example.h2backend;

import com.rhosocial.activerecord.ActiveRecord;
import com.rhosocial.activerecord.Finder;
import com.rhosocial.activerecord.model.Table;

/** A model for {@link PgVariantBackendTest}, in this helper's own table. */
@Table("ar_be_gizmos")
public class Gizmo extends ActiveRecord {
    public static final Finder<Gizmo> FIND = ActiveRecord.finder(Gizmo.class);

    public Long id;
    public String name;
    public Integer qty;
}
