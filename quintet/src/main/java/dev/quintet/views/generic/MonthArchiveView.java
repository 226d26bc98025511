package dev.quintet.views.generic;

import dev.quintet.db.models.Model;
import dev.quintet.db.models.QuerySet;
import dev.quintet.views.internal.DatePeriods;
import dev.quintet.views.internal.DatePeriods.Period;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * One month: Django's {@code MonthArchiveView}. Flow as {@link BaseDateView}'s for the URL's
 * {@code year} and {@code month} ({@code monthFormat}, {@code %b} by default); {@code date_list}
 * is the days holding objects; the objects are paginated with {@code paginateBy}. Context adds {@code month}, {@code next_month},
 * {@code previous_month} (dates). Template: {@code blog/post_archive_month.html}.
 *
 * @param <M> the model
 */
public class MonthArchiveView<M extends Model> extends BaseDateView<M> {
    /** Django's default suffix {@code _archive_month}. */
    public MonthArchiveView() {
        templateNameSuffix = "_archive_month";
    }

    @Override
    protected DatedItems<M> getDatedItems() {
        LocalDate start = DatePeriods.date(getYear(), getMonth(), 1);
        QuerySet<M> qs = datedQueryset(start, Period.MONTH.next(start));
        Map<String, Object> extra = new HashMap<>();
        extra.put("month", start);
        extra.put("next_month", adjacent(start, Period.MONTH, false));
        extra.put("previous_month", adjacent(start, Period.MONTH, true));
        return new DatedItems<>(dateList(qs, Period.DAY, false), qs, extra);
    }
}
