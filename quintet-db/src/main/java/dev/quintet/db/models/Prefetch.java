package dev.quintet.db.models;

/**
 * A prefetch lookup with a custom QuerySet and optional target name (Django's {@code Prefetch}):
 * {@code prefetchRelated(Prefetch.of("comments", Comment.objects.filter("approved", true)).toAttr("approvedComments"))}.
 *
 * @param lookup   the relation path
 * @param queryset the QuerySet of related objects, or {@code null} for the default manager
 * @param toAttr   where the list is stored ({@link Model#prefetched(String)}), or {@code null} for the relation's manager
 */
public record Prefetch(String lookup, QuerySet<? extends Model> queryset, String toAttr) {
    /** A prefetch with a custom QuerySet. */
    public static Prefetch of(String lookup, QuerySet<? extends Model> queryset) {
        return new Prefetch(lookup, queryset, null);
    }

    /** Stores the list under another name. */
    public Prefetch toAttr(String name) {
        return new Prefetch(lookup, queryset, name);
    }
}
