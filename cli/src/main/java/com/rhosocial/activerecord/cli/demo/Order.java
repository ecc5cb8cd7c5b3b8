package com.rhosocial.activerecord.cli.demo;

import com.rhosocial.activerecord.ActiveRecord;
import com.rhosocial.activerecord.Finder;
import com.rhosocial.activerecord.model.Table;

import java.time.LocalDateTime;

/** Demo model over the legacy program's orders table. */
@Table("ar_demo_orders")
public class Order extends ActiveRecord {
    public static final Finder<Order> FIND = ActiveRecord.finder(Order.class);

    public Long id;
    public Long customerId;
    public String sku;
    public Integer quantity;
    public LocalDateTime orderedAt;
}
