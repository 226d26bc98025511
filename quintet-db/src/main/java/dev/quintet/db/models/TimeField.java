package dev.quintet.db.models;

import dev.quintet.db.backends.Dialect;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A time of day; values are {@code LocalTime}. */
public final class TimeField extends Field<TimeField> {
    private TimeField(FieldOptions opts, String name, Class<?> model) {
        super(opts, name, model);
    }

    /** A new field. */
    public static TimeField of() {
        return new TimeField(FieldOptions.DEFAULTS, null, null);
    }

    @Override
    protected TimeField copy(FieldOptions opts, String name, Class<?> model) {
        return new TimeField(opts, name, model);
    }

    @Override
    public String internalType() {
        return "TimeField";
    }

    @Override
    public Class<?> javaType() {
        return java.time.LocalTime.class;
    }

    @Override
    public Object toJava(Object value) {
        return dev.quintet.db.models.internal.Temporal.toTime(value);
    }

    @Override
    public Object fromDb(ResultSet rs, int index, Dialect dialect) throws SQLException {
        return dialect.readTime(rs, index);
    }

}
