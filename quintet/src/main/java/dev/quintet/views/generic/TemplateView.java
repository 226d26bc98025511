package dev.quintet.views.generic;

import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.templates.TemplateResponse;
import dev.quintet.views.View;
import dev.quintet.views.internal.Generic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a template: Django's {@code TemplateView}.
 *
 * <p>Flow of {@code GET}: {@link #getContextData()} (the URL's keyword arguments, {@code view},
 * {@code extraContext}) → {@link #getTemplateNames()} ({@code templateName}) → a
 * {@link TemplateResponse}, rendered after the template-response middleware.
 *
 * <pre>{@code
 * path("about/", View.asView(TemplateView::new, Map.of("templateName", "about.html")), "about")
 * }</pre>
 */
public class TemplateView extends View {
    /** The template to render. */
    protected String templateName;
    /** Variables added to the context. */
    protected Map<String, Object> extraContext;
    /** The response's content type; {@code null} for HTML. */
    protected String contentType;

    @Override
    protected HttpResponse get(HttpRequest request) throws Exception {
        return renderToResponse(getContextData());
    }

    /** The context: the URL's keyword arguments, {@code view} and {@code extraContext}. */
    protected Map<String, Object> getContextData() {
        return Generic.withView(new LinkedHashMap<>(kwargs.asMap()), this, extraContext);
    }

    /** {@code [templateName]}. */
    protected List<String> getTemplateNames() {
        return Generic.explicitTemplate(templateName);
    }

    /** A lazily rendered response of the template with {@code context}. */
    protected TemplateResponse renderToResponse(Map<String, Object> context) {
        return new TemplateResponse(request, getTemplateNames(), context, contentType, 200);
    }
}
