package dev.quintet.db.migrations;

import dev.quintet.db.models.Constraint;

import java.util.ArrayList;
import java.util.List;

/**
 * Adds a unique or check constraint.
 *
 * @param model the lower-case model name
 * @param constraint the constraint
 */
public record AddConstraint(String model, Constraint constraint) implements Operation {
    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        ModelState m = state.get(app, model);
        List<Constraint> list = new ArrayList<>(m.constraints());
        list.add(constraint);
        return state.with(m.withConstraints(list));
    }

    @Override
    public void databaseForwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        ctx.editor().addConstraint(to.get(app, model).toMeta(), constraint);
    }

    @Override
    public void databaseBackwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        ctx.editor().removeConstraint(from.get(app, model).toMeta(), constraint);
    }

    @Override
    public String describe() {
        return "Create constraint " + constraint.name() + " on model " + model;
    }

    @Override
    public String nameFragment() {
        return model + "_" + constraint.name();
    }

    @Override
    public String modelName() {
        return model;
    }
}
