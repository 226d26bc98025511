package dev.quintet.db.migrations;

import dev.quintet.db.models.Constraint;
import dev.quintet.db.models.Field;
import dev.quintet.db.models.Index;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.ModelMeta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One model's shape as the migrations build it (Django's {@code ModelState}): app, lower-case name, fields in order
 * (the primary key included), table name and options. Built from migrations, never from the model class, so old
 * migrations keep working after the class changes: relations are kept as {@link RelationField}s naming their target
 * by label (the ORM's class-based relation fields given here are converted).
 *
 * @param app            the app label
 * @param name           the lower-case model name
 * @param fields         the fields, each {@link Field#named named}
 * @param dbTable        the declared table name, or {@code null} for {@code <app>_<name>}
 * @param ordering       the default ordering
 * @param uniqueTogether groups of field names unique together
 * @param indexes        declared indexes
 * @param constraints    declared constraints
 */
public record ModelState(String app, String name, List<Field<?>> fields, String dbTable, List<String> ordering,
                         List<List<String>> uniqueTogether, List<Index> indexes, List<Constraint> constraints) {
    /** Copies the lists and lower-cases the name. */
    public ModelState {
        name = name.toLowerCase(Locale.ROOT);
        fields = fields.stream().<Field<?>>map(RelationField::historical).toList();
        ordering = List.copyOf(ordering);
        uniqueTogether = uniqueTogether.stream().map(List::copyOf).toList();
        indexes = List.copyOf(indexes);
        constraints = List.copyOf(constraints);
    }

    /** A model with fields and no options. */
    public static ModelState of(String app, String name, List<Field<?>> fields) {
        return new ModelState(app, name, fields, null, List.of(), List.of(), List.of(), List.of());
    }

    /** The state of an installed model, read from its metadata. */
    public static ModelState from(ModelMeta<?> meta) {
        List<Field<?>> fields = new ArrayList<>();
        for (Field<?> f : meta.fields()) {
            fields.add(f);
        }
        String defaultTable = meta.appLabel() + "_" + meta.modelName();
        return new ModelState(meta.appLabel(), meta.modelName(), fields,
                meta.dbTable().equals(defaultTable) ? null : meta.dbTable(), meta.ordering(), meta.uniqueTogether(),
                meta.indexes(), meta.constraints());
    }

    /** {@code app.name}, the key in a {@link ProjectState}. */
    public String key() {
        return app + "." + name;
    }

    /** The table name. */
    public String table() {
        return dbTable != null ? dbTable : app + "_" + name;
    }

    /** A field by name, or {@code null}. */
    public Field<?> field(String fieldName) {
        for (Field<?> f : fields) {
            if (f.name().equals(fieldName)) {
                return f;
            }
        }
        return null;
    }

    /** A field by name; fails naming the model when absent. */
    public Field<?> requireField(String fieldName) {
        Field<?> f = field(fieldName);
        if (f == null) {
            throw new IllegalStateException("Model " + key() + " has no field '" + fieldName + "' in the migration state");
        }
        return f;
    }

    /**
     * Metadata for the schema editor (without many-to-many fields, whose tables the operations manage); relation
     * fields must be resolved, which they are in a state taken from a {@link ProjectState}.
     */
    public ModelMeta<Model> toMeta() {
        return ModelMeta.detached(app, name, b -> {
            for (Field<?> f : fields) {
                if (f.isConcrete()) {
                    b.field(f.name(), f);
                }
            }
            if (dbTable != null) {
                b.dbTable(dbTable);
            } else {
                b.dbTable(app + "_" + name);
            }
            if (!ordering.isEmpty()) {
                b.ordering(ordering.toArray(String[]::new));
            }
            uniqueTogether.forEach(g -> b.uniqueTogether(g.toArray(String[]::new)));
            indexes.forEach(b::index);
            constraints.forEach(b::constraint);
        });
    }

    /** The many-to-many fields. */
    public List<RelationField> manyToMany() {
        return fields.stream().filter(f -> f instanceof RelationField r && r.kind() == RelationField.Kind.MANY_TO_MANY)
                .map(f -> (RelationField) f).toList();
    }

    /** The primary key field. */
    public Field<?> pk() {
        return fields.stream().filter(Field::isPrimaryKey).findFirst()
                .orElseThrow(() -> new IllegalStateException("Model " + key() + " has no primary key in the migration state"));
    }

    // ---- withers -------------------------------------------------------------------------------------

    /** With another name (and the same declared table). */
    public ModelState withName(String newName) {
        return new ModelState(app, newName, fields, dbTable, ordering, uniqueTogether, indexes, constraints);
    }

    /** With other fields. */
    public ModelState withFields(List<Field<?>> newFields) {
        return new ModelState(app, name, newFields, dbTable, ordering, uniqueTogether, indexes, constraints);
    }

    /** With a field appended. */
    public ModelState plusField(Field<?> f) {
        if (field(f.name()) != null) {
            throw new IllegalStateException("Model " + key() + " already has a field '" + f.name() + "'");
        }
        List<Field<?>> list = new ArrayList<>(fields);
        list.add(f);
        return withFields(list);
    }

    /** Without a field. */
    public ModelState minusField(String fieldName) {
        requireField(fieldName);
        return withFields(fields.stream().filter(f -> !f.name().equals(fieldName)).toList());
    }

    /** With a field replaced in place (same position). */
    public ModelState replaceField(String fieldName, Field<?> f) {
        requireField(fieldName);
        return withFields(fields.stream().<Field<?>>map(x -> x.name().equals(fieldName) ? f : x).toList());
    }

    /** With another declared table. */
    public ModelState withDbTable(String table) {
        return new ModelState(app, name, fields, table, ordering, uniqueTogether, indexes, constraints);
    }

    /** With another ordering. */
    public ModelState withOrdering(List<String> newOrdering) {
        return new ModelState(app, name, fields, dbTable, newOrdering, uniqueTogether, indexes, constraints);
    }

    /** With other unique-together groups. */
    public ModelState withUniqueTogether(List<List<String>> groups) {
        return new ModelState(app, name, fields, dbTable, ordering, groups, indexes, constraints);
    }

    /** With other indexes. */
    public ModelState withIndexes(List<Index> newIndexes) {
        return new ModelState(app, name, fields, dbTable, ordering, uniqueTogether, newIndexes, constraints);
    }

    /** With other constraints. */
    public ModelState withConstraints(List<Constraint> newConstraints) {
        return new ModelState(app, name, fields, dbTable, ordering, uniqueTogether, indexes, newConstraints);
    }

    /** Whether two states describe the same schema and options (fields compared as migration source). */
    public boolean sameAs(ModelState o) {
        return Objects.equals(render(), o.render());
    }

    private String render() {
        return MigrationWriter.renderState(this);
    }
}
