package dev.quintet.db.models;

import dev.quintet.db.backends.Dialect;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A UUID ({@code uuid} on PostgreSQL, 32 hex characters elsewhere); values are {@code UUID}. */
public final class UUIDField extends Field<UUIDField> {
    private UUIDField(FieldOptions opts, String name, Class<?> model) {
        super(opts, name, model);
    }

    /** A new field. */
    public static UUIDField of() {
        return new UUIDField(FieldOptions.DEFAULTS, null, null);
    }

    @Override
    protected UUIDField copy(FieldOptions opts, String name, Class<?> model) {
        return new UUIDField(opts, name, model);
    }

    @Override
    public String internalType() {
        return "UUIDField";
    }

    @Override
    public Class<?> javaType() {
        return java.util.UUID.class;
    }

    @Override
    public Object toJava(Object value) {
        if (value == null || value instanceof java.util.UUID) {
            return value;
        }
        String s = value.toString().strip();
        try {
            if (s.length() == 32) {
                s = s.substring(0, 8) + "-" + s.substring(8, 12) + "-" + s.substring(12, 16) + "-" + s.substring(16, 20) + "-" + s.substring(20);
            }
            return java.util.UUID.fromString(s);
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw new ValidationError("“" + value + "” is not a valid UUID.");
        }
    }

    @Override
    public Object fromDb(ResultSet rs, int index, Dialect dialect) throws SQLException {
        return dialect.readUuid(rs, index);
    }

}
