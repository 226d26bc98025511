package dev.quintet.db.migrations;

import dev.quintet.db.migrations.internal.JoinTables;
import dev.quintet.db.models.Field;

import java.util.List;

/**
 * Renames a model (Django's {@code RenameModel}). The state's relations naming {@code app.old} then name
 * {@code app.new}. In the database: the table is renamed when its name is the default ({@code <app>_<model>}), foreign
 * keys pointing at it follow the new table, and the auto-created join tables of many-to-many fields to or from it are
 * renamed with their {@code <old>_id} column ({@code <new>_id}); backwards undoes each step.
 *
 * @param oldName the lower-case old name
 * @param newName the lower-case new name
 */
public record RenameModel(String oldName, String newName) implements Operation {
    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        String from = app + "." + oldName.toLowerCase(java.util.Locale.ROOT);
        String to = app + "." + newName.toLowerCase(java.util.Locale.ROOT);
        ProjectState s = state.replace(app, oldName, state.get(app, oldName).withName(newName));
        for (ModelState m : s.models()) {
            List<Field<?>> fields = m.fields().stream().<Field<?>>map(f -> f instanceof RelationField r ? r.renamedTarget(from, to) : f).toList();
            if (!fields.equals(m.fields())) {
                s = s.with(m.withFields(fields));
            }
        }
        return s;
    }

    @Override
    public void databaseForwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        moveTables(ctx, app, from, oldName, to, newName);
    }

    @Override
    public void databaseBackwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        moveTables(ctx, app, from, newName, to, oldName);
    }

    /**
     * Moves a model's tables from their names in {@code before} (the model called {@code nameBefore}) to those in
     * {@code after}: its table, the foreign keys pointing at it, and the join tables of many-to-many fields to or from it.
     */
    static void moveTables(MigrationContext ctx, String app, ProjectState before, String nameBefore, ProjectState after, String nameAfter) {
        ModelState was = before.get(app, nameBefore);
        ModelState is = after.get(app, nameAfter);
        if (!was.table().equals(is.table())) {
            ctx.editor().alterDbTable(was.table(), is.table());
        }
        // SQLite rewrites the references to a renamed table itself; elsewhere the constraints are made again
        boolean moved = !was.table().equals(is.table()) && !ctx.vendor().equals("sqlite");
        for (ModelState m : before.models()) {
            ModelState now = m.key().equals(was.key()) ? is : after.get(m.app(), m.name());
            for (Field<?> f : m.fields()) {
                if (!(f instanceof RelationField r)) {
                    continue;
                }
                boolean toIt = r.to().equals(was.key());
                if (r.kind() == RelationField.Kind.MANY_TO_MANY && (toIt || m.key().equals(was.key()))) {
                    JoinTables.reshape(ctx.editor(), before, m, after, now, r);
                } else if (r.kind() != RelationField.Kind.MANY_TO_MANY && toIt && moved && r.hasDbConstraint()) {
                    ctx.editor().alterField(after.meta(now.app(), now.name()), r, now.requireField(f.name()));
                }
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
