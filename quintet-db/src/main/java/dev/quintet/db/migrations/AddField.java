package dev.quintet.db.migrations;

import dev.quintet.db.migrations.internal.JoinTables;
import dev.quintet.db.models.Field;

/**
 * Adds a field: a column (with its unique constraint, index, foreign key) or a many-to-many join table.
 * {@code preserveDefault = false} marks a one-off default used only to fill existing rows (the state keeps the
 * field as the model declares it).
 *
 * @param model           the lower-case model name
 * @param name            the field name
 * @param field           the field declaration
 * @param preserveDefault whether the default stays in the state
 * @param stateField      the field as the state records it when the default is one-off ({@code null} otherwise)
 */
public record AddField(String model, String name, Field<?> field, boolean preserveDefault, Field<?> stateField) implements Operation {
    /** Names the field. */
    public AddField {
        field = RelationField.historical(field.named(name));
        stateField = stateField == null ? null : RelationField.historical(stateField.named(name));
    }

    /** Adds {@code field} as declared. */
    public AddField(String model, String name, Field<?> field) {
        this(model, name, field, true, null);
    }

    /** Adds {@code declared}, filling existing rows with {@code withOneOffDefault} (a copy carrying the default). */
    public static AddField withOneOffDefault(String model, String name, Field<?> declared, Field<?> withOneOffDefault) {
        return new AddField(model, name, withOneOffDefault, false, declared);
    }

    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        return state.with(state.get(app, model).plusField(stateField != null ? stateField : field));
    }

    @Override
    public void databaseForwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        ModelState before = from.get(app, model);
        if (!field.isConcrete()) {
            JoinTables.create(ctx.editor(), to, to.get(app, model), (RelationField) to.get(app, model).requireField(name));
            return;
        }
        ctx.editor().addField(before.toMeta(), to.resolve(field));
    }

    @Override
    public void databaseBackwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        ModelState after = from.get(app, model);
        Field<?> f = after.requireField(name);
        if (f instanceof RelationField m2m && !f.isConcrete()) {
            JoinTables.drop(ctx.editor(), from, after, m2m);
            return;
        }
        ctx.editor().removeField(after.toMeta(), f);
    }

    @Override
    public String describe() {
        return "Add field " + name + " to " + model;
    }

    @Override
    public String nameFragment() {
        return model + "_" + dev.quintet.db.models.internal.Names.snake(name);
    }

    @Override
    public String modelName() {
        return model;
    }
}
