package dev.quintet.template.internal.filters;

import dev.quintet.template.library.Library;

/**
 * Django's built-in filters, registered through the public {@link Library} API.
 */
public final class DefaultFilters {
    private DefaultFilters() {
    }

    /** A new library holding every built-in filter. */
    public static Library library() {
        return new Library();
    }
}
