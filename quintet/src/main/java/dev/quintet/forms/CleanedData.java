package dev.quintet.forms;

import java.util.LinkedHashMap;

/**
 * A form's cleaned values by field name (Django's {@code cleaned_data}), with typed access:
 * {@code data.get(form.title)} is a {@code String} for a {@code CharField}.
 */
public final class CleanedData extends LinkedHashMap<String, Object> {
    private static final long serialVersionUID = 1L;
    private final transient Form form;

    CleanedData(Form form) {
        this.form = form;
    }

    /** The cleaned value of a declared field, typed by the field. */
    @SuppressWarnings("unchecked")
    public <T> T get(Field<T, ?> field) {
        return (T) get(form.nameOf(field));
    }

    /** The value of {@code name} as {@code type}. */
    public <T> T get(String name, Class<T> type) {
        return type.cast(get(name));
    }

    /** The value of {@code name} as a string ({@code null} when absent). */
    public String getString(String name) {
        Object v = get(name);
        return v == null ? null : v.toString();
    }
}
