package dev.quintet.db.models;

import dev.quintet.db.backends.Dialect;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A length of time, stored as a count of microseconds; values are {@code Duration}. */
public final class DurationField extends Field<DurationField> {
    private DurationField(FieldOptions opts, String name, Class<?> model) {
        super(opts, name, model);
    }

    /** A new field. */
    public static DurationField of() {
        return new DurationField(FieldOptions.DEFAULTS, null, null);
    }

    @Override
    protected DurationField copy(FieldOptions opts, String name, Class<?> model) {
        return new DurationField(opts, name, model);
    }

    @Override
    public String internalType() {
        return "DurationField";
    }

    @Override
    public Class<?> javaType() {
        return java.time.Duration.class;
    }

    @Override
    public Object toJava(Object value) {
        if (value == null || value instanceof java.time.Duration) {
            return value;
        }
        if (value instanceof String s) {
            try {
                return java.time.Duration.parse(s);
            } catch (java.time.format.DateTimeParseException e) {
                throw new ValidationError("“" + value + "” value has an invalid format. It must be in [DD] [[HH:]MM:]ss[.uuuuuu] format.");
            }
        }
        throw new ValidationError("“" + value + "” value has an invalid format. It must be in [DD] [[HH:]MM:]ss[.uuuuuu] format.");
    }

    @Override
    public Object fromDb(ResultSet rs, int index, Dialect dialect) throws SQLException {
        long micros = rs.getLong(index);
        return rs.wasNull() ? null : java.time.Duration.ofSeconds(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
    }

}
