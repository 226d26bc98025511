package dev.quintet.db.migrations;

import dev.quintet.db.models.Constraint;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops a constraint; backwards, adds it again.
 *
 * @param model the lower-case model name
 * @param name the name
 */
public record RemoveConstraint(String model, String name) implements Operation {
    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        ModelState m = state.get(app, model);
        List<Constraint> list = new ArrayList<>(m.constraints());
        if (!list.removeIf(c -> c.name().equals(name))) { throw new IllegalStateException("No constraint " + name + " on " + m.key()); }
        return state.with(m.withConstraints(list));
    }

    @Override
    public void databaseForwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        ctx.editor().removeConstraint(from.get(app, model).toMeta(), find(from.get(app, model)));
    }

    @Override
    public void databaseBackwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        ctx.editor().addConstraint(to.get(app, model).toMeta(), find(to.get(app, model)));
    }

    @Override
    public String describe() {
        return "Remove constraint " + name + " from model " + model;
    }

    @Override
    public String nameFragment() {
        return "remove_" + model + "_" + name;
    }

    @Override
    public String modelName() {
        return model;
    }

    private Constraint find(ModelState m) {
        return m.constraints().stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No constraint " + name + " on " + m.key()));
    }
}
