package dev.quintet.db.models;

import dev.quintet.db.backends.Dialect;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A double-precision floating point column; values are {@code Double}. */
public final class FloatField extends Field<FloatField> {
    private FloatField(FieldOptions opts, String name, Class<?> model) {
        super(opts, name, model);
    }

    /** A new field. */
    public static FloatField of() {
        return new FloatField(FieldOptions.DEFAULTS, null, null);
    }

    @Override
    protected FloatField copy(FieldOptions opts, String name, Class<?> model) {
        return new FloatField(opts, name, model);
    }

    @Override
    public String internalType() {
        return "FloatField";
    }

    @Override
    public Class<?> javaType() {
        return Double.class;
    }

    @Override
    public Object toJava(Object value) {
        if (value == null || value instanceof Double) {
            return value;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                throw invalid(value, "a float");
            }
        }
        throw invalid(value, "a float");
    }

    @Override
    public Object fromDb(ResultSet rs, int index, Dialect dialect) throws SQLException {
        double v = rs.getDouble(index);
        return rs.wasNull() ? null : v;
    }

}
