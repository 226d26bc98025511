package dev.quintet.db.models;

import dev.quintet.db.backends.Dialect;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Raw bytes; values are {@code byte[]}. Not editable by default, as in Django. */
public final class BinaryField extends Field<BinaryField> {
    private BinaryField(FieldOptions opts, String name, Class<?> model) {
        super(opts, name, model);
    }

    /** A new field. */
    public static BinaryField of() {
        return new BinaryField(FieldOptions.DEFAULTS.withEditable(false), null, null);
    }

    @Override
    protected BinaryField copy(FieldOptions opts, String name, Class<?> model) {
        return new BinaryField(opts, name, model);
    }

    @Override
    public String internalType() {
        return "BinaryField";
    }

    @Override
    public Class<?> javaType() {
        return byte[].class;
    }

    @Override
    public Object toJava(Object value) {
        if (value == null || value instanceof byte[]) {
            return value;
        }
        if (value instanceof String s) {
            return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        throw new ValidationError("“" + value + "” value must be bytes.");
    }

    @Override
    public Object fromDb(ResultSet rs, int index, Dialect dialect) throws SQLException {
        return rs.getBytes(index);
    }

}
