package dev.quintet.db.migrations;

import dev.quintet.db.models.Field;

/**
 * Changes a field's type or options (nullability, uniqueness, index, length...) in place.
 *
 * @param model the lower-case model name
 * @param name  the field name
 * @param field the new declaration
 */
public record AlterField(String model, String name, Field<?> field) implements Operation {
    /** Names the field. */
    public AlterField {
        field = RelationField.historical(field.named(name));
    }

    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        return state.with(state.get(app, model).replaceField(name, field));
    }

    @Override
    public void databaseForwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        alter(ctx, from.get(app, model), to.get(app, model));
    }

    @Override
    public void databaseBackwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        alter(ctx, from.get(app, model), to.get(app, model));
    }

    private void alter(MigrationContext ctx, ModelState before, ModelState after) {
        Field<?> a = before.requireField(name);
        Field<?> b = after.requireField(name);
        if (a.isConcrete() && b.isConcrete()) {
            ctx.editor().alterField(before.toMeta(), a, b);
        }
    }

    @Override
    public String describe() {
        return "Alter field " + name + " on " + model;
    }

    @Override
    public String nameFragment() {
        return "alter_" + model + "_" + dev.quintet.db.models.internal.Names.snake(name);
    }

    @Override
    public String modelName() {
        return model;
    }
}
