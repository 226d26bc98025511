package dev.quintet.db.migrations;

import dev.quintet.db.migrations.internal.JoinTables;

/**
 * Creates a model's table (and its many-to-many join tables); backwards, drops them.
 *
 * @param model the new model's state
 */
public record CreateModel(ModelState model) implements Operation {
    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        if (state.find(app, model.name()) != null) {
            throw new IllegalStateException("Model " + app + "." + model.name() + " already exists in the migration state");
        }
        return state.with(model);
    }

    @Override
    public void databaseForwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        ModelState m = to.get(app, model.name());
        ctx.editor().createModel(m.toMeta());
        JoinTables.create(ctx.editor(), to, m);
    }

    @Override
    public void databaseBackwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        ModelState m = from.get(app, model.name());
        JoinTables.drop(ctx.editor(), from, m);
        ctx.editor().deleteModel(m.toMeta());
    }

    @Override
    public String describe() {
        return "Create model " + model.name();
    }

    @Override
    public String nameFragment() {
        return model.name();
    }

    @Override
    public String modelName() {
        return model.name();
    }
}
