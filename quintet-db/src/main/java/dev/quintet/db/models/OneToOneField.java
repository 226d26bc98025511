package dev.quintet.db.models;

/** A one-to-one relation: a unique foreign key; the target reaches it back with {@code Model.relatedObject(name)}. */
public final class OneToOneField extends RelatedField<OneToOneField> {
    private OneToOneField(FieldOptions opts, String name, Class<?> model, Class<? extends Model> target, OnDelete onDelete,
                 String relatedName, String relatedQueryName, boolean dbConstraint) {
        super(opts, name, model, target, onDelete, relatedName, relatedQueryName, dbConstraint);
    }

    /** A relation to {@code target}, deleting in cascade by default. */
    public static OneToOneField to(Class<? extends Model> target) {
        return new OneToOneField(FieldOptions.DEFAULTS.withUnique(true), null, null, target, OnDelete.CASCADE, null, null, true);
    }

    /** A relation to the declaring model itself (Django's {@code "self"}). */
    public static OneToOneField toSelf() {
        return new OneToOneField(FieldOptions.DEFAULTS.withUnique(true), null, null, null, OnDelete.CASCADE, null, null, true);
    }

    @Override
    protected OneToOneField copy(FieldOptions opts, String name, Class<?> model) {
        return new OneToOneField(opts, name, model, target, onDelete, relatedName, relatedQueryName, dbConstraint);
    }

    @Override
    OneToOneField with(Class<? extends Model> target, OnDelete onDelete, String relatedName, String relatedQueryName, boolean dbConstraint) {
        return new OneToOneField(opts, name, model, target, onDelete, relatedName, relatedQueryName, dbConstraint);
    }

    @Override
    public String internalType() {
        return "OneToOneField";
    }

    @Override
    public boolean isOneToOne() {
        return true;
    }
}
