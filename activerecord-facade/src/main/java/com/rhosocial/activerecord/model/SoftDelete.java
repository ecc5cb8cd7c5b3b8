package com.rhosocial.activerecord.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Opts a model into soft delete: the annotated timestamp field (an {@code Instant}, {@code LocalDateTime} or
 * {@code OffsetDateTime}) is set by {@code delete()} instead of removing the row, default queries skip rows where
 * it is set, {@code withDeleted()} includes them and {@code restore()} clears it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface SoftDelete {
}
