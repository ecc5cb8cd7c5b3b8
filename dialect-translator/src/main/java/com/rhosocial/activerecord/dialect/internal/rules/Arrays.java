package com.rhosocial.activerecord.dialect.internal.rules;

import com.rhosocial.activerecord.dialect.internal.render.ExpressionRenderer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;

/**
 * PostgreSQL arrays on targets without an array type. {@code array_to_string(array_agg(x [ORDER BY ...]), sep)}
 * (the pre-9.0 spelling of string_agg) is {@code string_agg(x, sep [ORDER BY ...])} (both skip NULL elements, both
 * give NULL for no rows) except that a group of NULLs only gives '' there: it is rewritten to the target's
 * GROUP_CONCAT with that '' put back for a non-empty group. Every
 * other array value ({@code array_agg}, {@code unnest}, {@code ARRAY[...]}, array functions) has no equal on
 * MariaDB or SQLite (a JSON array or a comma list compares differently) and is reported UNSUPPORTED, rule
 * {@code array}.
 */
final class Arrays {
    private static final Set<String> ARRAY_FUNCTIONS = Set.of("ARRAY_AGG", "UNNEST", "ARRAY_TO_STRING", "ARRAY_LENGTH",
            "ARRAY_UPPER", "ARRAY_LOWER", "CARDINALITY", "ARRAY_APPEND", "ARRAY_CAT", "ARRAY_POSITION", "STRING_TO_ARRAY",
            "ARRAY_REMOVE");

    private Arrays() {
    }

    static boolean function(ExpressionRenderer r, Function f, String name) {
        if (r.ctx().to().supportsArrays() || !ARRAY_FUNCTIONS.contains(name) || !r.ctx().from().supportsArrays()) {
            return false;
        }
        List<? extends Expression> p = f.getParameters() == null ? List.of() : f.getParameters();
        if (name.equals("ARRAY_TO_STRING") && p.size() == 2 && p.get(0) instanceof Function agg
                && "ARRAY_AGG".equalsIgnoreCase(agg.getName()) && agg.getParameters() != null
                && agg.getParameters().size() == 1 && !agg.isAllColumns()) {
            Function s = new Function();
            s.setName("STRING_AGG");
            s.setDistinct(agg.isDistinct());
            s.setParameters(new ExpressionList<>(agg.getParameters().get(0), p.get(1)));
            s.setOrderByElements(agg.getOrderByElements());
            // array_to_string of {NULL, NULL} is '' where string_agg is NULL; no rows stay NULL
            r.ctx().changed();
            r.text("CASE WHEN COUNT(*) = 0 THEN NULL ELSE COALESCE(").expr(s).text(", '') END");
            return true;
        }
        r.ctx().unsupported("array", f.getName(), r.ctx().to().dialect() + " has no array type for "
                + f.getName().toLowerCase(Locale.ROOT) + "(); only array_to_string(array_agg(x), sep) is translated");
        return false;
    }
}
