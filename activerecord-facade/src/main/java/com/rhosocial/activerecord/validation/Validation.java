package com.rhosocial.activerecord.validation;

import com.rhosocial.activerecord.ActiveRecord;
import com.rhosocial.activerecord.model.ModelMeta;
import com.rhosocial.activerecord.model.Property;
import com.rhosocial.activerecord.query.Col;
import com.rhosocial.activerecord.query.Query;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The rules a model declares in {@code validate(Validation v)}, checked against the record's current values. Each
 * method adds to {@link #errors()} and returns this object so that rules chain.
 *
 * <pre>{@code
 * @Override protected void validate(Validation v) {
 *     v.presence("name", "email")
 *      .length("name", 1, 50)
 *      .format("email", EMAIL)
 *      .uniqueness("email")
 *      .numericality("age", 0, 150)
 *      .inclusion("status", Set.of(Status.values()));
 *     if (age != null && age < 18 && admin) v.add("admin", "must be an adult");
 * }
 * }</pre>
 */
public final class Validation {

    private final ActiveRecord record;
    private final ModelMeta meta;
    private final Errors errors;

    public Validation(ActiveRecord record, ModelMeta meta, Errors errors) {
        this.record = record;
        this.meta = meta;
        this.errors = errors;
    }

    public Errors errors() {
        return errors;
    }

    /** The current value of a field. */
    public Object value(String field) {
        Property p = meta.byName(field);
        if (p == null) {
            throw new IllegalArgumentException(meta.modelName() + " has no mapped field '" + field + "'");
        }
        return p.get(record);
    }

    /** Adds a custom error. Returns this. */
    public Validation add(String field, String message) {
        errors.add(field, message);
        return this;
    }

    /** Adds {@code message} for {@code field} unless {@code ok}. Returns this. */
    public Validation check(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(field, message);
        }
        return this;
    }

    /** Each field is set: not null, and not blank for strings. Returns this. */
    public Validation presence(String... fields) {
        for (String f : fields) {
            Object v = value(f);
            if (v == null || (v instanceof CharSequence && v.toString().isBlank())) {
                errors.add(f, "can't be blank");
            }
        }
        return this;
    }

    /** A string field's length is within {@code [min, max]} (null is skipped; combine with presence). Returns this. */
    public Validation length(String field, int min, int max) {
        Object v = value(field);
        if (v != null) {
            int n = v.toString().codePointCount(0, v.toString().length());
            if (n < min) {
                errors.add(field, "is too short (minimum is " + min + " characters)");
            } else if (n > max) {
                errors.add(field, "is too long (maximum is " + max + " characters)");
            }
        }
        return this;
    }

    /** A string field matches {@code pattern} entirely (null is skipped). Returns this. */
    public Validation format(String field, Pattern pattern) {
        Object v = value(field);
        if (v != null && !pattern.matcher(v.toString()).matches()) {
            errors.add(field, "is invalid");
        }
        return this;
    }

    /** The field is a number (a numeric type, or a string that parses as one). Returns this. */
    public Validation numericality(String field) {
        Object v = value(field);
        if (v != null && toDecimal(v) == null) {
            errors.add(field, "is not a number");
        }
        return this;
    }

    /** The field is a number within {@code [min, max]}. Returns this. */
    public Validation numericality(String field, double min, double max) {
        Object v = value(field);
        if (v == null) {
            return this;
        }
        BigDecimal d = toDecimal(v);
        if (d == null) {
            errors.add(field, "is not a number");
        } else if (d.compareTo(BigDecimal.valueOf(min)) < 0) {
            errors.add(field, "must be greater than or equal to " + fmt(min));
        } else if (d.compareTo(BigDecimal.valueOf(max)) > 0) {
            errors.add(field, "must be less than or equal to " + fmt(max));
        }
        return this;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static BigDecimal toDecimal(Object v) {
        if (v instanceof BigDecimal) {
            return (BigDecimal) v;
        }
        if (v instanceof Number) {
            return new BigDecimal(v.toString());
        }
        try {
            return new BigDecimal(v.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The field's value is one of {@code allowed} (null is skipped). Returns this. */
    public Validation inclusion(String field, Collection<?> allowed) {
        Object v = value(field);
        if (v != null && !allowed.contains(v)) {
            errors.add(field, "is not included in the list");
        }
        return this;
    }

    /**
     * No other row of the table has the same value (and the same values of the {@code scope} fields); checked with a
     * query, soft-deleted rows included. A unique index is still needed against concurrent inserts. Returns this.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Validation uniqueness(String field, String... scope) {
        Object v = value(field);
        if (v == null) {
            return this;
        }
        Query<?> q = new Query(meta.type()).withDeleted().where(Col.col(field).eq(v));
        for (String s : scope) {
            q = q.where(Col.col(s).eq(value(s)));
        }
        Object id = meta.id().get(record);
        if (record.isPersisted() && id != null) {
            q = q.where(Col.col(meta.id().name()).ne(id));
        }
        if (q.exists()) {
            errors.add(field, "has already been taken");
        }
        return this;
    }
}
