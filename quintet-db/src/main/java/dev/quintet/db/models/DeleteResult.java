package dev.quintet.db.models;

import java.util.Map;

/**
 * What a deletion removed (Django's {@code (total, {label: count})}).
 *
 * @param total   rows deleted in all
 * @param byModel rows deleted per model label ({@code blog.Post})
 */
public record DeleteResult(int total, Map<String, Integer> byModel) {
    /** Copies the map. */
    public DeleteResult {
        byModel = Map.copyOf(byModel);
    }
}
