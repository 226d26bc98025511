package dev.quintet.views.generic;

import dev.quintet.conf.ImproperlyConfigured;
import dev.quintet.conf.Settings;
import dev.quintet.core.paginator.Page;
import dev.quintet.core.handlers.SiteContext;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.QuerySet;
import dev.quintet.http.Http404;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.templates.TemplateResponse;
import dev.quintet.views.View;
import dev.quintet.views.internal.DatePeriods;
import dev.quintet.views.internal.DatePeriods.Period;
import dev.quintet.views.internal.Generic;
import dev.quintet.views.internal.MultipleObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What the date-based views share (Django's {@code BaseDateListView}, {@code DateMixin} and
 * {@code YearMixin}/{@code MonthMixin}/{@code DayMixin}): the one abstract level of
 * {@link ArchiveIndexView}, {@link YearArchiveView}, {@link MonthArchiveView},
 * {@link DayArchiveView} and {@link DateDetailView}.
 *
 * <p>Flow of {@code GET}: the period from the URL ({@code year} as {@code %Y}, {@code month} as
 * {@code monthFormat} — {@code %b}, {@code jan}, by default —, {@code day}; a bad or impossible
 * date is a 404) → {@link #datedQueryset} (objects whose {@code dateField} falls in the period,
 * newest first; without {@code allowFuture} none after now, and a period in the future is a 404;
 * without {@code allowEmpty} no objects is a 404 "No posts available") → the view's
 * {@link #getDatedItems()}: {@code date_list} (the years, months or days holding objects, from
 * one query), the objects and the navigation dates → with {@code paginateBy}, the page of the
 * objects from the URL keyword {@code pageKwarg} or {@code ?page=} (or {@code last}; not a number
 * or out of range: 404), one {@code COUNT} and one {@code LIMIT/OFFSET} query, as
 * {@link ListView} → the template ({@code blog/post_archive_month.html}…) with
 * {@code object_list} and {@code post_list} (the page's objects), {@code paginator},
 * {@code page_obj}, {@code is_paginated}, {@code date_list}, the navigation dates and
 * {@code view}.
 *
 * <p>A {@code DateTimeField} is bounded by the instants the days start in {@code TIME_ZONE} (when
 * {@code USE_TZ}); a {@code DateField} by the dates.
 *
 * @param <M> the model
 */
public abstract class BaseDateView<M extends Model> extends View {
    /** The model (when {@code queryset} is not given). */
    protected Class<M> model;
    /** The objects listed. */
    protected QuerySet<M> queryset;
    /** The {@code DateField} or {@code DateTimeField} the views filter on; required. */
    protected String dateField;
    /** Show objects dated in the future. */
    protected boolean allowFuture;
    /** Show a period without objects (else 404). */
    protected boolean allowEmpty;
    /** How the URL's month is written: {@code %b} ({@code jan}) or {@code %m} ({@code 01}). */
    protected String monthFormat = "%b";
    /** The year, when not in the URL's {@code year}. */
    protected Integer year;
    /** The month, when not in the URL's {@code month}. */
    protected String month;
    /** The day, when not in the URL's {@code day}. */
    protected Integer day;
    /** The context name of the list; default {@code <model>_list}. */
    protected String contextObjectName;
    /** The template; default {@code <app>/<model><templateNameSuffix>.html}. */
    protected String templateName;
    /** The suffix of the derived template name. */
    protected String templateNameSuffix;
    /** Variables added to the context. */
    protected Map<String, Object> extraContext;
    /** Objects per page; 0 for no pagination. */
    protected int paginateBy;
    /** Objects the last page may take over {@code paginateBy}. */
    protected int paginateOrphans;
    /** The URL keyword argument or query parameter holding the page number. */
    protected String pageKwarg = "page";

    /** What a date view shows: the date list, the objects (not yet fetched) and its own variables. */
    protected record DatedItems<M>(List<LocalDate> dateList, QuerySet<M> objectList, Map<String, Object> extra) {
    }

    /** The view's dates and objects. */
    protected abstract DatedItems<M> getDatedItems();

    @Override
    protected HttpResponse get(HttpRequest request) throws Exception {
        DatedItems<M> items = getDatedItems();
        Map<String, Object> context = MultipleObject.context(items.objectList(),
                paginateBy > 0 ? this::paginateQueryset : null,
                contextObjectName != null ? contextObjectName : Generic.modelName(getQueryset().model()) + "_list");
        context.put("date_list", items.dateList());
        context.putAll(items.extra());
        return new TemplateResponse(request, getTemplateNames(), Generic.withView(context, this, extraContext));
    }

    /** The page of {@code qs} the request asks for, or 404 (as {@link ListView#paginateQueryset}). */
    protected Page<M> paginateQueryset(QuerySet<M> qs) {
        return MultipleObject.paginate(qs, paginateBy, paginateOrphans, allowEmpty, pageKwarg, kwargs, request);
    }

    /** The objects, before any date filter. */
    protected QuerySet<M> getQueryset() {
        return Generic.queryset(this, queryset, model);
    }

    /** {@code templateName}, else {@code <app>/<model><templateNameSuffix>.html}. */
    protected List<String> getTemplateNames() {
        if (templateName != null) {
            return List.of(templateName);
        }
        return List.of(Generic.derivedTemplate(getQueryset().model(), templateNameSuffix));
    }

    /** The date field's name. */
    protected String getDateField() {
        if (dateField == null) {
            throw new ImproperlyConfigured(getClass().getSimpleName() + ".dateField is required.");
        }
        return dateField;
    }

    /** True when the date field holds date-times. */
    protected boolean usesDatetimeField() {
        return getQueryset().model().field(getDateField()).internalType().equals("DateTimeField");
    }

    /** The zone days are counted in: {@code TIME_ZONE} with {@code USE_TZ}, else UTC. */
    protected ZoneId zone() {
        if (!SiteContext.isBound()) {
            return ZoneOffset.UTC;
        }
        Settings settings = SiteContext.current().settings();
        return settings.useTz() ? settings.timeZone() : ZoneOffset.UTC;
    }

    /** Today in {@link #zone()}. */
    protected LocalDate today() {
        return LocalDate.now(zone());
    }

    /** The URL's year. */
    protected int getYear() {
        Object value = kwargs.has("year") ? kwargs.get("year") : year != null ? year : request.GET().get("year");
        if (value == null) {
            throw new Http404("No year specified");
        }
        return DatePeriods.year(value);
    }

    /** The URL's month (1–12). */
    protected int getMonth() {
        Object value = kwargs.has("month") ? kwargs.get("month") : month != null ? month : request.GET().get("month");
        if (value == null) {
            throw new Http404("No month specified");
        }
        return DatePeriods.month(value, monthFormat);
    }

    /** The URL's day. */
    protected int getDay() {
        Object value = kwargs.has("day") ? kwargs.get("day") : day != null ? day : request.GET().get("day");
        if (value == null) {
            throw new Http404("No day specified");
        }
        return DatePeriods.day(value);
    }

    /**
     * The objects dated from {@code since} (inclusive) to {@code until} (exclusive; {@code null}s:
     * unbounded), newest first; 404 for a future period or an empty one, as configured.
     */
    protected QuerySet<M> datedQueryset(LocalDate since, LocalDate until) {
        String field = getDateField();
        boolean dateTime = usesDatetimeField();
        String plural = getQueryset().model().verboseNamePlural();
        if (!allowFuture && since != null && since.isAfter(today())) {
            throw new Http404("Future " + plural + " not available because " + getClass().getSimpleName()
                    + ".allow_future is False.");
        }
        QuerySet<M> qs = getQueryset();
        if (since != null) {
            qs = qs.filter(field + "__gte", DatePeriods.bound(since, dateTime, zone()));
        }
        if (until != null) {
            qs = qs.filter(field + "__lt", DatePeriods.bound(until, dateTime, zone()));
        }
        if (!allowFuture) {
            qs = qs.filter(field + "__lte", dateTime ? Instant.now() : today());
        }
        qs = qs.orderBy("-" + field);
        if (!allowEmpty && !qs.exists()) {
            throw new Http404("No " + plural + " available");
        }
        return qs;
    }

    /** The distinct periods holding objects of {@code qs}, in one query (Django's {@code QuerySet.dates}). */
    protected List<LocalDate> dateList(QuerySet<M> qs, Period period, boolean descending) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (Object value : qs.orderBy().valuesListFlat(getDateField()).list()) {
            if (value != null) {
                dates.add(period.start(DatePeriods.toDate(value, zone())));
            }
        }
        return new ArrayList<>(descending ? dates.descendingSet() : dates);
    }

    /**
     * The period after ({@code previous} false) or before the one starting at {@code start}, as
     * Django's {@code get_next_month}…: the adjacent period when {@code allowEmpty}, else the nearest
     * one holding objects; {@code null} when there is none or it is in the future (without
     * {@code allowFuture}).
     */
    protected LocalDate adjacent(LocalDate start, Period period, boolean previous) {
        LocalDate result;
        if (allowEmpty) {
            result = previous ? period.previous(start) : period.next(start);
        } else {
            String field = getDateField();
            boolean dateTime = usesDatetimeField();
            QuerySet<M> qs = getQueryset();
            if (previous) {
                qs = qs.filter(field + "__lt", DatePeriods.bound(start, dateTime, zone())).orderBy("-" + field);
            } else {
                qs = qs.filter(field + "__gte", DatePeriods.bound(period.next(start), dateTime, zone()))
                        .orderBy(field);
                if (!allowFuture) {
                    qs = qs.filter(field + "__lte", dateTime ? Instant.now() : today());
                }
            }
            Optional<Object> first = qs.valuesListFlat(field).slice(0, 1).list().stream().findFirst();
            if (first.isEmpty()) {
                return null;
            }
            result = period.start(DatePeriods.toDate(first.get(), zone()));
        }
        return allowFuture || result.isBefore(today()) ? result : null;
    }
}
