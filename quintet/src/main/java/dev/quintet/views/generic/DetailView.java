package dev.quintet.views.generic;

import dev.quintet.db.models.Model;
import dev.quintet.db.models.QuerySet;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.templates.TemplateResponse;
import dev.quintet.views.View;
import dev.quintet.views.internal.Generic;
import dev.quintet.views.internal.SingleObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows one object: Django's {@code DetailView}.
 *
 * <p>Flow of {@code GET}: {@link #getObject()} — {@link #getQueryset()} ({@code queryset}, or all
 * of {@code model}) filtered by the URL's {@code pk} (keyword {@code pkUrlKwarg}) or {@code slug}
 * ({@code slugUrlKwarg} on {@code slugField}; both with {@code queryPkAndSlug}); none found is a
 * 404 "No post found matching the query" → {@link #getContextData()} ({@code object}, the
 * context object name — {@code contextObjectName} or the model name, {@code post} —, {@code view},
 * {@code extraContext}) → {@link #getTemplateNames()} ({@code templateName}, else
 * {@code blog/post_detail.html}) → a {@link TemplateResponse}.
 *
 * <pre>{@code
 * path("posts/<slug:slug>/", View.asView(DetailView::new, Map.of("model", Post.class)), "post_detail")
 * }</pre>
 *
 * @param <T> the model
 */
public class DetailView<T extends Model> extends View {
    /** The model whose objects are shown (when {@code queryset} is not given). */
    protected Class<T> model;
    /** The objects looked in; a fresh copy is used per request. */
    protected QuerySet<T> queryset;
    /** The model field the slug is matched against. */
    protected String slugField = "slug";
    /** The URL keyword argument holding the slug. */
    protected String slugUrlKwarg = "slug";
    /** The URL keyword argument holding the primary key. */
    protected String pkUrlKwarg = "pk";
    /** Filter by both pk and slug when the URL has both. */
    protected boolean queryPkAndSlug;
    /** The context name of the object; default the lowercased model name. */
    protected String contextObjectName;
    /** The template; default {@code <app>/<model><templateNameSuffix>.html}. */
    protected String templateName;
    /** The suffix of the derived template name. */
    protected String templateNameSuffix = "_detail";
    /** Variables added to the context. */
    protected Map<String, Object> extraContext;
    /** The response's content type; {@code null} for HTML. */
    protected String contentType;
    /** The object shown, set by {@link #get}. */
    protected T object;

    @Override
    protected HttpResponse get(HttpRequest request) throws Exception {
        object = getObject();
        return renderToResponse(getContextData());
    }

    /** The objects the object is looked up in. */
    protected QuerySet<T> getQueryset() {
        return Generic.queryset(this, queryset, model);
    }

    /** The object named by the URL, or 404. */
    protected T getObject() {
        return SingleObject.get(this, getQueryset(), kwargs, pkUrlKwarg, slugUrlKwarg, slugField, queryPkAndSlug);
    }

    /** The context object name: {@code contextObjectName} or the lowercased model name. */
    protected String getContextObjectName() {
        if (contextObjectName != null) {
            return contextObjectName;
        }
        return object == null ? null : Generic.modelName(object.meta());
    }

    /** {@code object}, the context object name, {@code view} and {@code extraContext}. */
    protected Map<String, Object> getContextData() {
        Map<String, Object> context = new LinkedHashMap<>();
        if (object != null) {
            context.put("object", object);
            String name = getContextObjectName();
            if (name != null) {
                context.put(name, object);
            }
        }
        return Generic.withView(context, this, extraContext);
    }

    /** {@code templateName}, else {@code <app>/<model>_detail.html}. */
    protected List<String> getTemplateNames() {
        if (templateName != null) {
            return List.of(templateName);
        }
        if (object != null) {
            return List.of(Generic.derivedTemplate(object.meta(), templateNameSuffix));
        }
        return List.of(Generic.derivedTemplate(getQueryset().model(), templateNameSuffix));
    }

    /** A lazily rendered response of the template with {@code context}. */
    protected TemplateResponse renderToResponse(Map<String, Object> context) {
        return new TemplateResponse(request, getTemplateNames(), context, contentType, 200);
    }
}
