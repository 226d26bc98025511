package dev.quintet.db.models;

import dev.quintet.db.backends.Dialect;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A true/false column; values are {@code Boolean}. */
public final class BooleanField extends Field<BooleanField> {
    private BooleanField(FieldOptions opts, String name, Class<?> model) {
        super(opts, name, model);
    }

    /** A new field. */
    public static BooleanField of() {
        return new BooleanField(FieldOptions.DEFAULTS, null, null);
    }

    @Override
    protected BooleanField copy(FieldOptions opts, String name, Class<?> model) {
        return new BooleanField(opts, name, model);
    }

    @Override
    public String internalType() {
        return "BooleanField";
    }

    @Override
    public Class<?> javaType() {
        return Boolean.class;
    }

    @Override
    public Object toJava(Object value) {
        if (value == null || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number n && (n.intValue() == 0 || n.intValue() == 1)) {
            return n.intValue() == 1;
        }
        if (value instanceof String s) {
            switch (s) {
                case "t", "True", "true", "1" -> { return true; }
                case "f", "False", "false", "0" -> { return false; }
                default -> { }
            }
        }
        throw new ValidationError("“" + value + "” value must be either True or False.");
    }

    @Override
    public Object fromDb(ResultSet rs, int index, Dialect dialect) throws SQLException {
        boolean v = rs.getBoolean(index);
        return rs.wasNull() ? null : v;
    }

    @Override
    protected boolean isEmpty(Object value) {
        return value == null;
    }
}
