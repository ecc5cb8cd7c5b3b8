package com.rhosocial.activerecord.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an integer or long field as the optimistic-locking version. Every update and delete checks it and
 * increments it; a stale record throws {@link com.rhosocial.activerecord.StaleRecordException}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Version {
}
