/**
 * The translation engine behind {@link com.rhosocial.activerecord.dialect.SqlTranslator}: pre-pass, parsing in the
 * caller's thread with size and depth guards, rendering through the rule families, post-pass (parameter map,
 * quoting). Plain ORM statements between MySQL/MariaDB, PostgreSQL and SQLite without a schema skip the pre-pass,
 * JSqlParser and the renderer: {@link com.rhosocial.activerecord.dialect.internal.FastPath} prints what the
 * renderer would, and {@code FastPathEquivalenceTest} holds it to that ({@code -Dactiverecord.translator.fastPath=false}
 * turns it off). Not public API.
 */
package com.rhosocial.activerecord.dialect.internal;
