package dev.quintet.db.migrations.internal;

import dev.quintet.db.SchemaEditor;
import dev.quintet.db.migrations.ModelState;
import dev.quintet.db.models.BigIntegerField;
import dev.quintet.db.models.Field;
import dev.quintet.db.models.ForeignKey;
import dev.quintet.db.models.IntegerField;
import dev.quintet.db.models.ManyToManyField;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.ModelMeta;
import dev.quintet.db.models.internal.Names;

import java.util.Locale;

/**
 * The auto-created join tables of many-to-many fields in a historical state. The join table has the shape the ORM
 * gives it ({@code <table>_<field>} with {@code <model>_id} and {@code <target>_id}); the column pointing at the
 * historical owner is a plain integer column, since the owner has no class to reference.
 */
public final class JoinTables {
    private JoinTables() {
    }

    /** The join table's metadata for a many-to-many field of {@code owner}. */
    public static ModelMeta<Model> meta(ModelState owner, ManyToManyField f) {
        String target = Names.modelName(f.target());
        boolean self = target.equals(owner.name());
        String from = self ? "from_" + owner.name() : owner.name();
        String to = self ? "to_" + target : target;
        String table = f.declaredDbTable() != null ? f.declaredDbTable() : owner.table() + "_" + Names.snake(f.name());
        Field<?> pk = owner.fields().stream().filter(Field::isPrimaryKey).findFirst().orElseThrow();
        Field<?> fromField = pk.internalType().equals("AutoField") ? IntegerField.of().dbColumn(from + "_id") : BigIntegerField.of().dbColumn(from + "_id");
        return ModelMeta.detached(owner.app(), (owner.name() + "_" + f.name()).toLowerCase(Locale.ROOT), b -> {
            b.dbTable(table);
            b.field(from, fromField.dbIndex());
            b.field(to, ForeignKey.to(f.target()));
            b.uniqueTogether(from, to);
        });
    }

    /** Creates the join tables of a model's auto-created many-to-many fields. */
    public static void create(SchemaEditor ed, ModelState owner) {
        for (ManyToManyField f : owner.manyToMany()) {
            create(ed, owner, f);
        }
    }

    /** Creates one join table (nothing for an explicit {@code through} model). */
    public static void create(SchemaEditor ed, ModelState owner, ManyToManyField f) {
        if (f.throughModel() == null) {
            ed.createModel(meta(owner, f));
        }
    }

    /** Drops one join table. */
    public static void drop(SchemaEditor ed, ModelState owner, ManyToManyField f) {
        if (f.throughModel() == null) {
            ed.deleteModel(meta(owner, f));
        }
    }

    /** Drops the join tables of a model. */
    public static void drop(SchemaEditor ed, ModelState owner) {
        for (ManyToManyField f : owner.manyToMany()) {
            drop(ed, owner, f);
        }
    }
}
