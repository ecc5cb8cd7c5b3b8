package com.rhosocial.activerecord.cli.demo;

import com.rhosocial.activerecord.ActiveRecord;
import com.rhosocial.activerecord.Finder;
import com.rhosocial.activerecord.model.Table;

/** Demo model over the legacy program's customers table ({@code created_at} is left to the database default). */
@Table("ar_demo_customers")
public class Customer extends ActiveRecord {
    public static final Finder<Customer> FIND = ActiveRecord.finder(Customer.class);

    public Long id;
    public String name;
    public String email;
    public String city;
}
