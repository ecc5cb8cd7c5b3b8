/**
 * Dialects as data plus hooks: one spec class per dialect over {@link
 * com.rhosocial.activerecord.dialect.internal.spec.DialectSpec}, holding capability flags, the type table, the
 * function reading and writing tables and a few overridable hooks. The only code that knows dialects apart.
 */
package com.rhosocial.activerecord.dialect.internal.spec;
