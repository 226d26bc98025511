package dev.quintet.views.generic;

import dev.quintet.conf.ImproperlyConfigured;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.QuerySet;
import dev.quintet.forms.ModelForm;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.HttpResponseRedirect;
import dev.quintet.shortcuts.Shortcuts;
import dev.quintet.templates.TemplateResponse;
import dev.quintet.views.View;
import dev.quintet.views.internal.Generic;
import dev.quintet.views.internal.SingleObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link CreateView} and {@link UpdateView} share (Django's {@code ModelFormMixin} and
 * {@code ProcessFormView}): the one abstract level of the editing views.
 *
 * <p>Flow: {@link #initialObject()} (none for a creation, the URL's object for an update) →
 * {@code GET}: the form over it, unbound → the template ({@code blog/post_form.html}) with
 * {@code form}, {@code object} and the context object name. {@code POST}/{@code PUT}: the form bound
 * to the request → valid: {@link #formValid} saves it ({@code form.save()}, many-to-many included)
 * and redirects to {@link #getSuccessUrl()} ({@code successUrl}, its {@code {field}} placeholders
 * filled from the saved object, else the object's {@code getAbsoluteUrl()}); invalid:
 * {@link #formInvalid} shows the template again with the errors.
 *
 * <p>The form is {@code formClass} when given, else a {@link ModelForm} of {@code fields} (one of
 * the two is required, as in Django).
 *
 * @param <M> the model
 */
public abstract class ModelFormView<M extends Model> extends View {
    /** The model edited (when {@code queryset} is not given). */
    protected Class<M> model;
    /** The objects an update looks in. */
    protected QuerySet<M> queryset;
    /** The model fields the generated form edits. */
    protected List<String> fields;
    /** Makes the form instead of generating one. */
    protected ModelFormFactory<M> formClass;
    /** Where a valid submission goes: a URL (with {@code {field}} placeholders) or a {@code Supplier}. */
    protected Object successUrl;
    /** The form's initial values. */
    protected Map<String, Object> initial;
    /** The form's prefix. */
    protected String prefix;
    /** The template; default {@code <app>/<model><templateNameSuffix>.html}. */
    protected String templateName;
    /** The suffix of the derived template name. */
    protected String templateNameSuffix = "_form";
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
    /** The object edited (null while creating, until saved). */
    protected M object;

    /** The object the form starts from: {@code null} to create one, the URL's object to update it. */
    protected abstract M initialObject();

    @Override
    protected HttpResponse get(HttpRequest request) throws Exception {
        object = initialObject();
        return renderToResponse(getContextData(getForm()));
    }

    @Override
    protected HttpResponse post(HttpRequest request) throws Exception {
        object = initialObject();
        ModelForm<M> form = getForm();
        return form.isValid() ? formValid(form) : formInvalid(form);
    }

    @Override
    protected HttpResponse put(HttpRequest request) throws Exception {
        return post(request);
    }

    /** The objects looked in. */
    protected QuerySet<M> getQueryset() {
        return Generic.queryset(this, queryset, model);
    }

    /** The URL's object, or 404. */
    protected M getObject() {
        return SingleObject.get(this, getQueryset(), kwargs, pkUrlKwarg, slugUrlKwarg, slugField, queryPkAndSlug);
    }

    /** The form over {@link #object}, bound for {@code POST} and {@code PUT}. */
    protected ModelForm<M> getForm() {
        boolean bound = request.method().equals("POST") || request.method().equals("PUT");
        ModelForm<M> form;
        if (formClass != null) {
            form = bound ? formClass.create(request.POST(), request.FILES(), object)
                    : formClass.create(null, null, object);
        } else if (fields != null) {
            ModelForm.Meta<M> meta = ModelForm.Meta.fields(modelClass(), fields.toArray(String[]::new));
            form = bound ? new ModelForm<>(meta, request.POST(), request.FILES(), object)
                    : new ModelForm<>(meta, null, null, object);
        } else {
            throw new ImproperlyConfigured("Using ModelFormMixin (base class of " + getClass().getSimpleName()
                    + ") without the 'fields' attribute is prohibited.");
        }
        if (initial != null) {
            form.initial(initial);
        }
        if (prefix != null) {
            form.prefix(prefix);
        }
        return form;
    }

    /** Saves the form and redirects to the success URL. */
    protected HttpResponse formValid(ModelForm<M> form) throws Exception {
        object = form.save();
        return new HttpResponseRedirect(getSuccessUrl());
    }

    /** Shows the template again with the bound form and its errors. */
    protected HttpResponse formInvalid(ModelForm<M> form) throws Exception {
        return renderToResponse(getContextData(form));
    }

    /** {@code successUrl} formatted with the object, else its {@code getAbsoluteUrl()}. */
    protected String getSuccessUrl() {
        String url = Generic.successUrl(successUrl, object);
        if (url != null) {
            return url;
        }
        try {
            object.getClass().getMethod("getAbsoluteUrl");
        } catch (NoSuchMethodException e) {
            throw new ImproperlyConfigured("No URL to redirect to.  Either provide a url or define a "
                    + "getAbsoluteUrl method on the Model.");
        }
        return Shortcuts.resolveUrl(object);
    }

    /** {@code form}, {@code object} and its context name, {@code view} and {@code extraContext}. */
    protected Map<String, Object> getContextData(ModelForm<M> form) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("form", form);
        if (object != null) {
            context.put("object", object);
            context.put(contextObjectName != null ? contextObjectName : Generic.modelName(object.meta()), object);
        }
        return Generic.withView(context, this, extraContext);
    }

    /** {@code templateName}, else {@code <app>/<model>_form.html}. */
    protected List<String> getTemplateNames() {
        if (templateName != null) {
            return List.of(templateName);
        }
        return List.of(Generic.derivedTemplate(getQueryset().model(), templateNameSuffix));
    }

    /** A lazily rendered response of the template with {@code context}. */
    protected TemplateResponse renderToResponse(Map<String, Object> context) {
        return new TemplateResponse(request, getTemplateNames(), context);
    }

    @SuppressWarnings("unchecked")
    private Class<M> modelClass() {
        if (model != null) {
            return model;
        }
        if (queryset != null && queryset.model().modelClass() != null) {
            return (Class<M>) queryset.model().modelClass();
        }
        throw new ImproperlyConfigured(getClass().getSimpleName() + " needs a model or a queryset for its form");
    }
}
