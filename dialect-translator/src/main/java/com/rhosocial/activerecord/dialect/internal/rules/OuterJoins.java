package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.spec.RenderContext;
import net.sf.jsqlparser.statement.select.PlainSelect;

/**
 * Oracle {@code (+)} outer joins, rewritten into ANSI {@code LEFT JOIN} for other targets; never silently an inner
 * join: what cannot be rewritten is reported unsupported.
 */
public final class OuterJoins {
    private OuterJoins() {
    }

    public static void apply(PlainSelect ps, RenderContext ctx) {
        // filled in by the Oracle join rule family
    }
}
