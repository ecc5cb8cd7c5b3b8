/**
 * Mapping of model classes to tables: the annotations ({@link com.rhosocial.activerecord.model.Table},
 * {@link com.rhosocial.activerecord.model.Column}, {@link com.rhosocial.activerecord.model.Id},
 * {@link com.rhosocial.activerecord.model.Transient}, {@link com.rhosocial.activerecord.model.Version},
 * {@link com.rhosocial.activerecord.model.SoftDelete}, {@link com.rhosocial.activerecord.model.Json}), the naming
 * convention and the per-backend type mapping. Fields are read and written through {@code VarHandle}s built once per
 * model, so no reflection runs on the hot path.
 */
package com.rhosocial.activerecord.model;
