package dev.quintet.db.migrations.internal;

import dev.quintet.db.SchemaEditor;
import dev.quintet.db.migrations.ModelState;
import dev.quintet.db.migrations.ProjectState;
import dev.quintet.db.migrations.RelationField;
import dev.quintet.db.models.Field;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.ModelMeta;
import dev.quintet.db.models.internal.Names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The auto-created join tables of many-to-many fields in a historical state. The join table has the shape the ORM
 * gives it: {@code <table>_<field>} with a {@code <model>_id} column referencing the owner and a {@code <target>_id}
 * column referencing the target ({@code from_<model>_id} and {@code to_<model>_id} for a relation to itself).
 */
public final class JoinTables {
    private JoinTables() {
    }

    /** The join table's metadata for a many-to-many field of {@code owner}, its links resolved in {@code state}. */
    public static ModelMeta<Model> meta(ProjectState state, ModelState owner, RelationField f) {
        boolean self = f.to().equals(owner.key());
        String from = self ? "from_" + owner.name() : owner.name();
        String to = self ? "to_" + f.targetModel() : f.targetModel();
        String table = f.declaredDbTable() != null ? f.declaredDbTable() : owner.table() + "_" + Names.snake(f.name());
        Field<?> fromField = state.resolve(RelationField.foreignKey(owner.key()).named(from));
        Field<?> toField = state.resolve(RelationField.foreignKey(f.to()).named(to));
        return meta(owner, f, table, List.of(fromField, toField));
    }

    private static ModelMeta<Model> meta(ModelState owner, RelationField f, String table, List<Field<?>> links) {
        return ModelMeta.detached(owner.app(), (owner.name() + "_" + f.name()).toLowerCase(Locale.ROOT), b -> {
            b.dbTable(table);
            links.forEach(l -> b.field(l.name(), l));
            b.uniqueTogether(links.stream().map(Field::name).toArray(String[]::new));
        });
    }

    /** Creates the join tables of a model's auto-created many-to-many fields. */
    public static void create(SchemaEditor ed, ProjectState state, ModelState owner) {
        for (RelationField f : owner.manyToMany()) {
            create(ed, state, owner, f);
        }
    }

    /** Creates one join table (nothing for an explicit {@code through} model). */
    public static void create(SchemaEditor ed, ProjectState state, ModelState owner, RelationField f) {
        if (f.throughModel() == null) {
            ed.createModel(meta(state, owner, f));
        }
    }

    /** Drops one join table. */
    public static void drop(SchemaEditor ed, ProjectState state, ModelState owner, RelationField f) {
        if (f.throughModel() == null) {
            ed.deleteModel(meta(state, owner, f));
        }
    }

    /** Drops the join tables of a model. */
    public static void drop(SchemaEditor ed, ProjectState state, ModelState owner) {
        for (RelationField f : owner.manyToMany()) {
            drop(ed, state, owner, f);
        }
    }

    /**
     * Moves a join table from its shape in {@code before} to its shape in {@code after} (a model renamed): renames the
     * table, then each link column whose name or target changed, keeping the rows.
     */
    public static void reshape(SchemaEditor ed, ProjectState before, ModelState ownerBefore, ProjectState after,
                               ModelState ownerAfter, RelationField f) {
        if (f.throughModel() != null) {
            return;
        }
        ModelMeta<Model> a = meta(before, ownerBefore, f);
        ModelMeta<Model> b = meta(after, ownerAfter, (RelationField) ownerAfter.requireField(f.name()));
        if (!a.dbTable().equals(b.dbTable())) {
            ed.alterDbTable(a.dbTable(), b.dbTable());
        }
        List<Field<?>> links = new ArrayList<>(a.concreteFields().subList(1, 3));
        for (int i = 0; i < 2; i++) {
            Field<?> x = links.get(i);
            Field<?> y = b.concreteFields().get(i + 1);
            if (!x.column().equals(y.column()) || !((RelationField) x).referencedTable().equals(((RelationField) y).referencedTable())) {
                ed.alterField(meta(ownerAfter, f, b.dbTable(), links), x, y);
                links.set(i, y);
            }
        }
    }
}
