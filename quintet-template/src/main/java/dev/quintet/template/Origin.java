package dev.quintet.template;

import dev.quintet.template.loaders.Loader;
import java.util.Objects;

/**
 * Where a template comes from: its full name (a path or a URL), the name it was asked for, and the
 * loader that has it. Two origins are equal when their full name and loader are.
 */
public final class Origin {
    /** The origin of templates made from a string. */
    public static final Origin UNKNOWN = new Origin("<unknown source>", null, null);

    private final String name;
    private final String templateName;
    private final Loader loader;

    public Origin(String name, String templateName, Loader loader) {
        this.name = Objects.requireNonNull(name);
        this.templateName = templateName;
        this.loader = loader;
    }

    /** The full name: a file path, a resource URL, or the template name for in-memory templates. */
    public String name() {
        return name;
    }

    /** The name the template was asked for, as in {@code {% extends "base.html" %}}; may be null. */
    public String templateName() {
        return templateName;
    }

    /** The loader that found it, or null. */
    public Loader loader() {
        return loader;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Origin other && other.name.equals(name) && other.loader == loader;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + System.identityHashCode(loader);
    }

    @Override
    public String toString() {
        return name;
    }
}
