package dev.quintet.db.migrations;

import dev.quintet.db.models.ManyToManyField;

/**
 * Renames a model; when its table name is the default ({@code <app>_<model>}) the table is renamed too, and so are
 * its auto-created join tables.
 *
 * @param oldName the lower-case old name
 * @param newName the lower-case new name
 */
public record RenameModel(String oldName, String newName) implements Operation {
    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        return state.replace(app, oldName, state.get(app, oldName).withName(newName));
    }

    @Override
    public void databaseForwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        renameTables(ctx, from.get(app, oldName), to.get(app, newName));
    }

    @Override
    public void databaseBackwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        renameTables(ctx, from.get(app, newName), to.get(app, oldName));
    }

    /** Renames a model's table and auto-created join tables from one state's names to another's. */
    static void renameTables(MigrationContext ctx, ModelState before, ModelState after) {
        if (!before.table().equals(after.table())) {
            ctx.editor().alterDbTable(before.table(), after.table());
        }
        for (ManyToManyField f : before.manyToMany()) {
            String a = dev.quintet.db.migrations.internal.JoinTables.meta(before, f).dbTable();
            String b = dev.quintet.db.migrations.internal.JoinTables.meta(after, f).dbTable();
            if (f.throughModel() == null && !a.equals(b)) {
                ctx.editor().alterDbTable(a, b);
            }
        }
    }

    @Override
    public String describe() {
        return "Rename model " + oldName + " to " + newName;
    }

    @Override
    public String nameFragment() {
        return "rename_" + oldName + "_" + newName;
    }

    @Override
    public String modelName() {
        return oldName;
    }
}
