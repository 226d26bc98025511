package dev.quintet.db.migrations;

/**
 * Renames a model's table ({@code .dbTable("...")} in the model; {@code null} returns to {@code <app>_<model>}).
 *
 * @param model the lower-case model name
 * @param table the new declared table name, or {@code null}
 */
public record AlterModelTable(String model, String table) implements Operation {
    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        return state.with(state.get(app, model).withDbTable(table));
    }

    @Override
    public void databaseForwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        RenameModel.moveTables(ctx, app, from, model, to, model);
    }

    @Override
    public void databaseBackwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        RenameModel.moveTables(ctx, app, from, model, to, model);
    }

    @Override
    public String describe() {
        return "Rename table for " + model + " to " + (table == null ? "(default)" : table);
    }

    @Override
    public String nameFragment() {
        return "alter_" + model + "_table";
    }

    @Override
    public String modelName() {
        return model;
    }
}
