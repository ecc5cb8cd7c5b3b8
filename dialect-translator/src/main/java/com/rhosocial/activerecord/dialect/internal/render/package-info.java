/** JSqlParser deparsers specialised to render a statement for a target dialect through the rule families. */
package com.rhosocial.activerecord.dialect.internal.render;
