package dev.quintet.db.models;

import dev.quintet.db.backends.Dialect;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A point in time, stored in UTC (Django with {@code USE_TZ = True}); values are {@code Instant} (a model's Java
 * field may also be {@code OffsetDateTime}, {@code ZonedDateTime} or {@code LocalDateTime}, the last holding UTC
 * wall-clock time). A naive value given in a query or an assignment by name is handled as
 * {@link dev.quintet.db.Timezone} says: warned about and read in the default time zone, or refused.
 */
public final class DateTimeField extends AutoNowField<DateTimeField> {
    private DateTimeField(FieldOptions opts, String name, Class<?> model) {
        super(opts, name, model);
    }

    /** A new field. */
    public static DateTimeField of() {
        return new DateTimeField(FieldOptions.DEFAULTS, null, null);
    }

    @Override
    DateTimeField create(FieldOptions opts, String name, Class<?> model) {
        return new DateTimeField(opts, name, model);
    }

    @Override
    public String internalType() {
        return "DateTimeField";
    }

    @Override
    public Class<?> javaType() {
        return java.time.Instant.class;
    }

    @Override
    public Object toJava(Object value) {
        return dev.quintet.db.models.internal.Temporal.toInstant(value, this);
    }

    @Override
    public Object fromDb(ResultSet rs, int index, Dialect dialect) throws SQLException {
        return dialect.readInstant(rs, index);
    }
}
