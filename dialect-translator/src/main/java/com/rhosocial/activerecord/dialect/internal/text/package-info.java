/** Lexical passes over SQL text before parsing and after rendering, aware of literals, quoted names and comments. */
package com.rhosocial.activerecord.dialect.internal.text;
