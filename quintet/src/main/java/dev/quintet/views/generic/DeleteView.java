package dev.quintet.views.generic;

import dev.quintet.conf.ImproperlyConfigured;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.QuerySet;
import dev.quintet.forms.Form;
import dev.quintet.forms.FormFactory;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.HttpResponseRedirect;
import dev.quintet.templates.TemplateResponse;
import dev.quintet.views.View;
import dev.quintet.views.internal.Generic;
import dev.quintet.views.internal.SingleObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deletes the URL's object after confirmation: Django 4+'s {@code DeleteView}, which deletes only
 * on {@code POST}, through a form.
 *
 * <p>Flow: {@code GET} → the object (404 when missing) → the confirmation template
 * ({@code blog/post_confirm_delete.html}) with {@code object}, its context name and an unbound
 * {@code form}. {@code POST} → the object → {@code formClass} (by default an empty {@link Form})
 * bound to the request → valid: {@link #formValid} takes {@link #getSuccessUrl()}, deletes the
 * object and redirects; invalid: the template again. An HTTP {@code DELETE} deletes and redirects
 * directly. {@code successUrl} is required (its {@code {field}} placeholders read the object
 * before deletion).
 *
 * <pre>{@code
 * path("posts/<int:pk>/delete/", View.asView(DeleteView<Post>::new, Map.of(
 *     "model", Post.class, "successUrl", reverseLazy("post_list"))), "post_delete")
 * }</pre>
 *
 * @param <M> the model
 */
public class DeleteView<M extends Model> extends View {
    /** The model deleted from (when {@code queryset} is not given). */
    protected Class<M> model;
    /** The objects looked in. */
    protected QuerySet<M> queryset;
    /** The confirmation form; by default an empty form. */
    protected FormFactory<? extends Form> formClass = Form::new;
    /** Where to go after deletion: a URL or a {@code Supplier}. */
    protected Object successUrl;
    /** The template; default {@code <app>/<model><templateNameSuffix>.html}. */
    protected String templateName;
    /** The suffix of the derived template name. */
    protected String templateNameSuffix = "_confirm_delete";
    /** The context name of the object; default the lowercased model name. */
    protected String contextObjectName;
    /** The URL keyword argument holding the primary key. */
    protected String pkUrlKwarg = "pk";
    /** The URL keyword argument holding the slug. */
    protected String slugUrlKwarg = "slug";
    /** The model field the slug is matched against. */
    protected String slugField = "slug";
    /** Filter by both pk and slug when the URL has both. */
    protected boolean queryPkAndSlug;
    /** Variables added to the context. */
    protected Map<String, Object> extraContext;
    /** The object deleted. */
    protected M object;

    @Override
    protected HttpResponse get(HttpRequest request) throws Exception {
        object = getObject();
        return renderToResponse(getContextData(formClass.create(null, null)));
    }

    @Override
    protected HttpResponse post(HttpRequest request) throws Exception {
        object = getObject();
        Form form = formClass.create(request.POST(), request.FILES());
        return form.isValid() ? formValid(form) : formInvalid(form);
    }

    @Override
    protected HttpResponse delete(HttpRequest request) throws Exception {
        object = getObject();
        String url = getSuccessUrl();
        object.delete();
        return new HttpResponseRedirect(url);
    }

    /** The objects looked in. */
    protected QuerySet<M> getQueryset() {
        return Generic.queryset(this, queryset, model);
    }

    /** The URL's object, or 404. */
    protected M getObject() {
        return SingleObject.get(this, getQueryset(), kwargs, pkUrlKwarg, slugUrlKwarg, slugField, queryPkAndSlug);
    }

    /** Deletes the object and redirects. */
    protected HttpResponse formValid(Form form) throws Exception {
        String url = getSuccessUrl();
        object.delete();
        return new HttpResponseRedirect(url);
    }

    /** Shows the confirmation again with the form's errors. */
    protected HttpResponse formInvalid(Form form) throws Exception {
        return renderToResponse(getContextData(form));
    }

    /** {@code successUrl} formatted with the object. */
    protected String getSuccessUrl() {
        String url = Generic.successUrl(successUrl, object);
        if (url == null) {
            throw new ImproperlyConfigured("No URL to redirect to. Provide a successUrl.");
        }
        return url;
    }

    /** {@code object}, its context name, {@code form}, {@code view} and {@code extraContext}. */
    protected Map<String, Object> getContextData(Form form) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("object", object);
        context.put(contextObjectName != null ? contextObjectName : Generic.modelName(object.meta()), object);
        context.put("form", form);
        return Generic.withView(context, this, extraContext);
    }

    /** {@code templateName}, else {@code <app>/<model>_confirm_delete.html}. */
    protected List<String> getTemplateNames() {
        if (templateName != null) {
            return List.of(templateName);
        }
        return List.of(Generic.derivedTemplate(object.meta(), templateNameSuffix));
    }

    /** A lazily rendered response of the template with {@code context}. */
    protected TemplateResponse renderToResponse(Map<String, Object> context) {
        return new TemplateResponse(request, getTemplateNames(), context);
    }
}
