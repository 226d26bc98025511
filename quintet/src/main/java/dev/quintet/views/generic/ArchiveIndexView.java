package dev.quintet.views.generic;

import dev.quintet.db.models.Model;
import dev.quintet.db.models.QuerySet;
import dev.quintet.views.internal.DatePeriods.Period;
import java.util.Map;

/**
 * The latest objects, with the years holding objects: Django's {@code ArchiveIndexView}. Flow as
 * {@link BaseDateView}'s, over every date; {@code date_list} is the years, newest first; the
 * objects are also {@code latest}. Template: {@code blog/post_archive.html}.
 *
 * <pre>{@code
 * path("archive/", View.asView(ArchiveIndexView<Post>::new, Map.of("model", Post.class, "dateField", "pubDate")))
 * }</pre>
 *
 * @param <M> the model
 */
public class ArchiveIndexView<M extends Model> extends BaseDateView<M> {
    /** Django's defaults: suffix {@code _archive}, context name {@code latest}. */
    public ArchiveIndexView() {
        templateNameSuffix = "_archive";
        contextObjectName = "latest";
    }

    @Override
    protected DatedItems<M> getDatedItems() {
        QuerySet<M> qs = datedQueryset(null, null);
        return new DatedItems<>(dateList(qs, Period.YEAR, true), qs.list(), Map.of());
    }
}
