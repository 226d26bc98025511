package dev.quintet.db.migrations;

import dev.quintet.db.models.Index;

import java.util.ArrayList;
import java.util.List;

/**
 * Creates a declared index.
 *
 * @param model the lower-case model name
 * @param index the index
 */
public record AddIndex(String model, Index index) implements Operation {
    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        ModelState m = state.get(app, model);
        List<Index> list = new ArrayList<>(m.indexes());
        list.add(index);
        return state.with(m.withIndexes(list));
    }

    @Override
    public void databaseForwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        ctx.editor().addIndex(to.get(app, model).toMeta(), index);
    }

    @Override
    public void databaseBackwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        ctx.editor().removeIndex(from.get(app, model).toMeta(), index);
    }

    @Override
    public String describe() {
        return "Create index " + index.name() + " on " + model;
    }

    @Override
    public String nameFragment() {
        return model + "_" + index.name();
    }

    @Override
    public String modelName() {
        return model;
    }
}
