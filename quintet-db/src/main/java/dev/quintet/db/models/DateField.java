package dev.quintet.db.models;

import dev.quintet.db.backends.Dialect;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A calendar date; values are {@code LocalDate}. */
public final class DateField extends Field<DateField> {
    private DateField(FieldOptions opts, String name, Class<?> model) {
        super(opts, name, model);
    }

    /** A new field. */
    public static DateField of() {
        return new DateField(FieldOptions.DEFAULTS, null, null);
    }

    @Override
    protected DateField copy(FieldOptions opts, String name, Class<?> model) {
        DateField f = new DateField(opts, name, model);
        f.autoNow = autoNow;
        f.autoNowAdd = autoNowAdd;
        return f;
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

    private boolean autoNow;
    private boolean autoNowAdd;

    /** Set to today on every save (Django's {@code auto_now}); implies not editable and blank. */
    public DateField autoNow() {
        DateField f = copy(opts.withEditable(false).withBlank(true), name, model);
        f.autoNow = true;
        return f;
    }

    /** Set to today when first created (Django's {@code auto_now_add}); implies not editable and blank. */
    public DateField autoNowAdd() {
        DateField f = copy(opts.withEditable(false).withBlank(true), name, model);
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
