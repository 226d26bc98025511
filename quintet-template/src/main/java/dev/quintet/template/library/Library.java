package dev.quintet.template.library;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A set of filters and tags that templates load with {@code {% load name %}}, or that the engine
 * installs as built-ins. Django's built-in tags and filters register through this same API.
 *
 * <pre>{@code
 * Library shout = new Library()
 *     .filter("shout", (value, arg, ctx) -> String.valueOf(value).toUpperCase() + "!");
 * Engine engine = Engine.builder().library("shout", shout).build();
 * // {% load shout %}{{ name|shout }}
 * }</pre>
 *
 * <p>A library is filled at start-up and read-only once an engine is built from it.
 */
public final class Library {
    private final Map<String, Filter> filters = new LinkedHashMap<>();

    /** Registers a filter that takes no argument, is not safe and does not need autoescape. */
    public Library filter(String name, Filter.FilterFunction function) {
        return filter(new Filter(name, function, Filter.Arity.OPTIONAL, false, false, false));
    }

    /** Registers a fully described filter; a second filter of the same name replaces the first. */
    public Library filter(Filter filter) {
        filters.put(filter.name(), filter);
        return this;
    }

    /** The filters, by name, in registration order. */
    public Map<String, Filter> filters() {
        return Collections.unmodifiableMap(filters);
    }
}
