package dev.quintet.db.models;

import dev.quintet.db.backends.Dialect;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The shared behaviour of {@link ForeignKey} and {@link OneToOneField}: a column holding the primary key of a row
 * of the {@link #target()} model. The model's Java field has type {@link Ref}; the raw key is reachable as
 * {@link #attname()} ({@code author_id}) in lookups.
 *
 * @param <F> the concrete field type
 */
public abstract class RelatedField<F extends RelatedField<F>> extends Field<F> {
    final Class<? extends Model> target;
    final OnDelete onDelete;
    final String relatedName;
    final String relatedQueryName;
    final boolean dbConstraint;

    RelatedField(FieldOptions opts, String name, Class<?> model, Class<? extends Model> target, OnDelete onDelete,
                 String relatedName, String relatedQueryName, boolean dbConstraint) {
        super(opts, name, model);
        this.target = target;
        this.onDelete = onDelete;
        this.relatedName = relatedName;
        this.relatedQueryName = relatedQueryName;
        this.dbConstraint = dbConstraint;
    }

    abstract F with(Class<? extends Model> target, OnDelete onDelete, String relatedName, String relatedQueryName, boolean dbConstraint);

    /** What deleting the target does to this row. */
    public F onDelete(OnDelete action) {
        return with(target, action, relatedName, relatedQueryName, dbConstraint);
    }

    /** The name of the reverse accessor on the target ({@code user.related("posts")}) and of reverse lookups. */
    public F relatedName(String name) {
        return with(target, onDelete, name, relatedQueryName, dbConstraint);
    }

    /** The name of reverse lookups when it differs from {@link #relatedName(String)}. */
    public F relatedQueryName(String name) {
        return with(target, onDelete, relatedName, name, dbConstraint);
    }

    /** Leaves out the database's FOREIGN KEY constraint (Django's {@code db_constraint=False}). */
    public F noDbConstraint() {
        return with(target, onDelete, relatedName, relatedQueryName, false);
    }

    @Override
    F bind(String fieldName, Class<?> owner) {
        @SuppressWarnings("unchecked")
        Class<? extends Model> t = target == null ? (Class<? extends Model>) owner : target;
        return with(t, onDelete, relatedName, relatedQueryName, dbConstraint).copy(opts, fieldName, owner);
    }

    /** The model this field points to. */
    public Class<? extends Model> target() {
        return target;
    }

    /** The deletion behaviour. */
    public OnDelete onDeleteAction() {
        return onDelete;
    }

    /** Whether a FOREIGN KEY constraint is created. */
    public boolean hasDbConstraint() {
        return dbConstraint;
    }

    /** The reverse accessor name: the declared related name, or {@code <model>_set} ({@code <model>} for one-to-one). */
    public String relatedAccessorName() {
        if (relatedName != null) {
            return relatedName;
        }
        String m = dev.quintet.db.models.internal.Names.modelName(model);
        return isOneToOne() ? m : m + "_set";
    }

    /** The reverse lookup name: related query name, else related name, else the lower-case model name. */
    public String relatedLookupName() {
        if (relatedQueryName != null) {
            return relatedQueryName;
        }
        return relatedName != null ? relatedName : dev.quintet.db.models.internal.Names.modelName(model);
    }

    /** Whether the relation is one-to-one. */
    public abstract boolean isOneToOne();

    /** The target model's metadata. */
    public ModelMeta<?> targetMeta() {
        return ModelMeta.of(target);
    }

    @Override
    public boolean isRelation() {
        return true;
    }

    @Override
    public String attname() {
        return name + "_id";
    }

    @Override
    public Class<?> javaType() {
        return Ref.class;
    }

    @Override
    public String verboseName() {
        return opts.verboseName() != null ? opts.verboseName() : super.verboseName();
    }

    @Override
    public java.util.Map<String, Object> dbParameters() {
        return java.util.Map.of("to", target == null ? "self" : target.getName(), "on_delete", onDelete);
    }

    /** Reduces a model, a {@link Ref} or a raw key to the target's primary key value. */
    @Override
    public Object toJava(Object value) {
        Object raw = switch (value) {
            case null -> null;
            case Model m -> m.pk();
            case Ref<?> r -> r.id();
            default -> value;
        };
        return raw == null ? null : targetMeta().pk().toJava(raw);
    }

    @Override
    public Object toDb(Object value, Dialect dialect) {
        Object v = toJava(value);
        return v == null ? null : targetMeta().pk().toDb(v, dialect);
    }

    @Override
    public Object fromDb(ResultSet rs, int index, Dialect dialect) throws SQLException {
        return targetMeta().pk().fromDb(rs, index, dialect);
    }
}
