package dev.quintet.db.migrations;

import dev.quintet.db.SchemaEditor;
import dev.quintet.db.backends.Dialect;
import dev.quintet.db.models.Field;
import dev.quintet.db.models.FieldOptions;
import dev.quintet.db.models.ManyToManyField;
import dev.quintet.db.models.ModelMeta;
import dev.quintet.db.models.OnDelete;
import dev.quintet.db.models.Ref;
import dev.quintet.db.models.RelatedField;
import dev.quintet.db.models.RelatedManager;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A relation as migrations record it: the target is a model label ({@code "people.author"}), never a class, so old
 * migrations keep working after the model class is renamed or deleted (Django writes {@code to='people.author'}).
 * Migration files declare relations with it:
 * <pre>{@code
 * RelationField.foreignKey("people.author").onDelete(OnDelete.SET_NULL).nullable().named("author")
 * RelationField.manyToMany("blog.tag").named("tags")
 * }</pre>
 * A {@link ModelState} turns the ORM's class-based {@code ForeignKey}, {@code OneToOneField} and
 * {@code ManyToManyField} into this form; a {@link ProjectState} resolves the target's table and primary key, which
 * the schema editor reads through {@link SchemaEditor.Reference}.
 */
public final class RelationField extends Field<RelationField> implements SchemaEditor.Reference {
    /** The kind of relation. */
    public enum Kind {
        /** Many-to-one, a column. */
        FOREIGN_KEY("ForeignKey"),
        /** One-to-one, a unique column. */
        ONE_TO_ONE("OneToOneField"),
        /** Many-to-many, a join table. */
        MANY_TO_MANY("ManyToManyField");

        private final String internalType;

        Kind(String internalType) {
            this.internalType = internalType;
        }
    }

    /** The target's table and primary key in a state. */
    record Target(String table, Field<?> key) {
    }

    private final Kind kind;
    private final String to;
    private final OnDelete onDelete;
    private final boolean dbConstraint;
    private final String through;
    private final String dbTable;
    private final Target target;

    private RelationField(FieldOptions opts, String name, Class<?> model, Kind kind, String to, OnDelete onDelete,
                          boolean dbConstraint, String through, String dbTable, Target target) {
        super(opts, name, model);
        this.kind = kind;
        this.to = label(to);
        this.onDelete = onDelete;
        this.dbConstraint = dbConstraint;
        this.through = through == null ? null : label(through);
        this.dbTable = dbTable;
        this.target = target;
    }

    private static String label(String label) {
        int dot = label.indexOf('.');
        if (dot <= 0 || dot == label.length() - 1 || label.indexOf('.', dot + 1) >= 0) {
            throw new IllegalArgumentException("A relation in a migration names its target as \"app.model\", not '" + label + "'");
        }
        return label.toLowerCase(Locale.ROOT);
    }

    /** A many-to-one relation to the model {@code "app.model"}, deleting in cascade by default. */
    public static RelationField foreignKey(String to) {
        return new RelationField(FieldOptions.DEFAULTS, null, null, Kind.FOREIGN_KEY, to, OnDelete.CASCADE, true, null, null, null);
    }

    /** A one-to-one relation (a unique foreign key) to the model {@code "app.model"}. */
    public static RelationField oneToOne(String to) {
        return new RelationField(unique(FieldOptions.DEFAULTS), null, null, Kind.ONE_TO_ONE, to, OnDelete.CASCADE, true, null, null, null);
    }

    /** A many-to-many relation to the model {@code "app.model"} through an auto-created join table. */
    public static RelationField manyToMany(String to) {
        return new RelationField(FieldOptions.DEFAULTS, null, null, Kind.MANY_TO_MANY, to, OnDelete.CASCADE, true, null, null, null);
    }

    private static FieldOptions unique(FieldOptions o) {
        return new FieldOptions(o.nullable(), o.blank(), o.defaultValue(), true, o.dbIndex(), o.choices(), o.validators(),
                o.dbColumn(), o.verboseName(), o.helpText(), o.primaryKey(), o.editable());
    }

    /**
     * The migration form of a field: the ORM's class-based relations become label-based ones (the target class is
     * read once, here); any other field is returned as it is.
     */
    public static Field<?> historical(Field<?> f) {
        return switch (f) {
            case RelatedField<?> rf -> new RelationField(rf.options(), rf.name(), null, rf.isOneToOne() ? Kind.ONE_TO_ONE : Kind.FOREIGN_KEY,
                    labelOf(rf.targetMeta()), rf.onDeleteAction(), rf.hasDbConstraint(), null, null, null);
            case ManyToManyField m -> new RelationField(m.options(), m.name(), null, Kind.MANY_TO_MANY, labelOf(ModelMeta.of(m.target())),
                    OnDelete.CASCADE, true, m.throughModel() == null ? null : labelOf(ModelMeta.of(m.throughModel())), m.declaredDbTable(), null);
            default -> f;
        };
    }

    private static String labelOf(ModelMeta<?> meta) {
        return meta.appLabel() + "." + meta.modelName();
    }

    @Override
    protected RelationField copy(FieldOptions opts, String name, Class<?> model) {
        return new RelationField(opts, name, model, kind, to, onDelete, dbConstraint, through, dbTable, target);
    }

    private RelationField with(String to, OnDelete onDelete, boolean dbConstraint, String through, String dbTable, Target target) {
        return new RelationField(options(), name(), model(), kind, to, onDelete, dbConstraint, through, dbTable, target);
    }

    /** What deleting the target does to this row. */
    public RelationField onDelete(OnDelete action) {
        return with(to, action, dbConstraint, through, dbTable, target);
    }

    /** Leaves out the FOREIGN KEY constraint. */
    public RelationField noDbConstraint() {
        return with(to, onDelete, false, through, dbTable, target);
    }

    /** A many-to-many relation through the explicit join model {@code "app.model"}. */
    public RelationField through(String model) {
        return with(to, onDelete, dbConstraint, model, dbTable, target);
    }

    /** The name of a many-to-many relation's auto-created join table. */
    public RelationField dbTable(String table) {
        return with(to, onDelete, dbConstraint, through, table, target);
    }

    /** With the target's table and key as {@code state} has them (unchanged when the target is not in it). */
    RelationField resolvedIn(ProjectState state) {
        if (kind == Kind.MANY_TO_MANY) {
            return this;
        }
        ModelState t = state.find(targetApp(), targetModel());
        Target found = t == null ? null : new Target(t.table(), t.fields().stream().filter(Field::isPrimaryKey).findFirst().orElse(null));
        return Objects.equals(found, target) ? this : with(to, onDelete, dbConstraint, through, dbTable, found);
    }

    /** With {@code from} replaced by {@code to} where this relation names it (as target or join model). */
    RelationField renamedTarget(String from, String to) {
        if (!this.to.equals(from) && !from.equals(through)) {
            return this;
        }
        return with(this.to.equals(from) ? to : this.to, onDelete, dbConstraint, from.equals(through) ? to : through, dbTable, null);
    }

    /** The kind of relation. */
    public Kind kind() {
        return kind;
    }

    /** The target's label, {@code app.model}. */
    public String to() {
        return to;
    }

    /** The target's app label. */
    public String targetApp() {
        return to.substring(0, to.indexOf('.'));
    }

    /** The target's lower-case model name. */
    public String targetModel() {
        return to.substring(to.indexOf('.') + 1);
    }

    /** The deletion behaviour. */
    public OnDelete onDeleteAction() {
        return onDelete;
    }

    /** The explicit join model's label, or {@code null}. */
    public String throughModel() {
        return through;
    }

    /** The declared join table name, or {@code null}. */
    public String declaredDbTable() {
        return dbTable;
    }

    @Override
    public boolean hasDbConstraint() {
        return dbConstraint;
    }

    @Override
    public String referencedTable() {
        return resolved().table();
    }

    @Override
    public Field<?> referencedKey() {
        return resolved().key();
    }

    private Target resolved() {
        if (target == null || target.key() == null) {
            throw new MigrationError("Field '" + name() + "' refers to " + to + ", which is not in the migration state"
                    + " (does the migration depend on the migration that creates it?)");
        }
        return target;
    }

    @Override
    public String internalType() {
        return kind.internalType;
    }

    @Override
    public Class<?> javaType() {
        return kind == Kind.MANY_TO_MANY ? RelatedManager.class : Ref.class;
    }

    @Override
    public boolean isRelation() {
        return true;
    }

    @Override
    public boolean isConcrete() {
        return kind != Kind.MANY_TO_MANY;
    }

    @Override
    public String attname() {
        return kind == Kind.MANY_TO_MANY ? name() : name() + "_id";
    }

    @Override
    public Map<String, Object> dbParameters() {
        return Map.of("to", to, "on_delete", onDelete, "db_constraint", dbConstraint,
                "through", through == null ? "" : through, "db_table", dbTable == null ? "" : dbTable);
    }

    @Override
    public Object fromDb(ResultSet rs, int index, Dialect dialect) throws SQLException {
        return referencedKey().fromDb(rs, index, dialect);
    }
}
