package dev.quintet.db.migrations;

import dev.quintet.db.migrations.internal.JoinTables;

/**
 * Drops a model's table and join tables; backwards, creates them again (empty).
 *
 * @param name the lower-case model name
 */
public record DeleteModel(String name) implements Operation {
    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        return state.without(app, name);
    }

    @Override
    public void databaseForwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        ModelState m = from.get(app, name);
        JoinTables.drop(ctx.editor(), from, m);
        ctx.editor().deleteModel(m.toMeta());
    }

    @Override
    public void databaseBackwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        ModelState m = to.get(app, name);
        ctx.editor().createModel(m.toMeta());
        JoinTables.create(ctx.editor(), to, m);
    }

    @Override
    public String describe() {
        return "Delete model " + name;
    }

    @Override
    public String nameFragment() {
        return "delete_" + name;
    }

    @Override
    public String modelName() {
        return name;
    }
}
