package dev.quintet.db.models;

import dev.quintet.db.backends.Dialect;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A calendar date; values are {@code LocalDate}. */
public final class DateField extends AutoNowField<DateField> {
    private DateField(FieldOptions opts, String name, Class<?> model) {
        super(opts, name, model);
    }

    /** A new field. */
    public static DateField of() {
        return new DateField(FieldOptions.DEFAULTS, null, null);
    }

    @Override
    DateField create(FieldOptions opts, String name, Class<?> model) {
        return new DateField(opts, name, model);
    }

    @Override
    public String internalType() {
        return "DateField";
    }

    @Override
    public Class<?> javaType() {
        return java.time.LocalDate.class;
    }

    @Override
    public Object toJava(Object value) {
        return dev.quintet.db.models.internal.Temporal.toDate(value);
    }

    @Override
    public Object fromDb(ResultSet rs, int index, Dialect dialect) throws SQLException {
        return dialect.readDate(rs, index);
    }
}
