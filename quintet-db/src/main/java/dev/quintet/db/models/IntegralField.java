package dev.quintet.db.models;

import dev.quintet.db.backends.Dialect;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The shared behaviour of integer fields: values are {@code Integer} (or {@code Long} for the big variants),
 * range-checked like Django's per-type bounds.
 *
 * @param <F> the concrete field type
 */
public abstract class IntegralField<F extends IntegralField<F>> extends Field<F> {
    IntegralField(FieldOptions opts, String name, Class<?> model) {
        super(opts, name, model);
    }

    /** Whether values are {@code Long} rather than {@code Integer}. */
    protected abstract boolean big();

    /** The smallest value accepted. */
    protected abstract long min();

    /** The largest value accepted. */
    protected abstract long max();

    @Override
    public Class<?> javaType() {
        return big() ? Long.class : Integer.class;
    }

    @Override
    public Object toJava(Object value) {
        long v;
        if (value == null) {
            return null;
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            v = ((Number) value).longValue();
        } else if (value instanceof BigDecimal d) {
            try {
                v = d.longValueExact();
            } catch (ArithmeticException e) {
                throw invalid(value, "an integer");
            }
        } else if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            v = n.longValue();
        } else if (value instanceof String s) {
            try {
                v = Long.parseLong(s.strip());
            } catch (NumberFormatException e) {
                throw invalid(value, "an integer");
            }
        } else if (value instanceof Model m) {
            return toJava(m.pk());
        } else {
            throw invalid(value, "an integer");
        }
        return big() ? (Object) v : (Object) (int) v;
    }

    @Override
    public Object fromDb(ResultSet rs, int index, Dialect dialect) throws SQLException {
        long v = rs.getLong(index);
        if (rs.wasNull()) {
            return null;
        }
        return big() ? (Object) v : (Object) (int) v;
    }

    @Override
    protected void checkValue(Object value, List<String> errors) {
        long v = ((Number) value).longValue();
        if (v < min()) {
            errors.add("Ensure this value is greater than or equal to " + min() + ".");
        } else if (v > max()) {
            errors.add("Ensure this value is less than or equal to " + max() + ".");
        }
    }
}
