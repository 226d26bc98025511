package dev.quintet.db.migrations;

import dev.quintet.db.models.Constraint;

/**
 * Drops a declared constraint; backwards, creates it again.
 *
 * @param model the lower-case model name
 * @param name  the constraint's name
 */
public record RemoveConstraint(String model, String name) implements ModelItemOperation.Removes<Constraint> {
    @Override
    public Kind<Constraint> kind() {
        return Kind.CONSTRAINT;
    }

    @Override
    public String itemName() {
        return name;
    }
}
