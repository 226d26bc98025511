package dev.quintet.db.models;

import java.util.Map;

/**
 * What {@link DateField} and {@link DateTimeField} share: Django's {@code auto_now} (set on every
 * save) and {@code auto_now_add} (set when the row is created), both implying not editable and
 * blank. {@code Model.save()} (and {@code create}) and {@code bulkCreate} stamp them.
 * {@code QuerySet.update()} and {@code bulkUpdate()} never do, as Django's: pass the field
 * explicitly ({@code update("modified", Timezone.now())}) to set it in a set-based update.
 *
 * @param <F> the concrete field type, so that the fluent options keep it
 */
public abstract sealed class AutoNowField<F extends AutoNowField<F>> extends Field<F> permits DateField, DateTimeField {
    private boolean autoNow;
    private boolean autoNowAdd;

    AutoNowField(FieldOptions opts, String name, Class<?> model) {
        super(opts, name, model);
    }

    /** A new field of the concrete type with these options, the flags not yet set. */
    abstract F create(FieldOptions opts, String name, Class<?> model);

    @Override
    protected final F copy(FieldOptions opts, String name, Class<?> model) {
        F f = create(opts, name, model);
        AutoNowField<F> copy = f;
        copy.autoNow = autoNow;
        copy.autoNowAdd = autoNowAdd;
        return f;
    }

    /** Set to now on every save (Django's {@code auto_now}); implies not editable and blank. */
    public F autoNow() {
        F f = copy(opts.withEditable(false).withBlank(true), name, model);
        AutoNowField<F> stamped = f;
        stamped.autoNow = true;
        return f;
    }

    /** Set to now when first created (Django's {@code auto_now_add}); implies not editable and blank. */
    public F autoNowAdd() {
        F f = copy(opts.withEditable(false).withBlank(true), name, model);
        AutoNowField<F> stamped = f;
        stamped.autoNowAdd = true;
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

    /** Whether a save that {@code adding} (an insert) or not (an update) sets this field to now. */
    public boolean stampsOnSave(boolean adding) {
        return autoNow || (adding && autoNowAdd);
    }

    @Override
    public Map<String, Object> dbParameters() {
        return Map.of("auto_now", autoNow, "auto_now_add", autoNowAdd);
    }
}
