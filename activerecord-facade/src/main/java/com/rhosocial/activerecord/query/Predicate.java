package com.rhosocial.activerecord.query;

import java.util.Arrays;
import java.util.List;

/**
 * A condition for {@code where} and {@code having}. Build them from columns ({@code Col.col("age").gt(18)}), combine
 * with {@link #and}, {@link #or} and {@link #not}, or write a raw fragment with bound values ({@link #raw}).
 */
@FunctionalInterface
public interface Predicate {

    /** Renders the condition (parenthesised where precedence needs it). */
    void render(SqlWriter w);

    /** This and {@code other}. */
    default Predicate and(Predicate other) {
        return all(this, other);
    }

    /** This or {@code other}. */
    default Predicate or(Predicate other) {
        return any(this, other);
    }

    /** Not this. */
    default Predicate negate() {
        return not(this);
    }

    /** All conditions hold (an empty list is true). */
    static Predicate all(Predicate... ps) {
        return join(" AND ", "1 = 1", Arrays.asList(ps));
    }

    /** At least one condition holds (an empty list is false). */
    static Predicate any(Predicate... ps) {
        return join(" OR ", "1 = 0", Arrays.asList(ps));
    }

    /** The condition does not hold. */
    static Predicate not(Predicate p) {
        return w -> {
            w.sql("NOT (");
            p.render(w);
            w.sql(")");
        };
    }

    /**
     * A raw SQL fragment in the canonical (PostgreSQL) spelling with {@code ?} placeholders: the escape hatch.
     * Values are always bound, never spliced into the text.
     */
    static Predicate raw(String sql, Object... params) {
        List<Object> values = Arrays.asList(params);
        return w -> {
            w.sql("(");
            w.raw(sql, values);
            w.sql(")");
        };
    }

    /** {@code EXISTS (subquery)}. */
    static Predicate exists(Query<?> subquery) {
        return w -> {
            w.sql("EXISTS (");
            subquery.renderSelect(w);
            w.sql(")");
        };
    }

    private static Predicate join(String op, String empty, List<Predicate> ps) {
        return w -> {
            if (ps.isEmpty()) {
                w.sql(empty);
                return;
            }
            w.sql("(");
            for (int i = 0; i < ps.size(); i++) {
                if (i > 0) {
                    w.sql(op);
                }
                ps.get(i).render(w);
            }
            w.sql(")");
        };
    }
}
