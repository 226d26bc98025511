package dev.quintet.db.models;

/** A many-to-one relation: {@code ForeignKey.to(User.class).onDelete(OnDelete.CASCADE).relatedName("posts")}; the model's Java field is a {@code Ref<User>}. */
public final class ForeignKey extends RelatedField<ForeignKey> {
    private ForeignKey(FieldOptions opts, String name, Class<?> model, Class<? extends Model> target, OnDelete onDelete,
                 String relatedName, String relatedQueryName, boolean dbConstraint) {
        super(opts, name, model, target, onDelete, relatedName, relatedQueryName, dbConstraint);
    }

    /** A relation to {@code target}, deleting in cascade by default. */
    public static ForeignKey to(Class<? extends Model> target) {
        return new ForeignKey(FieldOptions.DEFAULTS, null, null, target, OnDelete.CASCADE, null, null, true);
    }

    /** A relation to the declaring model itself (Django's {@code "self"}). */
    public static ForeignKey toSelf() {
        return new ForeignKey(FieldOptions.DEFAULTS, null, null, null, OnDelete.CASCADE, null, null, true);
    }

    @Override
    protected ForeignKey copy(FieldOptions opts, String name, Class<?> model) {
        return new ForeignKey(opts, name, model, target, onDelete, relatedName, relatedQueryName, dbConstraint);
    }

    @Override
    ForeignKey with(Class<? extends Model> target, OnDelete onDelete, String relatedName, String relatedQueryName, boolean dbConstraint) {
        return new ForeignKey(opts, name, model, target, onDelete, relatedName, relatedQueryName, dbConstraint);
    }

    @Override
    public String internalType() {
        return "ForeignKey";
    }

    @Override
    public boolean isOneToOne() {
        return false;
    }
}
