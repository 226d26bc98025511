package dev.quintet.views.generic;

import dev.quintet.db.models.Model;
import dev.quintet.db.models.QuerySet;
import dev.quintet.views.internal.DatePeriods.Period;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * One year: Django's {@code YearArchiveView}. Flow as {@link BaseDateView}'s for the URL's
 * {@code year}; {@code date_list} is the months holding objects; the objects are listed only with
 * {@code makeObjectList} (paginated with {@code paginateBy}; without {@code makeObjectList} there is
 * nothing to paginate, so as in Django every page is a 404 unless {@code allowEmpty}). Context adds {@code year}, {@code next_year}, {@code previous_year} (dates).
 * Template: {@code blog/post_archive_year.html}.
 *
 * @param <M> the model
 */
public class YearArchiveView<M extends Model> extends BaseDateView<M> {
    /** List the year's objects (not only the months). */
    protected boolean makeObjectList;

    /** Django's default suffix {@code _archive_year}. */
    public YearArchiveView() {
        templateNameSuffix = "_archive_year";
    }

    @Override
    protected DatedItems<M> getDatedItems() {
        LocalDate start = LocalDate.of(getYear(), 1, 1);
        QuerySet<M> qs = datedQueryset(start, Period.YEAR.next(start));
        Map<String, Object> extra = new HashMap<>();
        extra.put("year", start);
        extra.put("next_year", adjacent(start, Period.YEAR, false));
        extra.put("previous_year", adjacent(start, Period.YEAR, true));
        return new DatedItems<>(dateList(qs, Period.MONTH, false), makeObjectList ? qs : qs.none(), extra);
    }
}
