package dev.quintet.http;

/**
 * A 403 Forbidden response (Django's {@code HttpResponseForbidden}).
 */
public class HttpResponseForbidden extends HttpResponse {
    /** An empty 403 response. */
    public HttpResponseForbidden() {
        this("");
    }

    /** A 403 {@code text/html} response with {@code content}. */
    public HttpResponseForbidden(String content) {
        super(content, DEFAULT_CONTENT_TYPE, 403);
    }

    /** A 403 response with {@code content} of the given content type. */
    public HttpResponseForbidden(String content, String contentType) {
        super(content, contentType, 403);
    }
}
