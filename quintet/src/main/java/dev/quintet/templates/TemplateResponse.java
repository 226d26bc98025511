package dev.quintet.templates;

import dev.quintet.core.handlers.RenderableResponse;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A response rendered as late as possible: Django's {@code TemplateResponse}. The view returns it
 * with a template and a context; the handler runs the middleware's
 * {@code processTemplateResponse} hooks (which may change {@link #setTemplateName} or
 * {@link #contextData()}), then {@link #render()}s it. The content is not readable before.
 *
 * <pre>{@code
 * return new TemplateResponse(request, "blog/post_list.html", Map.of("posts", posts));
 * }</pre>
 */
public class TemplateResponse extends HttpResponse implements RenderableResponse {
    private final HttpRequest request;
    private Object templateName;
    private final Map<String, Object> contextData;
    private final List<UnaryOperator<HttpResponse>> postRender = new ArrayList<>();
    private boolean rendered;

    /** A 200 {@code text/html} response for {@code template} (a name, a list of names, or a {@code Template}). */
    public TemplateResponse(HttpRequest request, Object template, Map<String, ?> context) {
        this(request, template, context, null, 200);
    }

    /** A response with a content type ({@code null}: {@code text/html; charset=utf-8}) and status. */
    @SuppressWarnings("this-escape") // setHeader is final: nothing overridable runs here
    public TemplateResponse(HttpRequest request, Object template, Map<String, ?> context, String contentType,
            int status) {
        super(new byte[0], contentType == null ? DEFAULT_CONTENT_TYPE : contentType, status);
        this.request = request;
        this.templateName = template;
        this.contextData = context == null ? new LinkedHashMap<>() : new LinkedHashMap<>(context);
    }

    /** The request the template renders for. */
    public HttpRequest request() {
        return request;
    }

    /** The template (name, names or {@code Template}). */
    public Object templateName() {
        return templateName;
    }

    /** Replaces the template; only before rendering. */
    public void setTemplateName(Object template) {
        this.templateName = template;
    }

    /** The context, mutable until rendered. */
    public Map<String, Object> contextData() {
        return contextData;
    }

    /** Runs {@code callback} on the response once it is rendered; its non-null result replaces the response. */
    public void addPostRenderCallback(UnaryOperator<HttpResponse> callback) {
        if (rendered) {
            callback.apply(this);
        } else {
            postRender.add(callback);
        }
    }

    /** The content the template renders now, without storing it. */
    public String renderedContent() {
        return Templates.renderToString(templateName, contextData, request);
    }

    @Override
    public boolean isRendered() {
        return rendered;
    }

    @Override
    public HttpResponse render() {
        if (rendered) {
            return this;
        }
        super.setContent(renderedContent().getBytes(Charset.forName(charset())));
        rendered = true;
        HttpResponse result = this;
        for (UnaryOperator<HttpResponse> callback : postRender) {
            HttpResponse next = callback.apply(result);
            if (next != null) {
                result = next;
            }
        }
        return result;
    }

    /**
     * The rendered content.
     *
     * @throws IllegalStateException before {@link #render()} (Django's {@code ContentNotRenderedError})
     */
    @Override
    public byte[] content() {
        if (!rendered) {
            throw new IllegalStateException("The response content must be rendered before it can be accessed.");
        }
        return super.content();
    }

    /** Sets the content; the response counts as rendered after (as Django's content setter). */
    @Override
    public void setContent(byte[] content) {
        super.setContent(content);
        rendered = true;
    }
}
