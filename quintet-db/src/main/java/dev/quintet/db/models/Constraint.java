package dev.quintet.db.models;

import java.util.List;

/**
 * A table constraint declared in model metadata: {@link Unique} (Django's {@code UniqueConstraint}) or
 * {@link Check} ({@code CheckConstraint}).
 */
public sealed interface Constraint {
    /** The constraint name. */
    String name();

    /**
     * A UNIQUE constraint over fields.
     *
     * @param name   the constraint name
     * @param fields the field names
     */
    record Unique(String name, List<String> fields) implements Constraint {
        /** Copies the list. */
        public Unique {
            fields = List.copyOf(fields);
        }
    }

    /**
     * A CHECK constraint: the rows must match {@code condition}, a {@link Q} over the model's own fields.
     *
     * @param name      the constraint name
     * @param condition the condition
     */
    record Check(String name, Q condition) implements Constraint {
    }

    /** A UNIQUE constraint. */
    static Unique unique(String name, String... fields) {
        return new Unique(name, List.of(fields));
    }

    /** A CHECK constraint. */
    static Check check(String name, Q condition) {
        return new Check(name, condition);
    }
}
