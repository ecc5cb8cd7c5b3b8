package com.rhosocial.activerecord.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} field as holding JSON text, bound as the backend's JSON type where it has one
 * (PostgreSQL {@code json}/{@code jsonb}) and as text elsewhere.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Json {
}
