/**
 * Dialect translation: {@link com.rhosocial.activerecord.dialect.SqlTranslator} turns SQL written for one
 * {@link com.rhosocial.activerecord.dialect.Dialect} into SQL with the same meaning for another.
 */
package com.rhosocial.activerecord.dialect;
