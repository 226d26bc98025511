package dev.quintet.db.migrations;

import dev.quintet.db.SchemaEditor;
import dev.quintet.db.models.Constraint;
import dev.quintet.db.models.Field;

import java.util.List;

/**
 * Sets a model's unique-together groups, adding and dropping the UNIQUE constraints that changed.
 *
 * @param model  the lower-case model name
 * @param groups the new groups of field names
 */
public record AlterUniqueTogether(String model, List<List<String>> groups) implements Operation {
    /** Copies the groups. */
    public AlterUniqueTogether {
        groups = groups.stream().map(List::copyOf).toList();
    }

    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        return state.with(state.get(app, model).withUniqueTogether(groups));
    }

    @Override
    public void databaseForwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        apply(ctx, from.get(app, model), to.get(app, model));
    }

    @Override
    public void databaseBackwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        apply(ctx, from.get(app, model), to.get(app, model));
    }

    private static void apply(MigrationContext ctx, ModelState before, ModelState after) {
        List<List<String>> removed = before.uniqueTogether().stream().filter(g -> !after.uniqueTogether().contains(g)).toList();
        List<List<String>> added = after.uniqueTogether().stream().filter(g -> !before.uniqueTogether().contains(g)).toList();
        if (!removed.isEmpty() && ctx.vendor().equals("sqlite")) {
            // SQLite cannot drop a table constraint: rebuild the table from the new state
            Field<?> pk = after.fields().stream().filter(Field::isPrimaryKey).findFirst().orElseThrow();
            ctx.editor().alterField(after.withUniqueTogether(before.uniqueTogether().stream().filter(after.uniqueTogether()::contains).toList()).toMeta(), pk, pk);
        } else {
            for (List<String> g : removed) {
                ctx.editor().removeConstraint(before.toMeta(), constraint(before, g));
            }
        }
        for (List<String> g : added) {
            ctx.editor().addConstraint(before.toMeta(), constraint(before, g));
        }
    }

    private static Constraint constraint(ModelState m, List<String> group) {
        List<String> cols = group.stream().map(n -> m.requireField(n).column()).toList();
        return new Constraint.Unique(SchemaEditor.name(m.table(), cols, "_uniq"), group);
    }

    @Override
    public String describe() {
        return "Alter unique_together for " + model + " (" + groups.size() + " constraint(s))";
    }

    @Override
    public String nameFragment() {
        return "alter_" + model + "_unique_together";
    }

    @Override
    public String modelName() {
        return model;
    }
}
