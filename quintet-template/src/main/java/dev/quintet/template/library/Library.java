package dev.quintet.template.library;

import dev.quintet.template.internal.tags.CustomTags;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
    private final Map<String, TagParser> tags = new LinkedHashMap<>();

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

    /**
     * Registers a tag compiled by {@code parser}, with full access to the template's tokens:
     * Django's {@code @register.tag}. A second tag of the same name replaces the first.
     */
    public Library tag(String name, TagParser parser) {
        if (name == null || name.isBlank() || parser == null) {
            throw new IllegalArgumentException("a tag needs a name and a parser");
        }
        tags.put(name, parser);
        return this;
    }

    /**
     * Registers a simple tag: {@code {% name arg1 arg2 key=value %}} or
     * {@code {% name ... as var %}}. The arguments are resolved as variables and handed to
     * {@code function}; its result is rendered conditionally escaped (a
     * {@link dev.quintet.template.SafeString} is not escaped), or stored in {@code var}.
     */
    public Library simpleTag(String name, SimpleTagFunction function) {
        return tag(name, CustomTags.simpleTag(name, function));
    }

    /**
     * Registers an inclusion tag: like a simple tag, but {@code function} returns the variables
     * with which {@code templateName} is rendered in place of the tag.
     */
    public Library inclusionTag(String name, String templateName, InclusionTagFunction function) {
        return tag(name, CustomTags.inclusionTag(name, List.of(templateName), function));
    }

    /** The tags, by name, in registration order. */
    public Map<String, TagParser> tags() {
        return Collections.unmodifiableMap(tags);
    }
}
