package com.rhosocial.activerecord.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Overrides the column a field maps to (by convention {@code createdAt} maps to {@code created_at}). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Column {
    /** The column name: a plain identifier. */
    String value();
}
