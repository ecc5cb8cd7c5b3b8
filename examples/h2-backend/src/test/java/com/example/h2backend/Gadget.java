package com.example.h2backend;

import com.rhosocial.activerecord.ActiveRecord;
import com.rhosocial.activerecord.Finder;
import java.math.BigDecimal;

/** A model for {@link H2FacadeTest}: table {@code gadgets}. */
public class Gadget extends ActiveRecord {
    public static final Finder<Gadget> FIND = ActiveRecord.finder(Gadget.class);

    public Long id;
    public String name;
    public BigDecimal price;
    public Boolean active;
}
