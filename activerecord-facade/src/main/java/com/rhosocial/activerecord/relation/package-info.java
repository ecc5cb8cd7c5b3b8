/**
 * Relations between models: {@link com.rhosocial.activerecord.relation.BelongsTo},
 * {@link com.rhosocial.activerecord.relation.HasOne}, {@link com.rhosocial.activerecord.relation.HasMany} and
 * {@link com.rhosocial.activerecord.relation.ManyToMany} (through a join table), declared as static fields of the
 * model from its finder. Access is lazy and cached per record; {@code includes("orders.items")} loads nested
 * relations eagerly with one query per relation; {@link com.rhosocial.activerecord.relation.StrictLoading} reports
 * lazy loads on records of multi-row queries (the N+1 pattern).
 */
package com.rhosocial.activerecord.relation;
