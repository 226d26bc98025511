package dev.quintet.views.generic;

import dev.quintet.conf.ImproperlyConfigured;
import dev.quintet.forms.Form;
import dev.quintet.forms.FormFactory;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.HttpResponseRedirect;
import dev.quintet.templates.TemplateResponse;
import dev.quintet.views.View;
import dev.quintet.views.internal.Generic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows a form and handles its submission: Django's {@code FormView}.
 *
 * <p>Flow: {@code GET} → {@link #getForm()} unbound (with {@code initial} and {@code prefix}) →
 * the template with {@code form}. {@code POST}/{@code PUT} → {@link #getForm()} bound to the
 * request's data and files → valid: {@link #formValid} (by default a redirect to
 * {@link #getSuccessUrl()}); invalid: {@link #formInvalid} (the template again, with the errors).
 *
 * <pre>{@code
 * path("contact/", View.asView(FormView::new, Map.of(
 *     "templateName", "contact.html", "formClass", (FormFactory<ContactForm>) ContactForm::new,
 *     "successUrl", "/thanks/")))
 * }</pre>
 */
public class FormView extends View {
    /** Makes the form: usually the form's constructor reference. */
    protected FormFactory<? extends Form> formClass;
    /** The form's initial values. */
    protected Map<String, Object> initial;
    /** The form's prefix. */
    protected String prefix;
    /** Where a valid submission goes: a URL or a {@code Supplier} ({@code reverseLazy}). */
    protected Object successUrl;
    /** The template. */
    protected String templateName;
    /** Variables added to the context. */
    protected Map<String, Object> extraContext;

    @Override
    protected HttpResponse get(HttpRequest request) throws Exception {
        return renderToResponse(getContextData(getForm()));
    }

    @Override
    protected HttpResponse post(HttpRequest request) throws Exception {
        Form form = getForm();
        return form.isValid() ? formValid(form) : formInvalid(form);
    }

    @Override
    protected HttpResponse put(HttpRequest request) throws Exception {
        return post(request);
    }

    /** The form, bound to the request's data for {@code POST} and {@code PUT}. */
    protected Form getForm() {
        if (formClass == null) {
            throw new ImproperlyConfigured(getClass().getSimpleName() + " needs a formClass (a FormFactory)");
        }
        boolean bound = request.method().equals("POST") || request.method().equals("PUT");
        Form form = bound ? formClass.create(request.POST(), request.FILES()) : formClass.create(null, null);
        if (initial != null) {
            form.initial(initial);
        }
        if (prefix != null) {
            form.prefix(prefix);
        }
        return form;
    }

    /** A valid submission: a redirect to the success URL. */
    protected HttpResponse formValid(Form form) throws Exception {
        return new HttpResponseRedirect(getSuccessUrl());
    }

    /** An invalid submission: the template again, with the bound form and its errors. */
    protected HttpResponse formInvalid(Form form) throws Exception {
        return renderToResponse(getContextData(form));
    }

    /** {@code successUrl}, or the error Django gives without one. */
    protected String getSuccessUrl() {
        String url = Generic.successUrl(successUrl, null);
        if (url == null) {
            throw new ImproperlyConfigured("No URL to redirect to. Provide a successUrl.");
        }
        return url;
    }

    /** {@code form}, {@code view} and {@code extraContext}. */
    protected Map<String, Object> getContextData(Form form) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("form", form);
        return Generic.withView(context, this, extraContext);
    }

    /** {@code [templateName]}. */
    protected List<String> getTemplateNames() {
        return Generic.explicitTemplate(templateName);
    }

    /** A lazily rendered response of the template with {@code context}. */
    protected TemplateResponse renderToResponse(Map<String, Object> context) {
        return new TemplateResponse(request, getTemplateNames(), context);
    }
}
