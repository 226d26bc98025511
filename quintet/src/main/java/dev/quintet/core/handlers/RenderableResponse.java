package dev.quintet.core.handlers;

import dev.quintet.http.HttpResponse;

/**
 * A response rendered lazily, after the view returns: Django's {@code SimpleTemplateResponse}
 * protocol. The handler runs the middleware's {@code processTemplateResponse} hooks on such a
 * response (they may change its template or context) and then calls {@link #render()}.
 * Implemented by {@code TemplateResponse}.
 */
public interface RenderableResponse {

    /** True once the content has been rendered. */
    boolean isRendered();

    /**
     * Renders the content if not yet rendered (a no-op after the first call) and returns the
     * finished response, usually {@code this}.
     */
    HttpResponse render() throws Exception;
}
