package dev.quintet.db.models;

import dev.quintet.db.backends.Dialect;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A point in time, stored in UTC (Django with {@code USE_TZ = True}); values are {@code Instant} (a model's Java field may also be {@code OffsetDateTime}, {@code ZonedDateTime} or {@code LocalDateTime} in UTC). */
public final class DateTimeField extends Field<DateTimeField> {
    private DateTimeField(FieldOptions opts, String name, Class<?> model) {
        super(opts, name, model);
    }

    /** A new field. */
    public static DateTimeField of() {
        return new DateTimeField(FieldOptions.DEFAULTS, null, null);
    }

    @Override
    protected DateTimeField copy(FieldOptions opts, String name, Class<?> model) {
        DateTimeField f = new DateTimeField(opts, name, model);
        f.autoNow = autoNow;
        f.autoNowAdd = autoNowAdd;
        return f;
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
        return dev.quintet.db.models.internal.Temporal.toInstant(value);
    }

    @Override
    public Object fromDb(ResultSet rs, int index, Dialect dialect) throws SQLException {
        return dialect.readInstant(rs, index);
    }

    private boolean autoNow;
    private boolean autoNowAdd;

    /** Set to now on every save (Django's {@code auto_now}); implies not editable and blank. */
    public DateTimeField autoNow() {
        DateTimeField f = copy(opts.withEditable(false).withBlank(true), name, model);
        f.autoNow = true;
        return f;
    }

    /** Set to now when first created (Django's {@code auto_now_add}); implies not editable and blank. */
    public DateTimeField autoNowAdd() {
        DateTimeField f = copy(opts.withEditable(false).withBlank(true), name, model);
        f.autoNowAdd = true;
        return f;
    }

    /** Whether the value is set on every save. */
    public boolean isAutoNow() {
        return autoNow;
    }

    /** Whether the value is set on creation. */
    public boolean isAutoNowAdd() {
        return autoNowAdd;
    }

    @Override
    public java.util.Map<String, Object> dbParameters() {
        return java.util.Map.of("auto_now", autoNow, "auto_now_add", autoNowAdd);
    }
}
