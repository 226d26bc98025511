package dev.quintet.db.migrations;

import dev.quintet.db.models.Field;

import java.util.List;

/**
 * Renames a field (and its column, unless the column name is declared), keeping its data; unique-together groups,
 * indexes and ordering that name it follow.
 *
 * @param model   the lower-case model name
 * @param oldName the old field name
 * @param newName the new field name
 */
public record RenameField(String model, String oldName, String newName) implements Operation {
    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        ModelState m = state.get(app, model);
        Field<?> renamed = m.requireField(oldName).named(newName);
        m = m.replaceField(oldName, renamed)
                .withUniqueTogether(m.uniqueTogether().stream().map(g -> g.stream().map(this::swap).toList()).toList())
                .withOrdering(m.ordering().stream().map(o -> o.startsWith("-") ? "-" + swap(o.substring(1)) : swap(o)).toList())
                .withIndexes(m.indexes().stream().map(i -> new dev.quintet.db.models.Index(i.name(),
                        i.fields().stream().map(n -> n.startsWith("-") ? "-" + swap(n.substring(1)) : swap(n)).toList())).toList());
        return state.with(m);
    }

    private String swap(String n) {
        return n.equals(oldName) ? newName : n;
    }

    @Override
    public void databaseForwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        ModelState before = from.get(app, model);
        Field<?> a = before.requireField(oldName);
        Field<?> b = to.get(app, model).requireField(newName);
        if (a.isConcrete() && !a.column().equals(b.column())) {
            ctx.editor().alterField(before.toMeta(), a, b);
        }
    }

    @Override
    public void databaseBackwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        ModelState current = from.get(app, model);
        Field<?> a = current.requireField(newName);
        Field<?> b = to.get(app, model).requireField(oldName);
        if (a.isConcrete() && !a.column().equals(b.column())) {
            ctx.editor().alterField(current.toMeta(), a, b);
        }
    }

    @Override
    public String describe() {
        return "Rename field " + oldName + " on " + model + " to " + newName;
    }

    @Override
    public String nameFragment() {
        return "rename_" + List.of(dev.quintet.db.models.internal.Names.snake(oldName), model,
                dev.quintet.db.models.internal.Names.snake(newName)).stream().reduce((x, y) -> x + "_" + y).orElseThrow();
    }

    @Override
    public String modelName() {
        return model;
    }
}
