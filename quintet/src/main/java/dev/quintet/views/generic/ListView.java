package dev.quintet.views.generic;

import dev.quintet.core.paginator.Page;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.QuerySet;
import dev.quintet.http.Http404;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.templates.TemplateResponse;
import dev.quintet.views.View;
import dev.quintet.views.internal.Generic;
import dev.quintet.views.internal.MultipleObject;
import java.util.List;
import java.util.Map;

/**
 * Shows a list of objects, optionally paginated: Django's {@code ListView}.
 *
 * <p>Flow of {@code GET}: {@link #getQueryset()} ({@code queryset} or all of {@code model}, ordered
 * by {@code ordering}) → when {@code allowEmpty} is false, 404 for no objects → with
 * {@code paginateBy}, the page from the URL keyword {@code pageKwarg} or {@code ?page=} (or
 * {@code last}; not a number or out of range: 404), one {@code COUNT} and one
 * {@code LIMIT/OFFSET} query → {@link #getContextData()} ({@code object_list}, the context name —
 * {@code contextObjectName} or {@code post_list} —, {@code paginator}, {@code page_obj},
 * {@code is_paginated}, {@code view}, {@code extraContext}) → {@link #getTemplateNames()}
 * ({@code templateName}, else {@code blog/post_list.html}) → a {@link TemplateResponse}.
 *
 * <pre>{@code
 * path("posts/", View.asView(ListView::new, Map.of("model", Post.class, "paginateBy", 10)), "post_list")
 * }</pre>
 *
 * @param <T> the model
 */
public class ListView<T extends Model> extends View {
    /** The model listed (when {@code queryset} is not given). */
    protected Class<T> model;
    /** The objects listed; a fresh copy is used per request. */
    protected QuerySet<T> queryset;
    /** Order-by terms applied to the queryset ({@code "-createdAt"}). */
    protected List<String> ordering;
    /** Objects per page; 0 for no pagination. */
    protected int paginateBy;
    /** Objects the last page may take over {@code paginateBy}. */
    protected int paginateOrphans;
    /** When false, an empty list is a 404. */
    protected boolean allowEmpty = true;
    /** The URL keyword argument or query parameter holding the page number. */
    protected String pageKwarg = "page";
    /** The context name of the list; default {@code <model>_list}. */
    protected String contextObjectName;
    /** The template; default {@code <app>/<model><templateNameSuffix>.html}. */
    protected String templateName;
    /** The suffix of the derived template name. */
    protected String templateNameSuffix = "_list";
    /** Variables added to the context. */
    protected Map<String, Object> extraContext;
    /** The response's content type; {@code null} for HTML. */
    protected String contentType;
    /** The queryset listed, set by {@link #get}. */
    protected QuerySet<T> objectList;

    @Override
    protected HttpResponse get(HttpRequest request) throws Exception {
        objectList = getQueryset();
        if (!allowEmpty) {
            boolean empty = paginateBy > 0 ? !objectList.exists() : objectList.list().isEmpty();
            if (empty) {
                throw new Http404("Empty list and “" + getClass().getSimpleName() + ".allow_empty” is False.");
            }
        }
        return renderToResponse(getContextData());
    }

    /** The objects listed, ordered by {@code ordering} when given. */
    protected QuerySet<T> getQueryset() {
        QuerySet<T> qs = Generic.queryset(this, queryset, model);
        if (ordering != null && !ordering.isEmpty()) {
            qs = qs.orderBy(ordering.toArray());
        }
        return qs;
    }

    /** The context name of the list: {@code contextObjectName} or {@code <model>_list}. */
    protected String getContextObjectName() {
        return contextObjectName != null ? contextObjectName : Generic.modelName(objectList.model()) + "_list";
    }

    /** The page of {@code qs} the request asks for, or 404. */
    protected Page<T> paginateQueryset(QuerySet<T> qs) {
        return MultipleObject.paginate(qs, paginateBy, paginateOrphans, allowEmpty, pageKwarg, kwargs, request);
    }

    /** The list, its pagination, {@code view} and {@code extraContext}. */
    protected Map<String, Object> getContextData() {
        Map<String, Object> context = MultipleObject.context(objectList, paginateBy > 0 ? this::paginateQueryset : null,
                getContextObjectName());
        return Generic.withView(context, this, extraContext);
    }

    /** {@code templateName}, else {@code <app>/<model>_list.html}. */
    protected List<String> getTemplateNames() {
        if (templateName != null) {
            return List.of(templateName);
        }
        return List.of(Generic.derivedTemplate(objectList.model(), templateNameSuffix));
    }

    /** A lazily rendered response of the template with {@code context}. */
    protected TemplateResponse renderToResponse(Map<String, Object> context) {
        return new TemplateResponse(request, getTemplateNames(), context, contentType, 200);
    }
}
