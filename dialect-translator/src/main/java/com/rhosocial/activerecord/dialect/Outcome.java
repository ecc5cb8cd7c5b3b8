package com.rhosocial.activerecord.dialect;

/** What a translation did to a statement. */
public enum Outcome {
    /** The text is passed on as written: same family, or nothing needed changing. */
    UNCHANGED,
    /** Rewritten into the target's spelling with the same meaning. */
    TRANSLATED,
    /** The meaning is kept through a more complex form (a CASE, a subquery, several statements). */
    EMULATED,
    /** The target cannot express it; see the warnings for the rule and position. */
    UNSUPPORTED
}
