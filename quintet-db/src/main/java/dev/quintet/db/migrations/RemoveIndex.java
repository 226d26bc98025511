package dev.quintet.db.migrations;

import dev.quintet.db.models.Index;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops a declared index; backwards, creates it again.
 *
 * @param model the lower-case model name
 * @param name the name
 */
public record RemoveIndex(String model, String name) implements Operation {
    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        ModelState m = state.get(app, model);
        List<Index> list = new ArrayList<>(m.indexes());
        if (!list.removeIf(i -> i.name().equals(name))) { throw new IllegalStateException("No index " + name + " on " + m.key()); }
        return state.with(m.withIndexes(list));
    }

    @Override
    public void databaseForwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        ctx.editor().removeIndex(from.get(app, model).toMeta(), find(from.get(app, model)));
    }

    @Override
    public void databaseBackwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        ctx.editor().addIndex(to.get(app, model).toMeta(), find(to.get(app, model)));
    }

    @Override
    public String describe() {
        return "Remove index " + name + " from " + model;
    }

    @Override
    public String nameFragment() {
        return "remove_" + model + "_" + name;
    }

    @Override
    public String modelName() {
        return model;
    }

    private Index find(ModelState m) {
        return m.indexes().stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No index " + name + " on " + m.key()));
    }
}
