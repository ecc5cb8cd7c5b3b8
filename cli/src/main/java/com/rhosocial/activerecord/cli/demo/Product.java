package com.rhosocial.activerecord.cli.demo;

import com.rhosocial.activerecord.ActiveRecord;
import com.rhosocial.activerecord.Finder;
import com.rhosocial.activerecord.model.Id;
import com.rhosocial.activerecord.model.Table;

import java.math.BigDecimal;

/** Demo model over the legacy program's products table, keyed by its SKU. */
@Table("ar_demo_products")
public class Product extends ActiveRecord {
    public static final Finder<Product> FIND = ActiveRecord.finder(Product.class);

    @Id
    public String sku;
    public String title;
    public BigDecimal price;
    public Integer stock;
}
