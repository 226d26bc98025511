package dev.quintet.views.generic;

import dev.quintet.db.models.Model;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.templates.TemplateResponse;
import dev.quintet.views.internal.DatePeriods;
import dev.quintet.views.internal.DatePeriods.Period;
import dev.quintet.views.internal.Generic;
import dev.quintet.views.internal.SingleObject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One object of one day: Django's {@code DateDetailView}. The URL's {@code year}, {@code month}
 * and {@code day} select the day (a future day without {@code allowFuture} is a 404), its
 * {@code pk} or {@code slug} the object among that day's; the context is a detail view's
 * ({@code object}, {@code post}, {@code view}). Template: {@code blog/post_detail.html}. Nothing
 * is listed, so the pagination fields of {@link BaseDateView} do not apply.
 *
 * @param <M> the model
 */
public class DateDetailView<M extends Model> extends BaseDateView<M> {
    /** The URL keyword argument holding the primary key. */
    protected String pkUrlKwarg = "pk";
    /** The URL keyword argument holding the slug. */
    protected String slugUrlKwarg = "slug";
    /** The model field the slug is matched against. */
    protected String slugField = "slug";

    /** Django's default suffix {@code _detail}; a day without objects is not a 404 by itself. */
    public DateDetailView() {
        templateNameSuffix = "_detail";
        allowEmpty = true;
    }

    /** The day's objects, among which the URL names one, and {@code day}. */
    @Override
    protected DatedItems<M> getDatedItems() {
        LocalDate date = DatePeriods.date(getYear(), getMonth(), getDay());
        return new DatedItems<>(List.of(), datedQueryset(date, Period.DAY.next(date)), Map.of("day", date));
    }

    /** The object of the day named by the URL's {@code pk} or {@code slug}, or 404. */
    protected M getObject() {
        return SingleObject.get(this, getDatedItems().objectList(), kwargs, pkUrlKwarg, slugUrlKwarg, slugField,
                false);
    }

    @Override
    protected HttpResponse get(HttpRequest request) throws Exception {
        M object = getObject();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("object", object);
        context.put(contextObjectName != null ? contextObjectName : Generic.modelName(object.meta()), object);
        return new TemplateResponse(request, getTemplateNames(), Generic.withView(context, this, extraContext));
    }
}
