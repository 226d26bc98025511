package dev.quintet.urls;

import dev.quintet.urls.internal.BuiltinConverter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An immutable registry of path converters by name: the built-in ones plus those a project
 * registers. {@link #register} returns a new registry; registering a name twice is an error, as in
 * Django 6.
 */
public final class Converters {
    private static final Converters DEFAULTS = new Converters(builtins());

    private final Map<String, Converter> byName;

    private Converters(Map<String, Converter> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    private static Map<String, Converter> builtins() {
        Map<String, Converter> map = new LinkedHashMap<>();
        for (BuiltinConverter c : BuiltinConverter.values()) {
            map.put(c.converterName(), c);
        }
        return map;
    }

    /** The built-in converters: {@code int}, {@code str}, {@code slug}, {@code uuid}, {@code path}. */
    public static Converters defaults() {
        return DEFAULTS;
    }

    /**
     * A registry with {@code converter} added as {@code name}.
     *
     * @throws IllegalArgumentException when {@code name} is already registered or is not an identifier
     */
    public Converters register(String name, Converter converter) {
        if (name == null || name.isEmpty() || name.indexOf(':') >= 0 || name.indexOf('>') >= 0
                || !name.strip().equals(name)) {
            throw new IllegalArgumentException("Invalid converter name '" + name + "'.");
        }
        if (converter == null) {
            throw new IllegalArgumentException("Converter '" + name + "' is null.");
        }
        if (byName.containsKey(name)) {
            throw new IllegalArgumentException("Converter '" + name + "' is already registered.");
        }
        Map<String, Converter> copy = new LinkedHashMap<>(byName);
        copy.put(name, converter);
        return new Converters(copy);
    }

    /** The converter registered as {@code name}, or {@code null}. */
    public Converter get(String name) {
        return byName.get(name);
    }

    /** The registered names, built-ins first. */
    public Set<String> names() {
        return byName.keySet();
    }
}
