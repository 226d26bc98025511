package dev.quintet.db.models;

/**
 * A reverse relation: another model's {@link ForeignKey}, {@link OneToOneField} or {@link ManyToManyField} pointing
 * at this model, seen from this side (Django's {@code ForeignObjectRel}).
 *
 * @param relatedModel the model declaring the field
 * @param field        the declaring field
 * @param accessorName the name used with {@link Model#related(String)} ({@code posts} or {@code post_set})
 * @param lookupName   the name used in lookups ({@code posts__title})
 * @param multiValued  whether one row here matches many there (false for one-to-one)
 */
public record RelatedObject(ModelMeta<?> relatedModel, Field<?> field, String accessorName, String lookupName,
                            boolean multiValued) {
}
