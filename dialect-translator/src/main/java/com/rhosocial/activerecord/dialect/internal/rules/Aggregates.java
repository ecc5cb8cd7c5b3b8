package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.render.ExpressionRenderer;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.MySQLGroupConcat;

/** String aggregation: GROUP_CONCAT, STRING_AGG and LISTAGG with their separators, order and DISTINCT. */
final class Aggregates {
    private Aggregates() {
    }

    static boolean stringAggFunction(ExpressionRenderer r, Function f) {
        return false;
    }

    static void groupConcat(ExpressionRenderer r, MySQLGroupConcat g) {
        r.text(g.toString());
    }

    static boolean analytic(ExpressionRenderer r, AnalyticExpression a) {
        return false;
    }
}
