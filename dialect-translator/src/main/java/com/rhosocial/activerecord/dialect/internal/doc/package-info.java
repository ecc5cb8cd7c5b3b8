/** Documentation generated from the dialect specs ({@code docs/dialects.md}). */
package com.rhosocial.activerecord.dialect.internal.doc;
