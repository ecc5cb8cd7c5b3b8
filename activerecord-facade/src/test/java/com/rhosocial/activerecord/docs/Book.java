package com.rhosocial.activerecord.docs;

import com.rhosocial.activerecord.ActiveRecord;
import com.rhosocial.activerecord.Finder;
import com.rhosocial.activerecord.validation.Validation;

import java.math.BigDecimal;
import java.time.Instant;

// docs/facade/getting-started.md: "Define a model"
public class Book extends ActiveRecord {
    public static final Finder<Book> FIND = ActiveRecord.finder(Book.class);

    public Long id;
    public String title;
    public String author;
    public BigDecimal price;
    public Instant createdAt;
    public Instant updatedAt;

    @Override
    protected void validate(Validation v) {
        v.presence("title", "author").length("title", 1, 200).numericality("price", 0, 10_000);
    }
}
