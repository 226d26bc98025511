package dev.quintet.db.models;

import dev.quintet.db.backends.Dialect;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The shared behaviour of string fields ({@link CharField}, {@link TextField}, {@link EmailField},
 * {@link URLField}, {@link SlugField}): values are {@code String}s, checked against {@link #maxLength()}.
 *
 * @param <F> the concrete field type
 */
public abstract class TextualField<F extends TextualField<F>> extends Field<F> {
    final Integer maxLength;

    TextualField(FieldOptions opts, String name, Class<?> model, Integer maxLength) {
        super(opts, name, model);
        this.maxLength = maxLength;
    }

    /** The maximum length in characters, or {@code null} for unlimited. */
    public Integer maxLength() {
        return maxLength;
    }

    @Override
    public Class<?> javaType() {
        return String.class;
    }

    @Override
    public Map<String, Object> dbParameters() {
        return maxLength == null ? Map.of() : Map.of("max_length", maxLength);
    }

    @Override
    public Object toJava(Object value) {
        return value == null || value instanceof String ? value : value.toString();
    }

    @Override
    public Object fromDb(ResultSet rs, int index, Dialect dialect) throws SQLException {
        return rs.getString(index);
    }

    @Override
    protected Object emptyDefault() {
        return isNullable() ? null : "";
    }

    @Override
    protected void checkValue(Object value, List<String> errors) {
        String s = value.toString();
        int length = s.codePointCount(0, s.length());
        if (maxLength != null && length > maxLength) {
            errors.add("Ensure this value has at most " + maxLength + " characters (it has " + length + ").");
        }
    }
}
