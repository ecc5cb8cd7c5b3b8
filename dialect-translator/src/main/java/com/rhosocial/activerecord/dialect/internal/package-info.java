/**
 * The translation engine behind {@link com.rhosocial.activerecord.dialect.SqlTranslator}: pre-pass, parsing in the
 * caller's thread with size and depth guards, rendering through the rule families, post-pass (parameter map,
 * quoting). Not public API.
 */
package com.rhosocial.activerecord.dialect.internal;
