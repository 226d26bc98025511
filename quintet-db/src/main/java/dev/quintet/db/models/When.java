package dev.quintet.db.models;

/**
 * One branch of a {@link Case}: {@code When.of(Q.of("views__gt", 100), Value.of("hot"))}.
 *
 * @param condition the condition
 * @param then      the result when it holds (a constant or expression)
 */
public record When(Q condition, Object then) {
    /** A branch. */
    public static When of(Q condition, Object then) {
        return new When(condition, then);
    }

    /** A branch on one lookup. */
    public static When of(String lookup, Object value, Object then) {
        return new When(Q.of(lookup, value), then);
    }
}
