package dev.quintet.db.models;

import java.util.List;

/**
 * An index declared in model metadata (Django's {@code models.Index}); a {@code -} before a field name makes that
 * column descending.
 *
 * @param name   the index name
 * @param fields the field names
 */
public record Index(String name, List<String> fields) {
    /** Copies the list. */
    public Index {
        fields = List.copyOf(fields);
    }

    /** An index over fields. */
    public static Index of(String name, String... fields) {
        return new Index(name, List.of(fields));
    }
}
