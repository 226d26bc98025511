package dev.quintet.views.generic;

import dev.quintet.db.models.Model;
import dev.quintet.db.models.QuerySet;
import dev.quintet.views.internal.DatePeriods.Period;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The latest objects, with the years holding objects: Django's {@code ArchiveIndexView}. Flow as
 * {@link BaseDateView}'s, over every date; {@code date_list} is the years, newest first; the
 * objects are also {@code latest}; paginated with {@code paginateBy}. Template:
 * {@code blog/post_archive.html}.
 *
 * <pre>{@code
 * path("archive/", View.asView(ArchiveIndexView<Post>::new,
 *         Map.of("model", Post.class, "dateField", "pubDate", "paginateBy", 10)))
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
        List<LocalDate> years = dateList(qs, Period.YEAR, true);
        return new DatedItems<>(years, years.isEmpty() ? qs.none() : qs, Map.of());
    }
}
