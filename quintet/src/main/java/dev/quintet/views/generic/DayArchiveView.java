package dev.quintet.views.generic;

import dev.quintet.db.models.Model;
import dev.quintet.db.models.QuerySet;
import dev.quintet.views.internal.DatePeriods;
import dev.quintet.views.internal.DatePeriods.Period;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One day: Django's {@code DayArchiveView}. Flow as {@link BaseDateView}'s for the URL's
 * {@code year}, {@code month} and {@code day}; no date list; the objects are paginated with
 * {@code paginateBy}. Context adds {@code day},
 * {@code next_day}, {@code previous_day} (dates). Template: {@code blog/post_archive_day.html}.
 *
 * @param <M> the model
 */
public class DayArchiveView<M extends Model> extends BaseDateView<M> {
    /** Django's default suffix {@code _archive_day}. */
    public DayArchiveView() {
        templateNameSuffix = "_archive_day";
    }

    @Override
    protected DatedItems<M> getDatedItems() {
        LocalDate date = DatePeriods.date(getYear(), getMonth(), getDay());
        QuerySet<M> qs = datedQueryset(date, Period.DAY.next(date));
        Map<String, Object> extra = new HashMap<>();
        extra.put("day", date);
        extra.put("next_day", adjacent(date, Period.DAY, false));
        extra.put("previous_day", adjacent(date, Period.DAY, true));
        return new DatedItems<>(List.of(), qs, extra);
    }
}
