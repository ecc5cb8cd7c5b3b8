/**
 * A hand-written parser for the common statement shapes, building the same JSqlParser AST its generated parser
 * builds, much faster; anything outside its grammar goes to JSqlParser.
 */
package com.rhosocial.activerecord.dialect.internal.parse;
