package dev.quintet.db.migrations;

import java.util.List;

/**
 * Changes options that live only in the state, such as the default ordering; no SQL.
 *
 * @param model    the lower-case model name
 * @param ordering the new default ordering
 */
public record AlterModelOptions(String model, List<String> ordering) implements Operation {
    /** Copies the list. */
    public AlterModelOptions {
        ordering = List.copyOf(ordering);
    }

    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        return state.with(state.get(app, model).withOrdering(ordering));
    }

    @Override
    public void databaseForwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        // ordering is applied by queries, not stored in the schema
    }

    @Override
    public void databaseBackwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        // nothing to undo in the database
    }

    @Override
    public String describe() {
        return "Change Meta options on " + model;
    }

    @Override
    public String nameFragment() {
        return "alter_" + model + "_options";
    }

    @Override
    public String modelName() {
        return model;
    }
}
