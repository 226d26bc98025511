package dev.quintet.urls;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The keyword arguments a URL pattern captured, already converted by their converters
 * ({@code <int:pk>} gives an {@link Integer}, {@code <uuid:id>} a {@link UUID}). Immutable.
 */
public final class Kwargs {
    /** No arguments. */
    public static final Kwargs EMPTY = new Kwargs(Map.of());

    private final Map<String, Object> values;

    private Kwargs(Map<String, Object> values) {
        this.values = values;
    }

    /** An immutable copy of {@code values}, keeping their order. */
    public static Kwargs of(Map<String, ?> values) {
        return values.isEmpty() ? EMPTY : new Kwargs(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
    }

    /** The value captured as {@code name}, or {@code null}. */
    public Object get(String name) {
        return values.get(name);
    }

    /** The value captured as {@code name}, cast to {@code type}; fails clearly when absent or of another type. */
    public <T> T get(String name, Class<T> type) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no URL argument '" + name + "'; captured: " + values.keySet());
        }
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("URL argument '" + name + "' is a "
                    + value.getClass().getSimpleName() + ", not a " + type.getSimpleName());
        }
        return type.cast(value);
    }

    /** An {@code <int:…>} argument. */
    public int getInt(String name) {
        return get(name, Integer.class);
    }

    /** A {@code <str:…>}, {@code <slug:…>} or {@code <path:…>} argument. */
    public String getString(String name) {
        return get(name, String.class);
    }

    /** A {@code <uuid:…>} argument. */
    public UUID getUuid(String name) {
        return get(name, UUID.class);
    }

    /** True when {@code name} was captured. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The arguments as an unmodifiable map. */
    public Map<String, Object> asMap() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Kwargs k && k.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
