package dev.quintet.db.models;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quintet.db.backends.Dialect;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A JSON document ({@code jsonb} on PostgreSQL, {@code json} on MariaDB, text on SQLite). Values are what Jackson
 * reads: {@code Map}, {@code List}, {@code String}, numbers, {@code Boolean}; a model's Java field may also be a
 * {@code JsonNode} or any type Jackson converts to.
 */
public final class JSONField extends Field<JSONField> {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private JSONField(FieldOptions opts, String name, Class<?> model) {
        super(opts, name, model);
    }

    /** A new field. */
    public static JSONField of() {
        return new JSONField(FieldOptions.DEFAULTS, null, null);
    }

    @Override
    protected JSONField copy(FieldOptions opts, String name, Class<?> model) {
        return new JSONField(opts, name, model);
    }

    @Override
    public String internalType() {
        return "JSONField";
    }

    @Override
    public Class<?> javaType() {
        return Object.class;
    }

    @Override
    public Object toDb(Object value, Dialect dialect) {
        if (value == null) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new ValidationError("Value must be valid JSON.");
        }
    }

    @Override
    public Object fromDb(ResultSet rs, int index, Dialect dialect) throws SQLException {
        String s = rs.getString(index);
        if (s == null) {
            return null;
        }
        try {
            return MAPPER.readValue(s, Object.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("Invalid JSON in column " + column() + ": " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public String placeholder(Dialect dialect) {
        return dialect.jsonPlaceholder();
    }

    @Override
    protected boolean isEmpty(Object value) {
        return value == null || "".equals(value) || (value instanceof java.util.Collection<?> c && c.isEmpty())
                || (value instanceof java.util.Map<?, ?> m && m.isEmpty());
    }
}
