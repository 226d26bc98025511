package dev.quintet.db.migrations;

import dev.quintet.db.models.Constraint;

/**
 * Creates a declared constraint; backwards, drops it.
 *
 * @param model the lower-case model name
 * @param constraint the constraint
 */
public record AddConstraint(String model, Constraint constraint) implements ModelItemOperation.Adds<Constraint> {
    @Override
    public Kind<Constraint> kind() {
        return Kind.CONSTRAINT;
    }

    @Override
    public Constraint item() {
        return constraint;
    }
}
