package dev.quintet.db.migrations;

import dev.quintet.db.migrations.internal.JoinTables;
import dev.quintet.db.models.Field;

/**
 * Removes a field's column or join table; backwards, adds it again (its data is not restored).
 *
 * @param model the lower-case model name
 * @param name  the field name
 */
public record RemoveField(String model, String name) implements Operation {
    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        return state.with(state.get(app, model).minusField(name));
    }

    @Override
    public void databaseForwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        ModelState before = from.get(app, model);
        Field<?> f = before.requireField(name);
        if (f instanceof RelationField m2m && !f.isConcrete()) {
            JoinTables.drop(ctx.editor(), from, before, m2m);
            return;
        }
        ctx.editor().removeField(before.toMeta(), f);
    }

    @Override
    public void databaseBackwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        ModelState current = from.get(app, model);
        Field<?> f = to.get(app, model).requireField(name);
        if (f instanceof RelationField m2m && !f.isConcrete()) {
            JoinTables.create(ctx.editor(), to, to.get(app, model), m2m);
            return;
        }
        ctx.editor().addField(current.toMeta(), f.isNullable() || f.hasDefault() ? f : f.nullable());
        if (!f.isNullable() && !f.hasDefault()) {
            ctx.editor().alterField(to.get(app, model).toMeta(), f.nullable(), f);
        }
    }

    @Override
    public String describe() {
        return "Remove field " + name + " from " + model;
    }

    @Override
    public String nameFragment() {
        return "remove_" + model + "_" + dev.quintet.db.models.internal.Names.snake(name);
    }

    @Override
    public String modelName() {
        return model;
    }
}
