/**
 * Suite 3: translating a corpus of realistic statements (ORM-generated and hand-written, with placeholders) between
 * dialects, cold and cached, beside jOOQ's open-source parser and renderer and JSqlParser's parse alone.
 */
package com.rhosocial.activerecord.benchmarks.translation;
